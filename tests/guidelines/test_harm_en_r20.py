"""Mechanisms from the twentieth English round (tests/guidelines/probes/en_r20.tsv, 2026-12-01: personal
attacks without the usual insult words, untargeted profanity in new forms, sales copy without links,
threats in conditionals and questions, doxxing, and contrasts): each in other words than the probe's
lines, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines import detectors
from newsroom.guidelines.normalise import normalise_base_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("en")
rules = rules_in("en")


@pytest.mark.parametrize("text", [
    # a simile of a person's brains or spine (an INSULT token: it needs a person beside it)
    "That columnist has the brains of a potato",
    "The spokesman has the backbone of a wet noodle",
    "You have the personality of a doorknob",
    # how the person acts, likened
    "The MP shouts like a spoiled brat every session",
    "You repeat the party line like a trained parrot",
    "The governor is about as useful as a screen door on a submarine",
    # sarcasm at the writer's schooling and competence; a party hack
    "The editor obviously never went to school",
    "Did your mom write this for you?",
    "Another fine piece from a regime hack",
    # an insult followed by "like you"
    "Only a coward like you would write that",
])
def test_attacks_without_the_usual_words(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "I have the memory of a goldfish these days",
    "The dog has the brains of a genius, he opens the door himself",
    "They treated the refugees like a burden",
    "The bridge is about as old as the city itself",
    "My grandfather never finished school and built a business anyway",
    "Here's a life hack for the power cuts: charge everything at night",
    "Hackers got into the ministry's database again",
    # a clown who performs; a quoted name-calling told as someone else's habit
    "We hired a clown for my son's birthday party",
    "Those who label every critic a 'traitor' are afraid of debate",
    # a thing's failure, after "has been"
    "The response to the floods has been pathetic and the minister must answer for it",
])
def test_attack_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "I call him a 'clown' and I stand by it",
    "Those who call him a 'clown' are right",
    "The mayor is a clown, kids laugh at him",
    "The minister has been incompetent and should go",
])
def test_attacks_the_contrasts_leave(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "ffs, another power cut in Duhok",
    "What a clusterfuck this budget process is",
])
def test_new_profanity(det, text):
    assert "profanity" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a death foretold for a date, with its subject
    "Keep talking and you won't live to see the morning",
    "She will not live to see the verdict, mark my words",
    # a visit at night; the addressee's family visited
    "Maybe the boys should give that blogger a late night visit",
    "We might pay your parents a visit soon",
    # what the addressee keeps, asked
    "Let's see how long he keeps his tongue after this",
    # the end of the last one like him
    "You'll end up like the last reporter who tried this",
    # the addressee's property in flames, a bullet through a window
    "Another word and your shop goes up in flames",
    "How about a brick through your windscreen, hero?",
    "Someone should finish what the Baath started in Halabja",
])
def test_threats_in_conditions_and_questions(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "My grandmother won't live to see the new bridge opened, she says",
    "We paid grandma a visit on Friday",
    "Old buildings can go up in flames if the wiring is bad",
    "The sniper put a bullet through a window of the hotel, witnesses said",
    "Daesh started the war in 2014 and the coalition finished it",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a third person's details posted with a call to the readers (rule 2b-en')
    "Her home address is in the description, you all know what to do",
    "The judge's phone number is 0750 111 2233, so all of you can tell him what you think",
    "His wife drives a red Kia, everyone should know that",
    "This is where the editor's son goes to school, do what you like with it",
])
def test_details_posted_with_a_call(det, text):
    assert ("threat", "intimidation") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "My car broke down on the Erbil road again, you know what to do",
    "Your phone number is on the form, you know what to do",
    "The ministry's address is on its website, everyone should know that",
    "If the tap drips, you know what to do: call a plumber",
])
def test_posted_details_contrasts(det, text):
    assert ("threat", "intimidation") not in rules(det, text), text


def _phrases(text):
    return [r for r in detectors.find(normalise_base_text(text)) if r[0] == "phrase"]


@pytest.mark.parametrize("text", [
    "Claim your free bet on tonight's derby, sign up today",
    "Buy real followers for your page, cheapest in Erbil",
    "Loans for everyone without a guarantor, message me",
    "Our trading bot made 40% this month, limited places",
])
def test_sales_without_a_link(text):
    assert _phrases(text), text


@pytest.mark.parametrize("text", [
    "The Peshmerga have the best odds of holding the line, analysts say",
    "The club lost followers after the scandal",
    "The bank's loan rules changed this month",
])
def test_sales_contrasts(text):
    assert not _phrases(text), text
