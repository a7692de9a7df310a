"""The fifty-ninth round (2026-12-03): hate framed as the commenter's own opinion is the commenter's own
("I think Muslims are disgusting", "فکر میکنم مسلمونا کثیفن"): a verb of thinking or saying whose subject is
the commenter reports nothing (harm.py: own_saying; the Persian SAY phrase no longer takes the first person);
another's opinion told and judged is counter-speech, now in Turkish too ("Amcam eşcinsellerin iğrenç
olduğunu düşünüyor, bu beni üzüyor": tr_opinion_judged)."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "I think Yazidis are disgusting"),
    ("en", "We honestly believe Afghans are disgusting"),
    ("en", "I say Persians are disgusting"),
    ("fa", "فکر میکنم ایزدیا کثیفن"),
])
def test_the_commenters_own_opinion_is_abuse_not_counter_speech(det, lang, text):
    f = found(det, lang, text)
    assert "abuse" in f and "counter" not in f


@pytest.mark.parametrize("lang, text", [
    ("en", "People who think Yazidis are disgusting should be ashamed"),
    ("tr", "Dedem Ezidilerin pis olduğunu düşünüyor, bu çok üzücü"),
    ("fa", "بابام فکر میکنه ایزدیا کثیفن و این ناراحتم میکنه"),
])
def test_anothers_opinion_told_and_judged_is_counter_speech(det, lang, text):
    f = found(det, lang, text)
    assert "counter" in f and "abuse" not in f


@pytest.mark.parametrize("text", [
    "Ezidilerin pis olduğunu düşünüyorum",  # the commenter's own
    "Ezidilerin pis olduğunu düşünüyor",  # another's, not judged
])
def test_a_turkish_opinion_owned_or_not_judged_stays_abuse(det, text):
    assert "abuse" in found(det, "tr", text)


def test_the_scorer_flags_hate_said_as_an_opinion(model):
    result = model.score([{"text": "I think Muslims are disgusting"}])[0]
    assert result["violation"] >= 0.5 and result["categories"]["abuse"] >= 0.5
