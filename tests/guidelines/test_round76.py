"""The seventy-sixth round (2026-12-04), Arabic claims that a people or the women lack something a person
should have -- manners, honour, shame, a conscience, trust, a history -- in several dialects ("السوريين
قليلين أدب", "المصريين ملهمش أمان", "الهنود عديمي الشرف"), ungrateful ("ناكرين الجميل"), and whoever says it
judged as not knowing them ("من يقول إن السوريين قليلين أدب لا يعرفهم" is counter-speech)."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "السوريين قليلين أدب وما عندهم حيا",
    "المصريين ملهمش أمان",
    "الهنود عديمي الشرف",
    "الفلسطينيين ناكرين الجميل",
    "اليمنيين ما عندهم تاريخ ولا حضارة",
    "السودانيين ما عندهم كرامة",
    "الدروز ما لهم ذمة",
    "النسوان قليلات عقل ودين",
])
def test_ar_a_group_said_to_lack_manners_or_honour(det, text):
    assert CLAIM in rules(det, "ar", text)


@pytest.mark.parametrize("text", [
    "اللاجئين ما عندهم امان في المخيمات",  # safety they lack is what they suffer
    "اللاجئين ما عندهم بيوت ولا شغل",
    "اليزيديين عندهم تاريخ طويل في سنجار",
    "الأكراد ما عندهم دولة حتى الآن",
])
def test_ar_what_a_group_lacks_or_has_told_without_a_claim(det, text):
    assert "abuse" not in found(det, "ar", text)


def test_ar_whoever_says_it_does_not_know_them(det):
    assert "abuse" not in found(det, "ar", "من يقول إن السوريين قليلين أدب لا يعرفهم")
    assert CLAIM in rules(det, "ar", "السوريين قليلين أدب، أنا أعرفهم")
