"""Mechanisms from the twentieth Arabic round (tests/guidelines/probes/ar_r20.tsv, 2026-12-01: counter-speech
quoting hate to reject it, exclusion calls, dialect insults, threats in Arabizi and masked letters, doxxing):
each with comments that need it, in other words and groups than the probe's, and contrasts it must leave
alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found, found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # a quoted word with shame felt at it, a reply to it, laughter, "time we stopped it" (QREJECT)
    'قرأت تعليق يقول عن المسيحيين "نجسين" وخجلت والله',
    '"الشيعة مجوس" كلام يخزي اللي يكتبه',
    'كل مرة أسمع "النسوان ما تفهم" أضحك',
    '"التركمان غرباء" جملة لازم نبطلها من مدارسنا',
    'ردا على من قال "الأكراد خونة": جدي حمى عوائل عربية بالسبعينات',
    # the sayer named after the quotation and judged
    '"السنة كلهم دواعش"، وصاحب هالكلام جاهل بتاريخ الموصل',
    # the claim quoted, its group named outside the quotes
    'واحد كتب عن الكاكائية "كفار" وهذا شي يخزي',
    # whoever writes it, judged for forgetting
    'اللي يكتب "اطردوا التركمان" نسى ان التركمان أهل كركوك',
])
def test_arabic_twentieth_round_counter_speech(det, text):
    f = found_ar(det, text)
    assert "abuse" not in f, (text, f)


@pytest.mark.parametrize("text", [
    # the same words said of the commenter's own target, unquoted: still abuse
    "خجلت من الشيعة، كلهم مجوس",
    "ردا على المقال: اللاجئين وسخين ولازم يطلعون",
    "أضحك على هالسوريين، كلهم حرامية",
    # a group denied the right to live or stay, or to be employed, with the negation before it
    "العرب ما الهم حق يسكنون بدهوك",
    "الأرمن ما لازم يتعينون بالوزارات",
    "التركمان ما عدهم حق يعيشون بأربيل",
])
def test_arabic_twentieth_round_abuse(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # an at sign for an alif inside an Arabic word
    "و@لله ر@ح اذبحك يا كلب",
    "ر@ح نكسر راسك قريب",
    # a home or a car "known to us"
    "بيت اهلك بالعمادية صار معروف عندنا، دير بالك",
    "سيارتك السودا معروفة عدنا",
])
def test_arabic_twentieth_round_threats(det, text):
    f = found_ar(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("text", [
    # Arabizi (read as English or Turkish): skinning, burying, hanging, the Egyptian future 7a-
    "wallah 7an2tlak ya 5ayen",
    "ra7 asal5ak ya kalb",
    "lazim yen2tel hal khayen",
    "el mokhber lazem yet3alla2 bel jeser",
    "ba3ref wen sakin w ra7 a5allik tendam",
])
def test_arabic_twentieth_round_arabizi(det, lang, text):
    f = found(det, lang, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("text", [
    "lazem nedfa3 el fatura abel el shahr",
    "ra7 nshoufak bukra bel jam3a",
    "wallah ra7 nmout mn el bard",
])
def test_arabic_twentieth_round_arabizi_contrasts(det, lang, text):
    f = found(det, lang, text)
    assert "threat" not in f, (text, f)


@pytest.mark.parametrize("text", [
    "انت مطي وما تفهم شي",
    "يا سرسري روح نام",
    "شنو هالحچي يا خبل",
    "انته زعطوط بعدك",
])
def test_arabic_twentieth_round_insults(det, text):
    f = found_ar(det, text)
    assert f.get("personal_attack") == STRONG, (text, f)


def test_arabic_twentieth_round_bed(det):
    f = found_ar(det, "هالوزيرة شوفوا جسمها، خلقت للسرير")
    assert f.get("vulgarity") == STRONG, f


@pytest.mark.parametrize("text", [
    "ر@ح اشوفك باچر بالجامعة",  # an at sign, no act
    "المطعم معروف عندنا بأكله الطيب",  # known, no target of the addressee's
    "الحكومة ما الها حق تقطع الرواتب",  # a right denied to no group
    "هالفيلم يخبل، لازم تشوفه",  # يخبل: stunning
    "المطيرات نزلت بالمطار الصبح",  # no مطي inside another word
    "اشترينا فراش جديد للسرير",
    "كلمة مطيع مو تهمة",
])
def test_arabic_twentieth_round_contrasts(det, text):
    f = found_ar(det, text)
    assert not ({"abuse", "threat", "personal_attack", "vulgarity"} & set(f)), (text, f)
