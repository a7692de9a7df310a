"""The hundred-and-eighteenth round: criticism of states and officials (test_group_grid.py's ptune half) -- an
event answered for is named, not wished."""
import pytest

from .harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "Syrian officials must answer for the massacre."),
    ("en", "I pray for the dead and their families."),
    ("tr", "İran yetkilileri katliamın hesabını vermeli."),
    ("fa", "مقامات سوریه باید پاسخگوی کشتار باشند."),
])
def test_an_event_answered_for_is_no_threat(det, lang, text):
    assert found(det, lang, text).get("threat") is None


def test_a_killing_still_wished_is_one(det):
    assert found(det, "en", "We should go for the killing of Syrians").get("threat") == 2
