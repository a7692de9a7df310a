"""Mechanisms from the eighteenth English round (tests/guidelines/probes/en_r18.tsv, 2026-12-01: sexual
remarks, sexist tropes, veiled and disguised threats, group abuse after a denial): each with comments
that need it, in other words than the probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("en")
rules = rules_in("en")


@pytest.mark.parametrize("text", [
    # a clause with its own subject after a comma is out of the negation's reach
    "Yazidis are not people, they are vermin",
    "Kurds aren't a nation, they're a plague on this region",
    "Arabs are no neighbours, they are parasites",
])
def test_abuse_after_a_denied_clause(det, text):
    assert found(det, text).get("abuse") == 2, text


@pytest.mark.parametrize("text", [
    "Kurds are not animals, they are people like us",
    "Refugees are not criminals, they are victims of war",
    "Women are not weak, they are the backbone of this town",
    "Nobody, and I mean nobody, should kill a journalist",
])
def test_denials_still_deny(det, text):
    f = found(det, text)
    assert "abuse" not in f and "threat" not in f, (text, f)


@pytest.mark.parametrize("text", [
    # an imperative read from the first word of its phrase
    "String up every one of those ministers",
    "Just string up the lot of those judges",
    # the verb apart from its phrase, the person between them
    "Somebody should run that mayor over with a car",
    "Someone needs to drive the editor over with a bus",
    # bullets counted into a head
    "I'll put two in your head if you come to the march",
    "gonna put one in his skull",
    # the addressee's bus stop
    "We know your bus stop, reporter",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Strung up, that was how the villagers found him",
    "Shot in the head, the guard died on the way to hospital",
    "The mob strung up the thief, police said",
    "The convoy ran the aid over with a truck to the camp",
    "I'll put two in the basket for the bake sale",
    "I know your shift ends late, take a taxi home",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Nice car. Shame if your car got torched one night",
    "Lovely house you have. It would be a pity if your house was burned",
])
def test_a_supposed_harm_to_what_is_yours(det, text):
    assert ("threat", "veiled warning") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "Shame that your house was bombed by the army, I'm so sorry",
    "The fire burned the school, a tragedy for the village",
    "What a pity your car was stolen",
])
def test_sympathy_is_no_veiled_warning(det, text):
    assert ("threat", "veiled warning") not in rules(det, text), text


@pytest.mark.parametrize("text", [
    "I'd like to get her alone in a hotel room",
    "That presenter got her job on her knees",
    "The minister's aide takes it up the backside, obviously",
    "All she is good for is spreading her legs",
    "Her skirt is so short today, the cameraman must be happy",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "A female pilot? She must be on her period if she thinks she can fly",
    "Women can't be judges, too hormonal",
    "She'll lead for a week before she cries and resigns",
])
def test_sexist_tropes(det, text):
    assert found(det, text).get("abuse") == 2, text


@pytest.mark.parametrize("text", [
    "The prime ministers met the PMs of three other countries",
    "Period poverty keeps girls out of school, the charity says",
    "She cried at the memorial for her brother",
])
def test_sexism_contrasts(det, text):
    assert "abuse" not in found(det, text), text
