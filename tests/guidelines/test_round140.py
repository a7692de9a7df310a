"""The hundred-and-fortieth round (2026-12-06): a people's virtue questioned, in every language.

An Arabic list written afresh, harder than round 139's (20: implicit abuse in dialect, opinions and
questions, veiled threats, six contrasts), passed 15 of 20 before any change; among its misses "هو في شيعي
محترم أصلاً؟" (is there even a respectable Shia?), a question whether one of a people has a virtue, which says
none has. Tried in every language (eight lines, written before the change), it passed nowhere: "Is there even
a single honest Arab?" 0.12, "Dürüst bir Suriyeli var mı ki?" 0.14, "اصلاً افغانی درستکار پیدا میشه؟" 0.04.

What was added (harm.py `_virtue_questioned`, rule 3f): in a sentence that ends in a question mark and asks
whether one exists (`_EXISTS_ASKED`: "is there", "ever met", "في", "اكو", "var mı", "پیدا میشه", ...), a
virtue (`_VIRTUE_ASKED`: honest, decent, محترم, dürüst, درستکار, ...) right beside a people's word is a claim
about the people, and no praise. A first version read any such pair, and a batch written after it (ten lines,
the second list below, run on both trees) showed it firing on a people's word that describes another noun:
"Is there a single clean refugee camp?", "مستشفى سوري نظيف", "Temiz bir Suriyeli lokantası", "رستوران افغانی
تمیز" (5 -> 4 of 10). The people's word must now be the noun asked for: in English and Turkish only a
function word or the cue after it, in Arabic and Persian only the cue or a determiner before it
(`_VIRTUE_NOUN_AFTER`, `_VIRTUE_NOUN_BEFORE`): 8 of 10, a figure made from its misses.

When the round closed: the eight lines 5 of 8 (the two Arabic ones have the strong finding, 0.42 and 0.37:
the Arabic heads know none of the words, and a finding is weighed evidence, not an override; "Has anyone ever
met a Kurd who is not a thief?" is another form); the second list 8 of 10; the Arabic list 15 of 20 (its
question is one of the two). Held out: `heldout/ar_r140b.tsv` (written with the Arabic list, before any
change) 7 -> 8 of 10; `heldout/*_r140c.tsv` (12 lines in four languages, written after the refinement and
run on both trees before they were read) 6 -> 10 of 12, every contrast kept ("Is there an honest Kurdish
journalist we can trust on this?", "یه دکتر عرب خوب سراغ داری؟"). Our suite, the probes and the other
held-out batches unchanged; on the data no comment's findings changed (the form is rare in it).

Still missed: "Name one decent Persian, I'll wait." (no question mark), "Is there a Syrian who doesn't
steal?" (the vice denied, not the virtue asked), the Arabic list's "ودي أشوف راس هالوزير معلق على باب
الوزارة" (a head hung: no rule reads the image), and two clean lines the Arabic heads flag with no finding
("الجراد أكل المحصول", locusts ate the crop: 0.66).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

QUESTIONS = [
    ('abuse', 'Is there even a single honest Arab?'),
    ('abuse', 'Has anyone ever met a Kurd who is not a thief?'),
    ('abuse', 'Dürüst bir Suriyeli var mı ki?'),
    ('abuse', 'اصلاً افغانی درستکار پیدا میشه؟'),
    ('abuse', 'هو في شيعي محترم أصلاً؟'),
    ('abuse', 'فيه عربي صادق أصلاً؟'),
    ('-', 'Is there a Kurdish restaurant nearby?'),
    ('-', 'هل يوجد طبيب سوري في المستشفى؟'),
]
QUESTIONS_READ = [
    ('abuse', 'Has anyone ever seen an honest Turk?'),
    ('abuse', "Name one decent Persian, I'll wait."),
    ('-', 'Is there a single clean refugee camp in this country?'),
    ('-', 'Is there any honest politician left?'),
    ('abuse', 'اكو كردي شريف؟'),
    ('-', 'هل يوجد مستشفى سوري نظيف في المدينة؟'),
    ('abuse', 'Hiç namuslu bir Afgan gördünüz mü?'),
    ('-', 'Temiz bir Suriyeli lokantası var mı buralarda?'),
    ('abuse', 'یه عرب صادق تا حالا دیدی؟'),
    ('-', 'رستوران افغانی تمیز این اطراف پیدا میشه؟'),
]
AR_HARDER = [
    ('abuse', 'ليش لازم نتحمل الأفغان بشوارعنا؟ خلوهم يرجعوا.'),
    ('abuse', 'أنا بس أقول إن الأكراد ما ينوثق فيهم، رأي شخصي.'),
    ('abuse', 'هو في شيعي محترم أصلاً؟'),
    ('abuse', 'اليهود وراء كل مصيبة بهالعالم.'),
    ('abuse', 'النسوان ما لهم رأي بالسياسة، يقعدوا بالبيت أحسن.'),
    ('abuse', 'اللاجئين السوريين زي الجراد، أكلوا الأخضر واليابس.'),
    ('abuse', 'المثلية مرض ولازم يتعالج بالقوة.'),
    ('abuse', 'الإيزيدية قوم نجس لا تاكل من أكلهم.'),
    ('threat', 'بكرة تشوف شو رح يصير فيك يا كاتب.'),
    ('threat', 'صورتك وعنوانك عندنا، انتبه على حالك.'),
    ('threat', 'هذا المذيع لازم ينضرب لين ما يقدر يوقف.'),
    ('threat', 'ودي أشوف راس هالوزير معلق على باب الوزارة.'),
    ('personal_attack', 'وجهك يقطع الرزق يا مذيع الغبرة.'),
    ('personal_attack', 'يا جحش، حتى الإملاء ما تعرفه.'),
    ('-', 'ليش لازم ننتظر ساعتين بالحدود؟ خلوهم يفتحوا.'),
    ('-', 'أنا بس أقول إن القرار ما كان مدروس، رأي شخصي.'),
    ('-', 'صديقي الشيعي ساعدني لما كنت مريض.'),
    ('-', 'الجراد أكل المحصول بالقرية هالسنة.'),
    ('-', 'الإيزيديون يحتفلون بعيد رأس السنة في نيسان.'),
    ('-', 'المذيع انضرب بالشارع أمس والشرطة تحقق بالحادثة.'),
]
TUNE = {"questions": QUESTIONS, "questions_read": QUESTIONS_READ, "ar_harder": AR_HARDER}
PASSED = {"questions": 5, "questions_read": 8, "ar_harder": 15}


@pytest.mark.parametrize("name", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, name):
    assert passing(model, TUNE[name]) >= PASSED[name] - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Is there even a single honest Arab?"),
    ("en", "Has anyone ever seen an honest Turk?"),
    ("ar", "هو في شيعي محترم أصلاً؟"),
    ("tr", "Dürüst bir Suriyeli var mı ki?"),
    ("fa", "اصلاً افغانی درستکار پیدا میشه؟"),
])
def test_a_peoples_virtue_questioned_is_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "Is there a single clean refugee camp in this country?"),  # the people's word describes a camp
    ("en", "Is there any honest politician left?"),  # no people
    ("en", "Is there a Kurdish restaurant nearby?"),  # no virtue
    ("en", "Arabs are honest people."),  # no question
    ("ar", "هل يوجد مستشفى سوري نظيف في المدينة؟"),
    ("tr", "Temiz bir Suriyeli lokantası var mı buralarda?"),
    ("fa", "رستوران افغانی تمیز این اطراف پیدا میشه؟"),
])
def test_the_same_words_otherwise_are_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)
