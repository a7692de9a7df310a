"""Mechanisms from the fourteenth Arabic round (tests/guidelines/probes/ar_r14.tsv, 2026-12-01): each
with a comment that needs it and a contrast it must leave alone."""
import pytest

from newsroom.guidelines import detectors
from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_base
from tests.guidelines.harm_helpers import found_in

found = found_in("ar")


@pytest.mark.parametrize("text, clause", [
    ("سنذ_بحكم يا خونه", "threat"),  # an underscore inside the word
    ("راح اقت7ك يا واطي", "personal_attack"),  # a digit for a letter (the insult is found; the verb too)
    ("راح اذب7كم واحد واحد", "threat"),  # Arabizi 7 for ح
    ("والله لاقط٣ لسانك", "threat"),  # the Arabic-Indic three for ع
    ("انت حم1ر", "personal_attack"),  # 1 for the alif it looks like
    ("المحرر تافـ٥", "personal_attack"),  # the Arabic-Indic five for the round heh
    ("يا ولد الـ كلب", "personal_attack"),  # the article typed apart
    ("الـ كلاب الـ روافض", "abuse"),
    ("سيتم ذبحكم قريبا", "threat"),  # a passive future, the act done to the addressee
    ("خلي السلاح يتكلم معهم", "threat"),  # a weapon that speaks
    ("كبوا اللاجئين عالحدود", "abuse"),  # thrown at the border: an expulsion
    ("سفروا الهنود", "abuse"),
    ("النساء عقولهن ناقصه", "abuse"),
    ("ارجعي للمطبخ احسنلك", "personal_attack"),
    ("من يعرف عنوان هالصحفي ينشره هنا", "threat"),  # a call to post an address
    ("المراسله جسمها نار ياريت ليله وحده", "vulgarity"),  # rule 5b in Arabic
])
def test_arabic_fourteenth_round(det, text, clause):
    f = found(det, text)
    assert f.get(clause) == STRONG, (text, f)


def test_arabizi_killing_with_its_hamza_digit(det):
    # (a weaker finding: Latin letters carry no Arabic mood prefix)
    assert found(det, "والله la2atlak").get("threat"), found(det, "والله la2atlak")


@pytest.mark.parametrize("text", [
    "سيتم اعدام المدانين غدا حسب المحكمة",  # a passive future told of others: no addressee
    "وهل سيتم تعويض اهالي القتلى؟",
    "من يعرف عنوان هذا الكتاب؟",  # no one's address, nothing to post
    "من يعرف رقم الطوارئ؟",
    "ما في احد يحق له يطرد السوريين من بيوتهم",  # the right to expel, denied
    "نرفض دعوات ترحيل اللاجئين",  # calls for expulsion, rejected
    "اللي يسمي الشيعه روافض يزرع الفتنه",  # whoever says it, judged for it
    "المراسله نقلت الخبر من موقع الانفجار ليله امس",  # a presenter and a night, no remark
    "سجل الهدف في الدقيقه 7 من المباراة",  # a digit after a word is no letter
])
def test_arabic_fourteenth_round_contrasts(det, text):
    f = found(det, text)
    assert not ({"threat", "abuse", "vulgarity"} & set(f)), (text, f)


@pytest.mark.parametrize("text", [
    "دورات برمجه اونلاين، سجل الحين",  # "register now" in dialect beside an offer
    "اللي يبي الطريقة يراسلني",  # "whoever wants the method, message me"
    "دخل اضافي من البيت، راسلني",
    "و.ا.ت.س.ا.ب 07701234567 لكل الخدمات",  # a messenger spelt out letter by letter before a number
    "المقاعد محدودة",
])
def test_arabic_fourteenth_round_sales(text):
    assert any(r == "phrase" for r, _, _ in detectors.find(normalise_base(text).text)), text


@pytest.mark.parametrize("text", ["ربحت المباراة امس", "راسلني صديقي امس من البيت",
                                  "اتصلت بالرقم 07701234567"])
def test_arabic_fourteenth_round_sales_contrasts(text):
    assert not any(r == "phrase" for r, _, _ in detectors.find(normalise_base(text).text)), text
