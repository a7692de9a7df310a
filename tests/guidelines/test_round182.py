"""Round 182 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r182b.tsv`) about a people named by an adjective or a compound on another noun --
"Turkish-speaking scum should go back across the border", "Mixed-race couples are an abomination",
"Jewish bankers are bleeding this country dry", "Arab-owned businesses should be boycotted until they
leave", "التجار اليهود مصاصين دماء", "Gürcü işçiler dünyanın en aptal insanları", "روستاهای کردنشین
لونه‌ی حشره‌ان", "کارگرای عراقی احمق‌ترین آدمای دنیان"; and contrasts: the same openings told as news (a
holiday, floods, shelling, a vote, a football cup, a mural, a union meeting). No suite case was read for
it.

What was added: peoples' adjectives and names the lists lacked (English "Turkish", "Egyptian", "Armenian",
"Assyrian", "Georgian", "mixed-race", "biracial", "interracial"; Turkish "Gürcü", "Boşnak", "Azeri", "Çeçen",
"Mısırlı"; Persian "عراقی"), "bleeding this country dry" as a parasite's, "until they leave" as an exclusion,
Arabic "مصاصين دماء" (bloodsuckers), Persian "مجرم" (criminal) as a sweeping predicate, and a Persian place
"-نشین" (dwelt in by) read as its people (harm._Lang.tags; one word, not a people's name run into another).
Two readings keep the new words from speaking of a people where they name one person: an office after a
people's adjective ("the Turkish president is a liar": _EN_OFFICE, a person, as a state is), and a people's
adjective on one person ("An Afghan man is a thief", "مرد عراقی به جرم دزدی مجرم شناخته شد", an Iraqi man
was found guilty of theft, which had been xenophobia at 0.86; _one_person_named), not after "every" or "no",
not on a Turkish plural after the person's word ("Kürt kadın savaşçılar"), not an Arabic construct ("رجل
المراسلة", the reporter's leg, which an older reading still takes for sexism), and only for peoples, faiths
and nationalities (a woman minister is still sexism).

When the round closed: held out en 19 -> 23 of 24, ar 22 -> 23, tr 21 -> 22 of 23 (a line that repeated a
probe line taken out), fa 20 -> 24 (violating lines caught 43 -> 53 of 55); tune lines (written after the
change) 12 -> 19 of 20. Still failing: a feminine Arabic adjective on things ("المحلات السورية", "العائلات
السورية": سورية is also Syria), "a front for thieves" ten words after the people, and a Turkish news line
the violation head alone scores 0.58 ("Arap turistler bu yaz otelleri doldurdu").
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Georgian workers are the laziest parasites on earth.'),
    ('abuse', 'Egyptian migrants are bleeding us dry.'),
    ('abuse', 'Turkish families should be kicked out of this city.'),
    ('-', 'Turkish families celebrated the holiday in the park.'),
    ('-', 'Egyptian doctors treated the wounded for free.'),
    ('abuse', 'التجار الأتراك مصاصين دماء الشعب'),
    ('abuse', 'العائلات السورية وسخة وما بتستاهل تعيش هون'),
    ('-', 'التجار الأتراك فتحوا محلات جديدة بالسوق'),
    ('abuse', 'الطلاب المصريين حرامية ومصاصين دم'),
    ('abuse', 'Gürcüler bu ülkenin asalakları'),
    ('abuse', 'Boşnak göçmenler hırsız ve yalancı'),
    ('-', 'Gürcü aşçılar festivalde yemek yaptı'),
    ('-', 'Çeçen mülteciler sınırda bekliyor'),
    ('abuse', 'شهرهای عرب\u200cنشین پر از آدمای کثیف و دزده'),
    ('abuse', 'مهاجرای عراقی همه\u200cشون مجرمن'),
    ('-', 'شهرهای ترک\u200cنشین امسال جشنواره برگزار کردن'),
    ('-', 'مرد عراقی به جرم دزدی مجرم شناخته شد'),
    ('abuse', 'محله\u200cهای افغان\u200cنشین لونه\u200cی موشن'),
    ('-', 'Mixed-race families gathered for the festival.'),
    ('-', 'The Turkish president met the Iraqi prime minister in Ankara.'),
]
# (12 on the tree before the round, 19 after it)
PASSED = 19


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Turkish-speaking scum should go back across the border."),
    ("en", "Mixed-race couples are an abomination."),
    ("en", "Jewish bankers are bleeding this country dry."),
    ("en", "Arab-owned businesses should be boycotted until they leave."),
    ("en", "Every Afghan man is a thief."),
    ("ar", "التجار اليهود مصاصين دماء"),
    ("ar", "كل رجل أفغاني حرامي"),
    ("tr", "Gürcü işçiler dünyanın en aptal insanları"),
    ("tr", "Kürt kadın savaşçılar propagandadan ibaret, karıdan asker olmaz."),
    ("fa", "روستاهای کردنشین لونه‌ی حشره‌ان، همه‌شون کثیفن"),
    ("fa", "محله‌های سنی‌نشین آشغالدونی‌ان پر از آدمای پست"),
    ("fa", "کارگرای عراقی احمق‌ترین آدمای دنیان"),
    ("fa", "جوونای افغان همه‌شون مجرم و متجاوزن"),
])
def test_a_people_named_by_its_adjective_is_abused(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Turkish president is a liar."),
    ("en", "An Afghan man is a thief."),
    ("en", "Kurdish-populated villages near the border were shelled again last night."),
    ("ar", "الرجل الأفغاني حرامي"),
    ("ar", "رجل أفغاني أدين بالسرقة"),
    ("tr", "Afgan bir adam hırsız"),
    ("tr", "Dursun Özbek yönetimi transfer açıkladı"),
    ("fa", "مرد عراقی به جرم دزدی مجرم شناخته شد"),
    ("fa", "روستاهای کردنشین نزدیک مرز دیشب دوباره گلوله‌بارون شدن"),
])
def test_one_person_an_office_and_news_are_no_abuse_of_a_people(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "A woman minister? No wonder nothing works."),
    ("en", "Female ministers are just decoration, the men do the real work"),
])
def test_a_woman_in_office_is_still_sexism(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}
