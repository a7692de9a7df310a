"""The seventy-ninth round (2026-12-04), English claims that a people has no manners, culture, loyalty or
decency ("Immigrants have no manners", "Muslims lack basic decency", "Turks have zero class"): the virtues the
Arabic, Persian and Turkish rounds listed, in English (_EN_VIRTUES); not a history or a sense alone."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "Immigrants have no manners",
    "Arabs have no culture and no history",
    "Kurds have no loyalty to anyone",
    "Women have no sense of direction",
    "Refugees have no respect for our laws",
    "Muslims lack basic decency",
    "Turks have zero class",
    "Women have no common sense",
])
def test_en_a_people_said_to_have_no_manners_or_decency(det, text):
    assert CLAIM in rules(det, "en", text)


@pytest.mark.parametrize("text", [
    "Refugees have no homes to return to",
    "The Yazidis have no state of their own",
    "Afghan women have no rights under the Taliban",
    "Kurds in Kirkuk have no sense of security",
    "Women have no history of leadership in this party",
    "The government has no respect for refugees",
    "Who says Arabs have no culture? Read their poetry",
])
def test_en_what_a_people_lacks_told_without_a_claim(det, text):
    assert "abuse" not in found(det, "en", text)
