"""Mechanisms from the nineteenth English round (tests/guidelines/probes/en_r19.tsv, 2026-12-01: calls
for violence and threats against people in the news and the region's groups, obfuscated threats,
sexism and sexual remarks, contrasts): each in other words than the probe's lines, and contrasts it
must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("en")
rules = rules_in("en")


@pytest.mark.parametrize("text", [
    # a beating verb apart from its lethal end, the person between them (_EN_BEAT)
    "Someone ought to stone that cleric to death",
    "Just kick the spokesman until he stops breathing",
    "Somebody should choke that blogger until he is dead",
    "Grab the councillor and punch him till he stops moving",
])
def test_beaten_to_a_lethal_end(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "They beat him to death in 1991, the report says",
    "I would never beat anyone to death",
    "The media will beat this story to death",
    "Beat the eggs until the foam dies down",
    "Beat the dough until it stops sticking",
    "We will beat Duhok until they beg for mercy on the pitch",
])
def test_beating_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a departure demanded with the legs it will cost
    "Turks, get out while you still have legs",
    "Refugees should go home while they are still breathing",
    "Clear out while you are still in one piece, journalist",
    # "they have been warned" ending its sentence
    "Stay out of Zakho. They have been warned.",
    "Nobody from that paper sets foot in our town again. Consider yourselves warned.",
])
def test_departures_and_warnings(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Go while you can still walk, the trail gets hard after noon",
    "Leave while you still can, the sale ends Friday",
    "The protesters have been warned, police said",
    "They have been warned about the floods several times this week",
])
def test_departure_and_warning_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a person's home or routine known by the speaker, in the third person (rule 2b-en)
    "I know where the governor lives",
    "We know where that judge prays every Friday",
    "We found out where the presenter sleeps",
])
def test_a_persons_place_known(det, text):
    assert ("threat", "intimidation") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "Police know where the suspect lives",
    "I don't know where he lives anymore",
    "I know where he works, at the bakery near my house",
    "I know where my brother parks",
    "Does anyone know where the minister lives",
])
def test_place_known_contrasts(det, text):
    assert ("threat", "intimidation") not in rules(det, text), text


@pytest.mark.parametrize("text", [
    "Women exist only to serve their husbands",
    "Syrian women are baby factories",
    "Women were born to obey, not to vote",
    "Arab girls are all easy",
])
def test_sexist_tropes(det, text):
    assert found(det, text).get("abuse") == 2, text


@pytest.mark.parametrize("text", [
    "Women only exist to make the world a better place, says my mother",
    "Kurdish girls are all easy to spot in their colourful dresses at Newroz",
    "The questions were all easy",
    "Women were made to lead, this election proves it",
])
def test_sexism_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "That weather girl has a mouth made for more than forecasts",
    "I'd bang the new weather girl",
    "What an ass on that girl in the second photo",
    "His assistant is servicing him in the office, obviously",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "I'd smash that exam if I studied",
    "The mechanic will service the car on Monday",
    "The museum was made for families",
])
def test_sexual_remark_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text
