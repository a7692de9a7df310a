"""The sixty-seventh round (2026-12-03), Arabic: a group put out of a city or the country in a call or a wish,
in dialect (harm.py _AR_PUT_OUT, ar_put_out): "we" put them out ("لازم نطلع كل السوريين من أربيل"), "they"
deport or send them back ("يا ريت يسفرون كل الأكراد من بغداد", "الشيعة لازم يرجعون لإيران"), and the slogan
"X out of Y" ("كل الأتراك برا العراق"). Not children of a group taken out of a camp, not a return told, not a
wish that students return to their universities, not Iraqis abroad -- and a return "in safety and dignity" is
no expulsion (it was one before the round: "اللاجئين لازم يرجعون لبلدهم بأمان وكرامة")."""
import pytest

from tests.guidelines.harm_helpers import rules_in

rules = rules_in("ar")


@pytest.mark.parametrize("text", [
    "لازم نطلع كل السوريين من أربيل",
    "يا ريت يسفرون كل الأكراد من بغداد",
    "الشيعة لازم يرجعون لإيران",
    "يا ريت يرجعون الفلسطينيين لبلدهم",
    "كل الأتراك برا العراق",
    "خلونا نطرد الغجر من الحي",
])
def test_a_group_put_out_in_a_call_or_a_wish_is_excluded(det, text):
    assert ("abuse", "exclusion") in rules(det, text)


@pytest.mark.parametrize("text", [
    "لازم نطلع الأطفال الأكراد من المخيم",
    "السوريين يرجعون لسوريا بعد الحرب",
    "يا ريت يرجعون الطلاب الأكراد لجامعاتهم",
    "العراقيين برا العراق يصوتون بالسفارات",
    "اللاجئين لازم يرجعون لبلدهم بأمان وكرامة",
    "الحكومة رجعت العوائل النازحة لسنجار",
    "ان شاء الله يطلع الأكراد منتصرين",
])
def test_a_rescue_a_return_told_or_in_safety_is_not(det, text):
    assert ("abuse", "exclusion") not in rules(det, text)
