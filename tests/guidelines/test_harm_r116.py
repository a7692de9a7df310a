"""The hundred-and-sixteenth round: history, pleas and testimony (test_group_grid.py's htune half) -- a plea
to stop the act, and Arabic "must not"."""
import pytest

from .harm_helpers import found, rule_names


@pytest.mark.parametrize("lang, text", [
    ("en", "Stop killing Yazidis!"),
    ("en", "End the killing of refugees now"),
    ("ar", "أوقفوا قتل السوريين"),
])
def test_a_plea_to_stop_is_counter_speech(det, lang, text):
    assert {"counter", "negated"} <= rule_names(det, lang, text)
    assert found(det, lang, text).get("threat") is None


def test_the_plea_denied_is_not(det):
    assert "counter" not in rule_names(det, "en", "Don't stop killing Yazidis")


def test_must_not_is_a_negation(det):
    assert found(det, "ar", "يجب ألا يقتل السوريين مرة أخرى").get("threat") is None
    assert found(det, "ar", "يجب أن يقتل السوريين").get("threat") == 2


@pytest.mark.parametrize("text", ["In the end killing Yazidis is the only way", "In the end, stop"])
def test_end_as_a_noun_is_no_plea(det, text):
    # (read back after the round) "end" pleads only where an imperative stands
    assert "counter" not in rule_names(det, "en", text)


def test_a_plea_after_please(det):
    assert "counter" in rule_names(det, "en", "Please, stop the killing of Yazidis")
