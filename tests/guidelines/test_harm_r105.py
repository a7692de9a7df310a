"""The hundred-and-fifth round: Arabic "ما بدنا" (we don't want) is an exclusion beside a people."""
import pytest

from tests.guidelines.harm_helpers import rules


@pytest.mark.parametrize("text", [
    "ما بدنا لاجئين أفغان بحارتنا",
    "ما بدنا سوريين بالبلد",
    "مانبي سوريين بالبلد",  # one word, a negation and a refusal both
])
def test_we_dont_want_a_people(det, text):
    assert ("abuse", "exclusion") in rules(det, "ar", text)


def test_we_dont_want_to_kill_is_still_negated(det):
    found = rules(det, "ar", "ما بدنا نقتل حدا")
    assert ("negated", "negated") in found
    assert not any(clause == "threat" for clause, _ in found)
