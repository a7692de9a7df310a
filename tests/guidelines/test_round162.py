"""The hundred-and-sixty-second round (2026-12-06): the veiled car bomb, "check under your car before you
start it", in every language, and English upkeep told apart from it.

Lines written before any change (`heldout/*_r162b.tsv`): "from now on, check under your car before you start
it" and a daughter's morning route known, with contrasts (a car checked underneath for oil leaks, one's own
daughter's bus). English had the stock phrase "check under your car", and it fired on upkeep too: "Check
under your car for oil leaks before a long trip" was a threat at 0.96. Turkish, Arabic and Persian had none.

What was added: the English phrase dropped when "for" follows it (a purpose: upkeep); Turkish, Arabic and
Persian stock threats of a look under one's car before it is started or boarded ("arabanı çalıştırmadan
önce altına bak", "أسفل سيارتك قبل أن تشغلها", "قبل از سوار شدن زیر ماشینتو چک کنی"). The suite's own
Persian case (fa-threat_doxxing_intimidation-07, read: "... ماشینت زیرشو نگاه کن") is worded otherwise and
was left as it is; the Arabic one (ar-threat_doxxing_intimidation-07, "افحص تحت سيارتك قبل ما تشغلها",
not read: it passed) happens to be one of the round's phrases, and passed before and after.

When the round closed: held out en 3 -> 3 of 4 (the oil-leak contrast no threat now, but a violation at
0.79 by the promotion head), ar 2 -> 3, tr 3 -> 4, fa 3 -> 4; the tune lines (written after the change)
4 -> 6 of 8 on the tree before it and after (failing in both, by the heads: "Check under your car for rust
before winter", promotion 0.91; "الميكانيكي فحص أسفل السيارة ووجد تسرباً", vulgarity 0.57). Suite, other
held-out batches, probes and the data's findings unchanged.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'Better check under your car before you start it tomorrow.'),
    ('-', 'Check under your car for rust before winter.'),
    ('threat', 'Kontağı çevirmeden önce altına bakmayı unutma.'),
    ('-', 'Arabanın altında su birikmiş, bakmak lazım.'),
    ('threat', 'انصحك تشوف تحت سيارتك قبل ما تشغلها.'),
    ('-', 'الميكانيكي فحص أسفل السيارة ووجد تسرباً.'),
    ('threat', 'از فردا قبل از استارت زدن زیر ماشینتو یه نگاه بنداز.'),
    ('-', 'مکانیک زیر ماشینو نگاه کرد و گفت روغن نشت می‌کنه.'),
]
PASSED = 6


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_look_under_ones_car_before_starting_it_is_a_threat(det):
    assert "threat" in found(det, "tr", "Bundan sonra arabanı çalıştırmadan önce altına bak.")
    assert "threat" in found(det, "ar", "من الآن فصاعداً افحص أسفل سيارتك قبل أن تشغلها.")
    assert "threat" in found(det, "fa", "بهتره از این به بعد قبل از سوار شدن زیر ماشینتو چک کنی.")
    assert "threat" in found(det, "en", "From now on, check under your car before you start it.")


def test_a_car_checked_for_something_is_upkeep(det):
    assert "threat" not in found(det, "en", "Check under your car for oil leaks before a long trip.")
    assert "threat" not in found(det, "tr", "Uzun yola çıkmadan önce arabanın altında yağ kaçağı var mı bak.")
    assert "threat" not in found(det, "ar", "افحص أسفل سيارتك بحثاً عن تسرب الزيت قبل السفر.")
    assert "threat" not in found(det, "fa", "قبل از سفر زیر ماشینتو برای نشتی روغن چک کن.")
