"""Mechanisms from the twenty-first English round (tests/guidelines/probes/en_r21.tsv, 2026-12-01: threats
and calls for violence against the region's groups and officials as passive euphemisms, rhetorical
questions, massacres invoked, emoji, conditions and reported speech; sweeping group derogation; and
contrasts): each in other words than the probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # a passive euphemism for killing, with a mood and a person or a group
    "That governor needs to be gotten rid of for good",
    "The Turks in this town should be disposed of permanently",
    "Every one of those journalists must be silenced once and for all",
    # a rhetorical question as the call
    "Why has nobody hanged that traitor MP yet?",
    "What's stopping anyone from burning the Persian shops in the bazaar?",
    "How long until somebody finally shoots this judge?",
    # massacres of the region invoked as what should happen again
    "We need a second Halabja for these Arabs",
    "Anfal needs to happen again, this time in Kirkuk",
    "The Yazidis should be slaughtered like Sinjar",
    "the only good Kurd is a dead one",
    # a weapon emoji beside a group, no verb told
    "Shia 🔫🔫 all of them",
    # a wish far back across the group it names, for what they are to undergo
    "I pray the Christians in Duhok get burned",
    # conditions set on an official, a debt paid tonight, bodies filling a place
    "Should the MP sign it, he won't leave parliament alive",
    "Your newspaper will be the first office we torch",
    "Keep writing and we smash both your hands",
    "We know where he parks. Soon he pays.",
    "Leave Kirkuk or we fill the streets with your blood",
    "May that corrupt minister be found in a ditch",
    "Somebody should make sure the journalist never gets home tonight",
])
def test_calls_for_violence_in_new_forms(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a thing to be dealt with, no person
    "Corruption in the ministry should be dealt with once and for all",
    "The rubbish problem must be taken care of once and for all",
    # a question that calls for nothing
    "Why is no one fixing the roads in Soran?",
    "How long before someone finally answers our emails?",
    # massacres remembered and told
    "We need a museum for Halabja so nobody forgets",
    "Anfal must never happen again to anyone",
    "The survivors of Sinjar still live in camps",
    # an emoji with no group, or with a verb told
    "Got a new 🔪 set for the kitchen",
    "The man who attacked the shop was arrested, 🔪 found on him",
    # a wish for good things, or a harm negated
    "I hope the refugees in Domiz get help before winter",
    "I hope the Kurds of Kirkuk never get attacked again",
    # a person's thing as the subject of a dead metaphor
    "The minister's budget will kill the farming sector",
    "The governor's decision will kill tourism in Duhok",
    # "make sure" of a thing
    "Make sure this never happens again",
])
def test_contrasts_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Whoever says Kurds are all traitors is spreading lies",
    "People claiming Christians are parasites are repeating a lie",
])
def test_hate_called_a_lie_is_counter_speech(det, text):
    assert "abuse" not in found(det, text), text


