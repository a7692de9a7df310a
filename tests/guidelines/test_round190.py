"""Round 190 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r190b.tsv`) about an ultimatum -- "Delete this article by tonight, or else.", "The Yazidis had
better leave before winter, or else.", "Shut down this page or we'll shut it down our way", "Leave the city
while you still can, journalist", "Publish one more photo of our sheikh and see what happens", "The
Armenians know what will happen if they stay", "Consider this your only warning", "Keep your mouth shut if
you know what's good for you", "If the Kurds vote yes, blood will flow in their streets", "Those Syrians
better be gone by the end of the month", and the same in Arabic, Turkish and Persian ("وإلا", "yoksa",
"وگرنه"); and contrasts: a flood office's warning to leave, a laptop's history deleted before its sale, a
trip announced, rush hour, a council's deadline, a currency's fall foretold, a report's ratings, refugees
told to leave before a storm, an umbrella. No suite case was read for it.

What was added (harm._ultimatum, rule 2y "ultimatum", past the prefilter by _ultimatum_cue): a bare "or
else", "وإلا", "yoksa", "وگرنه" ending its sentence after a demand with a deadline or a "you had better"
(_ULT_DEADLINE: not "everyone must bow before me -- or else", a man's manner described, nor a question's "mı
yoksa", nor Arabic "ولا", or not); "or" and what "we" will do "our way" ("or we'll shut it down our way",
"وإلا منسكرها على طريقتنا", "yoksa biz kendi yöntemimizle", "وگرنه خودمون به روش خودمون"; not "fair or not,
it is our way"); leaving told "while you (they) still can" or "before it's too late" ("طالما فيك", "fırsatın
varken", "iş işten geçmeden", "تا وقتی میتونی", "تا دیر نشده"; not "while we still can", the speakers' own
side, nor a castle to visit); "one more ... and see what happens" (not "another referendum", nor "what
happens to the ratings"); a people who "know what will happen if they stay". Phrases: a warning given once
("Consider this your only warning", "لا تقول ما حذرناك", "uyarmadık demeyin", "نگی بهت هشدار ندادیم"; not
"don't say you weren't warned", an I-told-you-so), "if you know what's good for you" and its kin, blood to
flow in a people's streets, a people to "be gone by" a day.

When the round closed: held out en 10 -> 21 of 24, ar 13 -> 24, tr 9 -> 23, fa 12 -> 24 (violating lines
caught 12 -> 60 of 60; contrasts 32 of 36 before and after, the four left failing on the heads alone); tune
lines (written after the change) 7 -> 19 of 20; the suite, the probes and every older held-out line
unchanged in decision and clause; 3 data comments' findings changed: "Kids, ... get out now, while you still
can!" (of a school, a Civil Comments toxic row) gained a threat, and two gained only what older rules find
once the cue let them past the prefilter (an insult phrase, a rebuttal). A first version read "or" beside
"our own", "another ... see what happens", "you know I stay", "الشتائم والا" and a Turkish "paranız yoksa"
as ultimatums in 86 data comments; each reading was narrowed and the dump re-run. Still failing: none of the
violating lines; the written-threat head's "Pack your bags, we're going to Erbil on Friday!" (0.87).
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('threat', 'Take the video down by Monday, or else.'),
    ('threat', 'Get out of our village while you still can.'),
    ('threat', 'Write about us one more time and see what happens.'),
    ('-', 'Take the bins out by Monday or the council will fine you.'),
    ('-', 'Visit the castle while you still can, it closes in March.'),
    ('threat', 'امسح الفيديو قبل الاثنين وإلا'),
    ('threat', 'اطلعوا من ضيعتنا طالما فيكم'),
    ('threat', 'اكتب عنا مرة تانية وشوف شو بيصير'),
    ('-', 'طلّع الزبالة قبل الاثنين وإلا البلدية بتخالفك'),
    ('-', 'زوروا القلعة طالما فيكم، بتسكر بآذار'),
    ('threat', 'Videoyu pazartesiye kadar kaldır, yoksa.'),
    ('threat', 'Hâlâ fırsatınız varken köyümüzden defolun.'),
    ('threat', 'Bizim hakkımızda bir daha yaz da gör bak ne oluyor.'),
    ('-', 'Çöpleri pazartesiye kadar çıkar, yoksa belediye ceza keser.'),
    ('-', "Mart'ta kapanıyor, fırsatın varken kaleyi gez."),
    ('threat', 'ویدیو رو تا دوشنبه پاک کن، وگرنه...'),
    ('threat', 'تا وقتی میتونید از روستای ما برید'),
    ('threat', 'یه بار دیگه درباره ما بنویس ببین چی میشه'),
    ('-', 'زباله\u200cها رو تا دوشنبه بذار بیرون وگرنه شهرداری جریمه\u200cت میکنه'),
    ('-', 'تا وقتی میتونی از قلعه دیدن کن، اسفند بسته میشه'),
]
# (7 on the tree before the round, 19 after it)
PASSED = 19


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Delete this article by tonight, or else."),
    ("en", "Shut down this page or we'll shut it down our way."),
    ("en", "Leave the city while you still can, journalist."),
    ("en", "Publish one more photo of our sheikh and see what happens."),
    ("en", "The Armenians know what will happen if they stay."),
    ("ar", "الإيزيديين أحسنلهم يطلعوا قبل الشتوية وإلا"),
    ("ar", "اطلع من المدينة طالما فيك يا صحفي"),
    ("ar", "انشر صورة وحدة كمان لشيخنا وشوف شو بيصير"),
    ("tr", "Ezidiler kıştan önce gitse iyi olur, yoksa..."),
    ("tr", "Hâlâ fırsatın varken şehri terk et gazeteci."),
    ("tr", "Bu sayfayı kapat yoksa biz kendi yöntemimizle kapatırız."),
    ("fa", "ایزدیا بهتره قبل از زمستون برن، وگرنه..."),
    ("fa", "پناهنده\u200cها، تا دیر نشده گورتونو گم کنید"),
    ("fa", "یه عکس دیگه از شیخمون منتشر کن ببین چی میشه"),
])
def test_an_ultimatum_is_a_threat(det, lang, text):
    assert ("threat", "ultimatum") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Leave the city before rush hour or you'll be stuck for hours."),
    ("en", "Publish the full report and see what happens to the ratings."),
    ("en", "Visit the castle while you still can, it closes in March."),
    ("en", "Voters know what will happen if they stay home."),
    ("ar", "اطلع من المدينة قبل الزحمة وإلا بتعلق ساعات"),
    ("tr", "Trafiğe kalmadan şehirden çık, yoksa saatlerce beklersin."),
    ("fa", "قبل از ترافیک از شهر برو بیرون وگرنه ساعت\u200cها گیر میکنی"),
    ("fa", "کل گزارشو منتشر کن ببین چی میشه با آمار بازدید"),
])
def test_a_consequence_told_or_a_visit_urged_is_no_threat(det, lang, text):
    assert "threat" not in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Stop writing about the tribe. Consider this your only warning."),
    ("en", "Keep your mouth shut if you know what's good for you."),
    ("ar", "معك لبكرا لتعتذر، وبعدها لا تقول ما حذرناك"),
    ("ar", "سكّر تمك إذا بتعرف مصلحتك"),
    ("tr", "Özür dilemek için cumaya kadar vaktin var. Sonra uyarmadık demeyin."),
    ("tr", "Kendi iyiliğini istiyorsan çeneni kapalı tut."),
    ("fa", "دیگه درباره ایل ننویس. اینو تنها هشدارت بدون"),
    ("fa", "اگه کردا رای آره بدن خون تو خیابوناشون راه میفته"),
])
def test_an_ultimatums_formula_is_a_threat(det, lang, text):
    assert "threat" in {clause for clause, _rule in rules(det, lang, text)}
