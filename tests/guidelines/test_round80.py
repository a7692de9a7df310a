"""The eightieth round (2026-12-04), Arabic homophobia and transphobia: the third sex, masculine women and
trans women named as groups ("الجنس الثالث", "المسترجلات", "المتحولات"); gay and trans people called against
nature or the fitra ("ضد الفطرة": its "ضد" is no longer read as violence against them), monsters ("مسوخ"), a
stigma, the descendants of Lot's people, "just men"; told to disappear from the country."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "المثليين ضد الفطرة",
    "المتحولين جنسيا مسوخ",
    "المسترجلات وصمة عار",
    "المثليين أحفاد قوم لوط",
    "المتحولات مجرد رجال مرضى",
])
def test_ar_gay_and_trans_people_called_against_nature_or_monsters(det, text):
    assert CLAIM in rules(det, "ar", text)


def test_ar_the_third_sex_told_to_disappear(det):
    assert ("abuse", "exclusion") in rules(det, "ar", "الجنس الثالث لازم يختفي من بلادنا")


@pytest.mark.parametrize("text", [
    "المثليين في الخليج يعيشون في خوف",
    "قرأت تقرير عن حقوق المتحولين جنسيا في لبنان",
    "الحكومة اعتقلت شباب بتهمة المثلية وهذا ظلم",
    "العنف ضد المثليين جريمة",
    "المسترجلات مصطلح مهين ولا يجوز استخدامه",
])
def test_ar_gay_and_trans_people_named_without_a_claim(det, text):
    assert "abuse" not in found(det, "ar", text)
