"""Mechanisms from the thirty-ninth round (tests/guidelines/probes/fa_r39.tsv, 2026-12-02: Persian sweeping
claims about women, gay people and peoples written afresh without slurs, with contrasts), tested in other
words than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, abuse", [
    ("زن‌هایی که شب بیرون می‌رن بی‌آبرو ان", True),  # disgraceful, said of a group
    ("گی‌ها فقط دنبال جلب توجه‌ان", True),  # attention-seeking
    ("کردها کله‌پوکن", True),  # empty-headed
    ("ارمنیا فقط به پول فکر می‌کنن", True),  # "only think of money"
    ("اگه این کتابا رو بخونی گمراه میشی", False),  # you will go astray: advice, no group
    ("زن‌ها برای حقوق برابر به خیابون اومدن", False),
])
def test_persian_sweeping_claims_about_a_group(det, text, abuse):
    assert ("abuse" in found(det, "fa", text)) == abuse, text
