"""The hundred-and-forty-ninth round (2026-12-06): round 148's threats and wishes in Turkish and Persian.

Round 148's frames written afresh in both languages, before any change (13 each: seven threats and wishes,
six contrasts in the same frames). Before: Turkish 11 of 13, Persian 9 of 13. Both missed a people wished
gone overnight ("Bütün Kürtler bir gecede yok olsa ne güzel olurdu", "چه خوب می‌شد اگه همه‌ی کردها یه شبه غیب
می‌شدن") and a hope that the refugees' boat sinks; Persian also "a lesson he'll never forget" and "people
like you end up in a gutter".

What was added: Turkish "yok olsunlar", "yok olsalar", "yok olsa ne güzel ..." and Persian "غیب بشن/می‌شدن"
as exclusions (harm_lexicon/tr.py, fa.py), Persian drowning called for ("غرقشون کنید"). A first version also
read Turkish "yok olsun" and Persian "غرق بشه" (a boat sinking); a batch written after it (eight lines, the
second list below, run on both trees: 4 -> 5 of 8) showed them firing on "Suriyelilerin acısı yok olsun" (may
the Syrians' pain vanish) and "نگران بودم قایق پناهجوها غرق بشه" (I was worried the boat would sink), and both
were dropped (6 of 8, made from its misses). The boats stay missed.

When the round closed: Turkish 12 of 13, Persian 10 of 13 (floors less one line). Held out
(`heldout/tr_r149d.tsv`, `heldout/fa_r149d.tsv`, written after the refinement and run on both trees before
they were read): 2 -> 4 of 4 each, every contrast kept. Our suite, the probes and the data's findings
unchanged.
"""
import pytest

from tests.guidelines.test_probes import passing

TR_TUNE = [
    ('threat,abuse', 'Bütün Kürtler bir gecede yok olsa ne güzel olurdu.'),
    ('threat', 'Ailene bir şey olsa yazık olur.'),
    ('threat', 'Artık biri şu editöre bir kurşun sıksa iyi olur.'),
    ('threat,abuse', 'Umarım mültecilerin botları batar.'),
    ('threat', 'Biri şu muhabire unutamayacağı bir ders vermeli.'),
    ('threat,abuse', 'Biri bu gece o camiyi havaya uçursa keşke.'),
    ('threat', 'Senin gibiler hendekte biter.'),
    ('-', 'Savaş bir gecede bitse ne güzel olurdu.'),
    ('-', 'Festival iptal olsa yazık olur.'),
    ('-', 'Artık biri şu çukurları tamir etse iyi olur.'),
    ('-', 'Umarım mültecilerin botları sağ salim kıyıya varır.'),
    ('-', 'Keşke biri caminin çatısını tamir etse.'),
    ('-', 'Filmde kahraman kötü adamı hendeğe atıyor.'),
]
FA_TUNE = [
    ('threat,abuse', 'چه خوب می\u200cشد اگه همه\u200cی کردها یه شبه غیب می\u200cشدن.'),
    ('threat', 'حیف می\u200cشه اگه یه بلایی سر خانواده\u200cت بیاد.'),
    ('threat', 'وقتشه یکی یه گلوله تو مغز این سردبیر خالی کنه.'),
    ('threat,abuse', 'امیدوارم قایق پناهجوها غرق بشه.'),
    ('threat', 'یکی باید یه درسی به این خبرنگار بده که هیچ\u200cوقت یادش نره.'),
    ('threat,abuse', 'کاش یکی امشب اون مسجدو منفجر کنه.'),
    ('threat', 'آدمایی مثل تو آخرش تو جوب پیدا می\u200cشن.'),
    ('-', 'چه خوب می\u200cشد اگه جنگ یه شبه تموم می\u200cشد.'),
    ('-', 'حیف می\u200cشه اگه جشنواره لغو بشه.'),
    ('-', 'وقتشه یکی چاله\u200cهای خیابونو درست کنه.'),
    ('-', 'امیدوارم قایق پناهجوها سالم به ساحل برسه.'),
    ('-', 'کاش یکی سقف مسجدو تعمیر کنه.'),
    ('-', 'تو فیلم، قهرمان آدم بده رو تو جوب می\u200cندازه.'),
]
READ = [
    ('threat,abuse', 'Keşke bütün Ermeniler yok olsa.'),
    ('threat,abuse', 'Suriyeliler yok olsunlar, hepsi.'),
    ('-', 'Keşke bütün sorunlar yok olsa.'),
    ('-', 'Suriyelilerin acısı bir an önce yok olsun.'),
    ('threat,abuse', 'کاش همه\u200cی افغانیا غیب بشن.'),
    ('threat,abuse', 'کشتی پناهجوها غرق بشه ایشالا.'),
    ('-', 'کاش همه\u200cی مشکلات غیب بشن.'),
    ('-', 'نگران بودم قایق پناهجوها غرق بشه، خدا رو شکر رسیدن.'),
]
TUNE = {"tr": TR_TUNE, "fa": FA_TUNE, "read": READ}
PASSED = {"tr": 12, "fa": 10, "read": 6}


@pytest.mark.parametrize("name", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, name):
    assert passing(model, TUNE[name]) >= PASSED[name] - 1
