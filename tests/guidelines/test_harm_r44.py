"""Mechanisms from the forty-fourth round (tests/guidelines/probes/fa_r44.tsv, 2026-12-02: Persian homophobia
and transphobia written afresh, with news, support and counter-speech as contrasts), tested in other words
than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, abuse", [
    ("خدا لعنت کنه این لزبین‌ها رو", True),  # God's curse on a group
    ("گی‌ها رو باید از جامعه جمع کرد", True),  # rounded up from society
    ("لزبین‌ها رو باید فرستاد تیمارستان", True),  # sent to the asylum
    ("خدا لعنت کنه این جنگ رو", False),  # a curse on the war: no group
    ("پلیس معتادها را از پارک جمع کرد", False),  # news, and no identity group
])
def test_persian_homophobia_and_transphobia(det, text, abuse):
    assert ("abuse" in found(det, "fa", text)) == abuse, text
