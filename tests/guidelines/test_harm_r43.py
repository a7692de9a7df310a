"""Mechanisms from the forty-third round (tests/guidelines/probes/ar_r43.tsv, 2026-12-02: Arabic calls to
exclude a people or a faith written afresh, with news of deportation and return as contrasts), tested in other
words than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, abuse", [
    ("يجب منع السوريين من فتح المحلات", True),  # "must be banned from", beside a group
    ("اللاجئين خليهم يفلوا من هون", True),  # the Levantine "let them clear off"
    ("سكروا الحدود بوجه الأفغان", True),  # borders closed in a people's face
    ("كل مصري بالحي يرجع لبلده", True),
    ("يجب منع التجول في المدينة الليلة", False),  # a curfew: no group
    ("أغلقت السلطات الحدود بسبب العاصفة", False),  # news, no call
])
def test_arabic_calls_to_exclude(det, text, abuse):
    assert ("abuse" in found(det, "ar", text)) == abuse, text
