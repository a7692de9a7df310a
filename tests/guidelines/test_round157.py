"""The hundred-and-fifty-seventh round (2026-12-06): an expulsion feared is the plight of the people it
hangs over, in every language; a people said to control the media, the banks or the world, in every
language; and, in Persian, a people of a country, a right "they must not have", "is a ..." in speech
and a beating "so much that".

From our suite's Persian failures, listed at the start of the session (check cases: not independent)
-- "مسیحی‌های عراق همیشه جاسوس غرب بودن" (Iraq's Christians were always spies of the West: 0.14),
"مسیحی‌ها نباید هیچ شغل دولتی داشته باشن" (Christians must not have any government job: 0.02),
"یهودیا کل رسانه‌ها رو کنترل می‌کنن" (Jews control all the media: 0.14), "کُردا موشایی‌ان که ..."
(Kurds are rats that ...: 0.32), "هر افغانی‌ای ته دلش یه دزده" (every Afghan is a thief at heart:
0.16) -- and from the batch written for them before any change, where "افغانی‌ها نباید از ترس اخراج
سکوت کنن" (Afghans must not keep silent for fear of deportation) was xenophobia at 0.86; the same in
Arabic, Turkish and English ("Syrian families live every day under threat of deportation": 0.96).

What was added (harm): _exclusion_feared (a fear, a threat or a risk before the expulsion in
Persian, Arabic and English, _FEAR_BEFORE, with a linking word or two; after it in Turkish, on its
verbal noun) and _en_under_threat ("under threat", "facing the threat": no "threat" said of the
people); _controls_all (a verb of controlling, in the indicative, with the media, the banks, the
world, the money... after it, or before it in Turkish and Persian; not one's own, not "the economy
owns"), a negative predicate the group claims read; the claim called a "conspiracy theory" rebuts it
(_REBUTTAL); Persian: a group before a country is its people there (_FA_COUNTRIES), a right, a job
or a home after "نباید" and before "داشته" is a right denied (_FA_HELD, not "less of it": _FA_LESS),
a short listed word with the copula "-ه" after "یه" is read as the word (_FA_A), زدن after "اونقدر"
with its object marked before and "تا" after is violent (_FA_SO_MUCH); the endings "اییان", "هاییان"
(_FA_SUFFIXES); and in the lexicon monsters, "degenerate", "افغونی", and thrown into a river or the
sea with the object on the verb. Not added: "گبر" (a slur for Zoroastrians), a slip away from
"گربه‌ها" (cats) on three clean comments of the data; the plain imperative "بندازید تو آب", whose
"تو" is also "you" ("گوشیتو بنداز تو آب", throw your phone in the water, was a threat).

When the round closed: the tune lines 8 -> 24 of 25. Held out (`heldout/*_r157b-e.tsv`): fa_r157b 11
-> 16 of 17, ar, tr 3 -> 4 of 4, en 2 -> 3 of 3; *_r157c en 3 -> 4 of 5, tr, ar, fa 2 -> 4 of 4;
fa_r157d 6 -> 8 of 9, fa_r157e 5 -> 5 of 6; and three lines of round 130's batches (the control
claim in Arabic, Persian and Turkish, written sessions before) and one probe line. Our suite: fa +8
(read: not independent), en, ar, tr +1 each (the control claim; translations of the Persian case
read). On the data three comments changed, each now a sweeping claim: "The Jewish-controlled media
made Sajjan look GOOD", "the Israelis control the money, and own politicians", "اليهود يحكمون
العالم".
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', "Afghans shouldn't stay silent for fear of deportation."),
    ('-', 'Syrian families live under the threat of eviction.'),
    ('abuse', 'Syrians are a threat to our security.'),
    ('abuse', 'Muslims control most of the media here.'),
    ('-', 'Women should control their own money.'),
    ('-', 'Afganlar sınır dışı edilme korkusuyla susmamalı.'),
    ('-', 'Afganlar sınır dışı edilme korkusuyla yaşıyor.'),
    ('abuse', 'Yahudiler medyayı kontrol ediyor.'),
    ('-', 'Kadınlar kendi paralarını kontrol etmeli.'),
    ('-', 'لا يجب أن يسكت الأفغان خوفاً من الترحيل.'),
    ('-', 'يعيش الأفغان في خوف من الترحيل.'),
    ('abuse', 'اليهود يسيطرون على البنوك.'),
    ('-', 'افغانی\u200cها با ترس اخراج زندگی می\u200cکنن.'),
    ('abuse', 'مسیحی\u200cهای عراق جاسوسن.'),
    ('abuse', 'عربای اسرائیل همه خائنن.'),
    ('abuse', 'مسیحی\u200cها نباید هیچ شغل دولتی داشته باشن.'),
    ('-', 'زنان نباید حق کمتری از مردان داشته باشن.'),
    ('-', 'کردها نباید ترس داشته باشن.'),
    ('abuse', 'کردا موشایی\u200cان.'),
    ('abuse', 'این افغونی\u200cهای کثیف همه\u200cجا رو گرفتن.'),
    ('threat', 'بندازیدشون تو رودخونه و خلاص.'),
    ('-', 'گوشیتو بنداز تو آب.'),
    ('abuse', 'یهودیا کل رسانه\u200cها رو کنترل می\u200cکنن.'),
    ('-', 'زنها باید پول خودشونو کنترل کنن.'),
    ('-', 'ادعای اینکه یهودی\u200cها رسانه\u200cها را کنترل می\u200cکنند یک نظریه توطئه است.'),
]
PASSED = 24


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_an_expulsion_feared_is_no_call_to_expel(det):
    assert "abuse" not in found(det, "fa", "افغانی‌ها نباید از ترس اخراج سکوت کنن.")
    assert "abuse" not in found(det, "ar", "يعيش الأفغان في خوف من الترحيل.")
    assert "abuse" not in found(det, "tr", "Afganlar sınır dışı edilme korkusuyla yaşıyor.")
    assert "abuse" not in found(det, "en", "Syrian families live under the threat of eviction.")


def test_a_call_to_expel_and_a_people_called_a_threat_stay_abuse(det):
    assert "abuse" in found(det, "fa", "افغانیا باید همه‌شون اخراج بشن.")
    assert "abuse" in found(det, "tr", "Suriyelilerin hepsi sınır dışı edilmeli.")
    assert "abuse" in found(det, "en", "Syrians are a threat to our security.")


def test_a_people_said_to_control_the_media_is_a_sweeping_claim(det):
    assert "abuse" in found(det, "en", "Muslims control most of the media here.")
    assert "abuse" in found(det, "tr", "Yahudiler medyayı kontrol ediyor.")
    assert "abuse" in found(det, "ar", "اليهود يسيطرون على البنوك.")
    assert "abuse" in found(det, "fa", "یهودیا کل رسانه‌ها رو کنترل می‌کنن.")


def test_control_of_ones_own_or_a_city_or_a_claim_rebutted_is_none(det):
    assert "abuse" not in found(det, "en", "Women should control their own money.")
    assert "abuse" not in found(det, "tr", "Kadınlar kendi paralarını kontrol etmeli.")
    assert "abuse" not in found(det, "ar", "القوات الكردية تسيطر على المدينة منذ أشهر.")
    assert "abuse" not in found(det, "fa", "زنها باید پول خودشونو کنترل کنن.")
    assert "abuse" not in found(
        det, "fa", "ادعای اینکه یهودی‌ها رسانه‌ها را کنترل می‌کنند یک نظریه توطئه است.")


def test_a_persian_people_of_a_country_is_the_people(det):
    assert "abuse" in found(det, "fa", "مسیحی‌های عراق جاسوسن.")
    assert "abuse" not in found(det, "fa", "ارتش ترکیه کردها رو بمباران کرد.")


def test_a_persian_right_a_people_must_not_have(det):
    assert "abuse" in found(det, "fa", "مسیحی‌ها نباید هیچ شغل دولتی داشته باشن.")
    assert "abuse" not in found(det, "fa", "زنان نباید حق کمتری از مردان داشته باشن.")
    assert "abuse" not in found(det, "fa", "کردها نباید ترس داشته باشن.")


def test_persian_is_a_in_speech_and_the_new_endings(det):
    assert "abuse" in found(det, "fa", "هر افغانی یه سگه.")
    assert "abuse" in found(det, "fa", "کردا موشایی‌ان.")
    assert "abuse" not in found(det, "fa", "دیشب یه دزده اومد تو مغازه‌ی همسایه‌مون.")


def test_a_persian_beating_so_much_that_and_a_river(det):
    assert "threat" in found(det, "fa", "این فعالا رو اونقدر بزنید تا بمیرن.")
    assert "threat" not in found(det, "fa", "تماشاچیا اونقدر دست زدن تا سالن لرزید.")
    assert "threat" in found(det, "fa", "بندازیدشون تو رودخونه و خلاص.")
    assert "threat" not in found(det, "fa", "گوشیتو بنداز تو آب.")
