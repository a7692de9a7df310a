"""Mechanisms from the thirty-eighth round (tests/guidelines/probes/ar_r38.tsv, 2026-12-02: Arabic identity
abuse phrased as a question or an opinion, with contrasts in the same words), each tested in other words than
the probe line that found it."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text", [
    "ليش العرب عنيفين لهالدرجة؟",  # "violent", said of a group in a question
    "برأيي الغجر أقل ذكاء من غيرهم",  # "less intelligent", as an opinion
])
def test_a_sweeping_claim_asked_or_opined_is_abuse(det, text):
    assert "abuse" in found(det, "ar", text), text


def test_why_a_group_leaves_is_a_question_not_a_call(det):
    assert "abuse" not in found(det, "ar", "ليش العراقيين يطلعون من تركيا هالسنة؟")


def test_a_call_after_a_question_is_still_a_call(det):
    # the question is its own sentence; the call after it is read as one
    assert "abuse" in found(det, "ar", "ليش ساكتين؟ اطردوا السوريين من البلد")
