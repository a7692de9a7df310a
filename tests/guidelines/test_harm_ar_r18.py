"""Mechanisms from the eighteenth Arabic round (tests/guidelines/probes/ar_r18.tsv, 2026-12-01:
counter-speech, exclusion, disguised insults and threats, doxxing, calls for violence, slurs, sexism,
religious hatred, untargeted profanity): each with comments that need it, in other words and groups than
the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("ar")
rules = rules_in("ar")


@pytest.mark.parametrize("text", [
    "الأفغان لازم ينمنعون من السكن بالمدينة",  # exclusion in the passive
    "اللاجئين لازم ينحرمون من الوظايف",
    "التركمان طابور خامس بكركوك",  # a fifth column
    "الكاكائية ما عندهم دين",  # no religion
    "اليارسان طقوسهم كلها شعوذة",  # rites, "all of it", sorcery
    "المندائيين ديانتهم مجرد خرافة",  # "just" a myth: not the myth as a rejection
    "الصوفيين كلهم دجالين",  # the Sufis named, charlatans
    "النسوان خلوهن يطبخن بس",  # sent to cook, in the same sentence
    "البنات عقلهن بعيونهن",  # a mind "in the eyes"
])
def test_arabic_eighteenth_round_abuse(det, text):
    f = found(det, text)
    assert f.get("abuse") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "بيتكم بزقاق المدرسة، نعرف الباب",  # the addressee's home with its lane
    "بيتك بالطابق الثالث",  # with its floor
    "عندنا عنوان بيت اهلك",  # "we have" the address
    "عدنا صور ولادك وهم طالعين من المدرسة",
    "أي شخص يلقى هالصحفي يكسر راسه",  # "anyone who" meets someone named after the verb
    "كل واحد يشوفهم يطخهم",
])
def test_arabic_eighteenth_round_threats(det, text):
    f = found(det, text)
    assert f.get("threat") == STRONG, (text, f)


def test_arabizi_house_burnt(det):
    # Arabizi is read as English or Turkish by the identifier
    for lang in ("en", "tr"):
        for text in ("ra7 ne7ra2 baitak", "ba7r2 bytak ya 5ayen"):
            assert any(f.clause == "threat" for f in det.analyse(lang, normalise_text(text))), (lang, text)


@pytest.mark.parametrize("text, clause", [
    ("انعل ابو هالحر", "profanity"),  # Iraqi cursing, at nothing
    ("انعل ابوك", "personal_attack"),  # at the addressee
    ("يا حمـ ـار", "personal_attack"),  # a space between two tatweels, one word split
    ("انت كـ ـلب", "personal_attack"),
    ("هالممثلة جسمها يهبل، ليلة وياها", "vulgarity"),  # Iraqi "with her", the body appraised
])
def test_arabic_eighteenth_round_other_clauses(det, text, clause):
    assert found(det, text).get(clause) == STRONG, (text, found(det, text))


def test_tatweel_space_joins_only_between_tatweels():
    assert normalise_text("حمـ ـار") == normalise_text("حمار")
    assert normalise_text("الخلافـ ـة") == normalise_text("الخلافة")
    assert normalise_text("حمـ ار") != normalise_text("حمار")  # a tatweel on one side only: two words


@pytest.mark.parametrize("text", [
    # the writer answered or corrected the saying, or asks for such comments to be deleted
    "واحد كتب \"الكرد خونة\" وكلنا صححناله",
    "لما قال \"الشيعة مجوس\" ما قدرت اسكت",
    "يا ادارة احذفوا هالتعليقات اللي تقول \"اطردوا السوريين\"",
    "شفت تعليق \"اذبحوا الإيزيدية\"، الموقع يحذفه لو سمحتوا",
    # a myth said of what is said, not of the faith
    "هذا الكلام خرافة، الكاكائية ناس طيبين",
])
def test_arabic_eighteenth_round_counter(det, text):
    f = found(det, text)
    assert "abuse" not in f and "threat" not in f, (text, f)
    assert ("counter", "counter") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "بيت جدي بشارع الجمهورية",  # a street, not the addressee's home
    "سكنت سنين بشارع ستين",
    "عندنا اسم كبير بالسوق",  # "we have" with no one's kin
    "كل واحد يشوف الفيديو يعرف الحقيقة",  # "everyone who sees" with no act
    "الصوفية طريقة قديمة بكردستان",  # a neutral mention
    "نهر دجلة ناشف هالسنة",  # دجلة, not دجل
    "الصحفية اصيبت بجسمها والوضع يجنن",  # the body and "maddening" apart
    "المذيعة لبست فستان يجنن",
    "الحكومة منعت دخول الأفغان بدون فيزا",  # a ban told
])
def test_arabic_eighteenth_round_contrasts(det, text):
    f = found(det, text)
    assert not ({"abuse", "threat", "vulgarity"} & set(f)), (text, f)


@pytest.mark.parametrize("text", [
    "احرقوهم وامسحوهم من الخريطة",  # wiping out is an act, not the outlet asked to delete
    "اقتلوا الخونة واحذفوهم من الوجود",
    "رديت عليه: \"اذبحوهم كلهم\" هذا رأيي",  # "I answered him" is no rejection: the answer is the threat
])
def test_deleting_or_answering_is_no_rejection_of_a_threat(det, text):
    assert found(det, text).get("threat") == STRONG, (text, found(det, text))
