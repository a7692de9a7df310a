"""Mechanisms from the twenty-seventh English round (tests/guidelines/probes/en_r27.tsv, 2026-12-01: doxxing
and intimidation, calls for violence and threats to the region's groups in the English of a Kurdish-region
outlet's readers; contrasts from news, counter-speech and friendly comments): each in other words than the
probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # bodies sent back in bags; a mouth shut or a person silenced for good; the bones of; a duty on every man
    "We will ship these Turks home in plastic bags, wallah",
    "Someone should shut that cleric's mouth for good",
    "Somebody must silence this traitor forever",
    "We need to break the bones of every Arab in the village",
    "It is the duty of every one of us to shoot the traitors",
    # the region's massacres as a treatment; weapons that speak; a bounty on a head
    "These Turkmen deserve the Halabja treatment",
    "Enough meetings, let the guns speak in Kirkuk",
    "Bring me the head of that presenter and I will reward you",
    # coordinated participles: the mood before the first reaches the violent one
    "Those apostates should be caught and stoned in the square",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The soldiers came home in coffins in 1991, my uncle was one of them",
    "The minister told the press to shut their mouths about the budget",
    "The doctor said the bones of his leg will heal in a month",
    "It is the duty of every citizen to vote on Sunday",
    "The Halabja survivors still need treatment for their lungs",
    "When the guns fell silent the farmers went back to their fields",
    "Bring me the head of the department, I have a question about my salary",
    "The two men were arrested and beaten by the police, the lawyers say",
    "We'll see the minister get criticised and attacked in the debate",
])
def test_threats_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a third person's details with a call to whoever wants them, or the job left to others
    "The judge lives in the villa next to the Rotana, for whoever wants to visit him",
    "I sent the blogger's home location to the brothers, now it is up to them",
])
def test_doxxing_with_a_call(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the speaker's own kin's routine past the addressee's place; a greeting sent to someone else
    "Our kids take the bus every morning past your shop, they love your fresh samoon",
    "My daughter walks past your shop every evening, she says your bread is the best, say hello to the baker"
    " from us",
])
def test_doxxing_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Say hello to your daughter from us",
    "Your wife walks to the market every morning, we noticed",
])
def test_doxxing_still_found(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the sayer of a group's abuse told to have forgotten
    "Those who call the Ezidis devil worshippers forget that they sheltered us in 1991",
    "People who say Arabs must leave Kirkuk ignore that their grandfathers were born here",
])
def test_sayer_forgets_counters(det, text):
    assert "abuse" not in found(det, text), text
