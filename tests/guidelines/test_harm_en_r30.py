"""A mechanism from the thirtieth English round (tests/guidelines/probes/en_r30c.tsv, 2026-12-02: friendly
lines that reuse the words of veiled threats): a visit to the addressee's office or home whose purpose,
said after it, is to thank or congratulate is no intimidation. In other words than the probe's line, and
the visits it must still read as threats."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    "I will visit your office next week to thank you for covering our village",
    "We visited your office in Duhok to say thanks for the flood reports",
    "Someday I'll visit your house to congratulate your family on the award",
])
def test_a_visit_to_thank_is_no_threat(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "I will visit your office next week, you know why",
    "We will visit your house at night, traitor",
    "I'll visit your office to teach you a lesson",
    "We know your office, we will visit it soon",
])
def test_a_visit_without_thanks_stays_a_threat(det, text):
    assert "threat" in found(det, text), text
