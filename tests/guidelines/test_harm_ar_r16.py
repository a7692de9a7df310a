"""Mechanisms from the sixteenth Arabic round (tests/guidelines/probes/ar_r16.tsv, 2026-12-01: sexism,
homophobia, exclusion, slurs and religious hatred, disguised threats): each with comments that need it, in
other words and persons than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found = found_in("ar")


@pytest.mark.parametrize("text", [
    "هاي البنت تستاهل اللي صار لها، محد قلها تطلع",  # "she deserves what happened to her"
    "المرة مكانها بيت زوجها وبس",  # her place is her husband's house
    "البنت لا تخرج من البيت الا باذن ابوها",  # she leaves home only with a man's leave
    "وزيرة؟ ما افلح قوم ولوا امرهم امراة",  # a people ruled by a woman
    "روحي اطبخيلج احسن من التحليل",  # "go cook" to a woman
    "الفيمنستات عوانس ما لقوا رجال",  # feminists as a group, "spinsters"
    "النسويات يخربون البيوت",
    "المثليين انحراف وشذوذ",  # a deviation, against nature
    "الشواذ ضد الطبيعة",
    "قوم لوط الله يخسف فيهم",  # the people of Lot, cursed
    "الشيعة مشركون",  # polytheists, heretics
    "العلويين زنادقة",
    "الصابئة عباد الكواكب",  # worshippers of the stars
])
def test_arabic_sixteenth_round_abuse(det, text):
    f = found(det, text)
    assert f.get("abuse") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "راح اقطـ.ـعك يا خاين",  # a separator between two tatweels is inside the word
    "والله لنذبـ-ـحكم",
    "الرصاصه لك يا عميل",  # "the bullet is for you"
    "الموت لكم يا خونة",
])
def test_arabic_sixteenth_round_threats(det, text):
    f = found(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "حماية النساء من جرائم الشرف واجب على الدولة",  # women protected from honour crimes suffer them
    "اللي يقول البنات مكانهن المطبخ عايش في القرون الوسطى",  # whoever says it is judged for it
    "مكانها الطبيعي بالمتحف هالقطعة الاثرية",  # a thing's place
    "تعليم البنات حق، ومن يحرمهن منه يخالف القانون",
    "هيئة الترفيه بدأت تغير نفوس الفتيات حتى يتم مسخ الهوية",  # the verbal noun "مسخ"
    "الولاية لم تمنع الفتيات من الانحراف",  # "الانحراف" with its article
    "قوم لوط ذكرهم القرآن في سورة هود",  # the people of Lot named, not cursed
    "الصابئة المندائيون يعيشون في العمارة منذ قرون",
    "الكرة ضد الطبيعة في هالملعب",
])
def test_arabic_sixteenth_round_contrasts(det, text):
    f = found(det, text)
    assert "abuse" not in f and "threat" not in f, (text, f)
