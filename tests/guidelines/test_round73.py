"""The seventy-third round (2026-12-04), Arabic calls to exclude a group in the formal register: depriving a
group of something, called for ("يجب حرمان المسيحيين من الوظائف الحكومية": _AR_DEPRIVE after a word of mood,
with "من"), and an expulsion someone asks to stop or refuses is no call ("منظمات تطالب بوقف طرد العمال
الأجانب" was abuse at 0.78: _AR_HALT in ar_not_called)."""
import pytest

from tests.guidelines.harm_helpers import rules_in

rules = rules_in("ar")


@pytest.mark.parametrize("text", [
    "يجب حرمان المسيحيين من الوظائف الحكومية",
    "يجب حرمان الأكراد من حقوقهم",
])
def test_a_call_to_deprive_a_group_excludes_it(det, text):
    assert ("abuse", "exclusion") in rules(det, text)


@pytest.mark.parametrize("text", [
    "منظمات تطالب بوقف طرد العمال الأجانب",
    "حرمان الأكراد من حقوقهم جريمة",
    "حرمان الأطفال من التعليم جريمة",
])
def test_an_expulsion_to_stop_or_a_deprivation_condemned_is_not(det, text):
    assert ("abuse", "exclusion") not in rules(det, text)
