"""Mechanisms from the third Arabic batch of the seventeenth round (tests/guidelines/probes/ar_r17c.tsv,
2026-12-01: counter-speech, criticism of a group's actions, news): each with comments that need it, in
other words and groups than the probe's, and violations dressed as counter-speech that must stay found."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("ar")
rules = rules_in("ar")


@pytest.mark.parametrize("text", [
    # whoever insults, curses or calls it, judged for it
    "اللي يشتم الإيزيديين ما عنده ذرة احترام",
    "من يسمي الأكراد خونة ما يعرف شي عن التاريخ",
    # a saying stopped or negated right before the word
    "بطلوا تقولون عن العرب وسخين",
    "حاج تقولوا عن اللاجئين حشرات",
    "لا تسمي المسيحيين كفار",
    "كلمة \"شواذ\" ما تنقال على بشر",
    # a claim asked back: a quotation closed by a question mark, or "منو قال" with an answer after it
    "\"الغجر كلهم حرامية\"؟ جارنا غجري وأشرف واحد بالمحلة",
    "منو قال إن السوريين كلهم حرامية؟ نص السوق شغال بتعبهم",
    # attributed after it ("as you say") in a comment that stops the saying
    "بلاش هالكلام، مو كل الأفغان مجرمين مثل ما تقولون",
])
def test_arabic_round_17c_counter_speech(det, text):
    f = found(det, text)
    assert "abuse" not in f and "personal_attack" not in f, (text, f)
    assert any(r == ("counter", "counter") for r in rules(det, text)), (text, rules(det, text))


@pytest.mark.parametrize("text", [
    # "but" after a rejection: what follows it is the commenter's own
    "ما أنا عنصري بس العرب كلهم وسخين",
    "أنا ضد الكراهية لكن المسيحيين كفار",
    "مو عيب نقولها: بس الغجر حرامية وكلهم حثالة",
    # a praise judged: "whoever says they are good is a liar, they are all traitors"
    "اللي يقول إن الشيعة ناس طيبين كذاب",
    # the addressee called it after a rejection: "this is unacceptable, and you are a donkey"
    "هذا الكلام مرفوض، وانت يا محرر حمار",
    "كلامك عنصري يا حمار",  # the vocative before the insult, a rejecting word elsewhere
])
def test_arabic_round_17c_dressed_as_counter_speech(det, text):
    f = found(det, text)
    assert f.get("abuse") == STRONG or f.get("personal_attack") == STRONG, (text, f)


def test_praise_judged_is_no_counter(det):
    assert ("counter", "counter") not in rules(det, "اللي يقول إن الشيعة ناس طيبين كذاب")


@pytest.mark.parametrize("text", [
    "حزب العمال الكردستاني جاب الخراب لقرى الحدود",  # a people's adjective after a party
    "الحزب الديمقراطي الكردستاني فشل بملف الرواتب",
])
def test_arabic_round_17c_organisation_adjective(det, text):
    assert "abuse" not in found(det, text), text


def test_organisation_with_a_slur_stays_found(det):
    # a slur after an organisation is still a slur ("الجيش الصفوي")
    assert found(det, "الجيش الصفوي يقتل أهلنا").get("abuse") == STRONG


@pytest.mark.parametrize("text", [
    "ما اقول الا الحقيقة: الغجر كلهم حرامية",  # "I say nothing but": no negated saying
    "يعني العرب كلهم حرامية؟ أكيد",  # a bare يعني is no question asked back
])
def test_arabic_round_17c_not_counter(det, text):
    assert found(det, text).get("abuse") == STRONG, (text, found(det, text))
