"""Mechanisms from the forty-first round (tests/guidelines/probes/ar_r41.tsv, 2026-12-02: Arabic
counter-speech written afresh, with the claims it rejects asserted as contrasts), tested in other words than
the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, abuse", [
    ("المهاجرون الأفارقة غزاة", True),  # invaders, said of a group
    ("هؤلاء الأجانب يسرقون بلادنا", True),  # "they steal our country"
    ("الغزاة المغول دمروا بغداد سنة 1258", False),  # history: invaders named, no group of today
])
def test_arabic_invaders_said_of_a_group(det, text, abuse):
    assert ("abuse" in found(det, "ar", text)) == abuse, text


@pytest.mark.parametrize("text", [
    'أن تقول "ارجعوا لبلادكم" للاجئين أمر لا مبرر له',
    'أن يقال للاجئين "ارحلوا" قسوة لا تبرير لها',
])
def test_arabic_quoted_exclusion_rejected_without_justification(det, text):
    f = found(det, "ar", text)
    assert "counter" in f and "abuse" not in f, (text, f)
