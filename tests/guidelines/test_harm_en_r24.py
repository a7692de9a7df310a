"""Mechanisms from the twenty-fourth English round (tests/guidelines/probes/en_r24.tsv, 2026-12-01: calls
for violence and threats to groups in new phrasings; contrasts from news, counter-speech and idioms): each
in other words than the probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # a knife in the neck or throat; mowing down still to come; dead counted; nobody left breathing
    "Keep talking and you get a blade in your throat",
    "Touch our land and you will get mowed down at the checkpoint",
    "Soon those councillors will be burying their dead, I promise you",
    "After Friday none of those settlers will still be breathing",
    "Take the traitors to the square and line them up against the wall",
])
def test_threat_new_stock_phrases(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the betrayal idiom, the news's past passive, a wall leaned on
    "The minister put a knife in the back of his own party",
    "Witnesses said the marchers were mowed down by a truck in 2014",
    "My back was up against the wall after the bank refused the loan",
    "The patient was still breathing when the ambulance arrived",
])
def test_threat_new_stock_phrases_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a limb's penalty promised; street weapons to bring
    "Any thief caught in our market gets his fingers chopped off",
    "Whoever insults the sheikh is getting his tongue cut off",
    "Tomorrow at the square, bring your bats and finish them",
])
def test_threat_limb_penalty_and_weapons(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # an accident, a sport, a recipe
    "Be careful with that saw or you could lose a finger",
    "Training is at six, bring your boots and water",
    "Cut off the ends of the beans before you cook them",
])
def test_threat_limb_penalty_left_alone(det, text):
    assert "threat" not in found(det, text), text
