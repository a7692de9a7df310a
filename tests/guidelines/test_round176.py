"""Round 176 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r176b.tsv`) about slurs of this region's peoples, faiths and gay people in phrasings the lists had
not been tried on ("rafidi", "nawasib", "majus", "safavi"; "ibne", "gavur", "dönme"; "kuni", "jahud",
"kaka-siah"), a people named with hateful profanity or as what disgusts the commenter; and contrasts: the
slurs' homonyms (faggots and peas, Dutch dykes, a chink in the armour, "نتيجة شاذة", "الدولة الصفوية", "ثورة
الزنج", "Gavurdağı", the Afghani currency), reclaimed uses ("As a proud dyke"), slurs reported as what someone
was called ("He was called a raghead at school", "bana ibne dediler", "بهش می‌گفتن کاکاسیاه"), and the same
strong feelings about traffic or queues. No suite case was read for it.

What was added (harm.py):
- a slur in its other sense beside that sense's words is no people named (_slur_other_sense: English and
  Arabic lists, the Turkish Gavur mountains); a slur reported as what someone else called a person is a
  report (_slur_reported: the English passive or "called me/him/them a", Turkish "dediler", "diyorlardı",
  Persian "می‌گفتن"), and an insult so reported is no personal attack either;
- "dyke" reclaimed as "queer" is (_EN_RECLAIMED);
- a people addressed with a slight: "Shut up, you dirty Jew", "You are a lying Arab", "Seni aşağılık Ermeni",
  "يا سوري يا حقير" (_addressed_slight; not a woman addressed, an insult at a person);
- a curse laid on a people: "اللعنة على اليهود", "لعنة الله على الشيعة", "لعنت به عربا", "Lanet olası
  Kürtler", "Kahrolası Araplar" (_cursed; not a people narrowed by a relative clause);
- Persian "که ... کشته شدن" (who were killed) tells, it threatens no one: "خدا رحمت کنه کردهایی که کشته شدن"
  was a threat at 0.87; "هنوز آدم نشدن" (still not human).

When the round closed: held out en 18 -> 22 of 24, ar 19 -> 20, tr 20 -> 23, fa 22 -> 23; tune lines (written
after the change) 2 -> 13 of 14; the suite and the older held-out lines unchanged, one probe line gained; 105
of 266,546 data comments' findings changed, read one by one (most: tweets telling that someone "got called" a
slur, which Davidson and MLMA label offensive, now a report). Still failing: the homonyms' violation head
(0.64-0.93 with no rule: "Faggots and peas", "The Dutch built dykes", "المجوس القدماء", "نتيجة شاذة"),
Turkish "top" said of a person, Persian "گبر" (not listed: the reading of swapped letters took "گربه‌ها",
cats, for it).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', 'A chink of light came through the curtains.'),
    ('-', 'The river burst the dykes and flooded the farmland.'),
    ('abuse', 'Nobody cares what that chink thinks about the war.'),
    ('-', 'My son was called a towelhead on the bus, and no one stepped in.'),
    ('abuse', 'You are nothing but a dirty Kurd.'),
    ('abuse', 'اللعنة على الأتراك كلهم.'),
    ('-', 'كانت قراءة شاذة للنص ولم يأخذ بها العلماء.'),
    ('abuse', 'يا سوري يا حقير.'),
    ('abuse', 'Kahrolası Suriyeliler.'),
    ('-', 'Gavur dağlarında kar yağdı.'),
    ('-', 'Sınıfta ona ibne diyorlardı, öğretmen hiçbir şey yapmadı.'),
    ('abuse', 'لعنت به همه‌ی افغانیا.'),
    ('-', 'خدا رحمت کنه عربایی که تو جنگ کشته شدن.'),
    ('-', 'تو محل بهم می‌گفتن افغانی کثیف و کسی چیزی نمی‌گفت.'),
]
# (2 on the tree before the round; still failing: "كانت قراءة شاذة للنص", a scholar's odd reading, which the
# violation head alone scores 0.73 once the rule reads no slur in it)
PASSED = 13


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "We eat faggots and peas every Sunday."),
    ("en", "The storm breached the dykes along the river."),
    ("en", "There is a chink in the government's armour."),
    ("ar", "هذه حالة شاذة في الإحصاءات ولا يقاس عليها."),
    ("ar", "ثورة الزنج استمرت أربعة عشر عاما."),
    ("ar", "المجوس القدماء بنوا معابد للنار."),
    ("tr", "Gavurdağı'na tırmandık."),
])
def test_a_slur_word_in_its_other_sense_names_no_people(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Those faggots should be ashamed of themselves."),
    ("en", "Dykes like her are ruining this country."),
    ("ar", "الشواذ يفسدون المجتمع."),
    ("ar", "يا مجوس، مكانكم مزبلة التاريخ."),
    ("ar", "الدولة الصفوية الإرهابية تخرب العراق."),
])
def test_the_slur_itself_is_still_read(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "She was called a raghead in front of the whole class."),
    ("en", "They called me a faggot and laughed."),
    ("tr", "Bana ibne dediler ve güldüler."),
    ("fa", "بهش می‌گفتن کاکاسیاه و کسی چیزی نمی‌گفت."),
])
def test_a_slur_reported_as_what_someone_was_called(det, lang, text):
    f = found(det, lang, text)
    assert "abuse" not in f and "personal_attack" not in f and "report" in f


@pytest.mark.parametrize("lang, text", [
    ("en", "I called him a raghead and I meant it."),
    ("en", "Lowkey called that faggot a faggot."),
    ("tr", "Sana ibne diyorum, anladın mı?"),
])
def test_the_commenter_calling_someone_a_slur_is_not_a_report(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Shut up, you dirty Jew."),
    ("en", "You are such a lying Arab."),
    ("tr", "Seni aşağılık Ermeni."),
    ("ar", "اسكت يا يهودي يا قذر."),
])
def test_a_people_addressed_with_a_slight(det, lang, text):
    assert "abuse" in found(det, lang, text)


def test_a_slight_at_one_woman_is_an_insult_not_sexism(det):
    f = found(det, "en", "Shut up, you stupid woman.")
    assert "personal_attack" in f and "abuse" not in f


@pytest.mark.parametrize("lang, text", [
    ("ar", "لعنة الله على الأكراد."),
    ("fa", "لعنت بر همه‌ی ترکا."),
    ("tr", "Lanet olası Ermeniler."),
    ("tr", "Suriyelilere lanet olsun."),
])
def test_a_curse_laid_on_a_people(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "اللعنة على من يؤذي الأكراد."),
    ("ar", "لعنة الله على العرب الذين يتفرجون على المجازر ولا يتحركون."),
    ("fa", "لعنت به این جنگ."),
])
def test_a_curse_on_something_else(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_those_who_were_killed_are_mourned_not_threatened(det):
    assert "threat" not in found(det, "fa", "خدا رحمت کنه کردهایی که کشته شدن.")
    assert "threat" in found(det, "fa", "خدا کنه همه‌ی کردها کشته بشن.")
