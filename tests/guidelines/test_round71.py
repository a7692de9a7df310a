"""The seventy-first round (2026-12-04): Arabic sexual remarks that dwell on a woman's body ("عم فكر بصدرها
طول النشرة": imagining or thinking as desire, her "ها" on the body part naming her) and requests for photos
of the addressees' bodies ("ابعتوا صور صدوركم"); and, in model._attribute, a strong finding that alone carries
a comment over 0.5 makes its clause as likely as the violation (test_round65 has the arithmetic)."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("ar")


@pytest.mark.parametrize("text", [
    "عم فكر بصدرها طول النشرة",
    "بنات بغداد ابعتوا صور صدوركم",
])
def test_a_body_dwelt_on_or_asked_for_is_vulgar(det, text):
    assert "vulgarity" in found(det, text)


@pytest.mark.parametrize("text", [
    "النساء يحتجن فحص الثدي كل سنة",
    "عم فكر بالخبر طول النشرة",
    "صور صدرت اليوم من المخيم",
    "المذيعة قدمت النشرة بثقة",
])
def test_bodies_thoughts_and_photos_told_are_not(det, text):
    assert "vulgarity" not in found(det, text)


def test_a_violation_carried_by_a_sexual_remark_names_vulgarity(model):
    r = model.score([{"text": "عم فكر بصدرها طول النشرة"}])[0]
    assert r["violation"] >= 0.5
    assert r["categories"]["vulgarity"] == r["violation"]
