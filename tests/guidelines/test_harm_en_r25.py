"""Mechanisms from the twenty-fifth English round (tests/guidelines/probes/en_r25.tsv, 2026-12-01: threats
without a violent verb and identity abuse in the English of a Kurdish-region outlet's readers, "wallah",
"inshallah", "khalas"; contrasts from news, idioms and counter-speech): each in other words than the
probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # the addressee's last feast; the body washed or identified by kin; kin told to take leave
    "Wallah, this will be your last Ramadan, traitor",
    "Enjoy the cake, that is your last birthday",
    "Keep lying and your wife will have to identify your body",
    "Your brothers are going to bury your corpse in the valley",
    "Go home and kiss your children goodbye",
    "Better tell your mum to say goodbye tonight",
])
def test_threat_last_feast_body_farewell(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a feast that goes on into a role or a place; hygiene; a farewell at an airport
    "This is your last Christmas as a bachelor, enjoy it",
    "That is your last Eid in Germany before you move home",
    "Wash your body and hands after spraying the fields",
    "We went to the airport to say goodbye to our cousins",
])
def test_threat_last_feast_body_farewell_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # blood declared lawful; thrown from the roofs, called for; a group's homes known
    "Anyone who insults the prophet, his blood is permitted",
    "Those apostates, their blood is lawful for every believer",
    "People like that should be thrown off the tall buildings",
    "They must all be thrown from the rooftops, it is the only way",
    "We already know their addresses, so they should think twice",
])
def test_threat_blood_roofs_homes(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the news's past; a wedding's photos; a roof repaired
    "In 2015 ISIS threw men from the roofs of Raqqa and filmed it",
    "We have their photos from the graduation, everyone looks happy",
    "The old tiles were thrown from the roof by the workers on Monday",
])
def test_threat_blood_roofs_homes_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # not walking home on one's own legs; not waking up; a lesson remembered; coffins to come;
    # heads taken; the road known; no one to save the addressee "now"; a name on the list
    "You won't leave this village on your own feet, I promise",
    "Sleep well Mr Editor, you will not wake up",
    "Touch our flag and they will never wake up",
    "We will teach him a lesson he will never forget",
    "The invaders will go back in body bags",
    "They will return home in boxes, all of them",
    "Next time you come you leave without your head",
    "I know which route you drive every morning",
    "Nobody will save you this time",
    "Be careful habibi, your name is now on our list",
])
def test_threat_veiled_more(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a patient, a late sleeper, a request to call, a report of coffins, a voters' list, a rescue
    "The doctors say they will not wake up for another week",
    "You will not wake up before noon after that party",
    "Let me know when you leave work and I will call",
    "In 1991 many soldiers came home in coffins",
    "Please check your name is on the list of voters at the school",
    "No one can save you from a bad contract, read it first",
])
def test_threat_veiled_more_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # blood-sucking ticks; the Arabic slur in Latin letters; "they are a shame" as the group's predicate
    "Migrants are bloodsuckers living on our taxes",
    "The Roma are ticks on the body of this city",
    "Look at these khawals walking in the bazaar",
    "Atheists are vermin, they are a shame for this country",
])
def test_abuse_new_terms(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # who says the hate, denied after it; the players of a match
    "Who says Kurds are backward has never been to Sulaymaniyah",
    "Whoever calls Arabs dirty never ate at an Arab house",
    "Our goalkeeper will destroy them on Friday inshallah",
])
def test_counter_and_match_left_alone(det, text):
    f = found(det, text)
    assert "abuse" not in f and "threat" not in f, text


@pytest.mark.parametrize("text", [
    # ... but the sayer agreed with is no counter
    "Whoever says Turkmen are snakes is not exaggerating, they are snakes",
])
def test_who_says_agreed_still_found(det, text):
    assert "abuse" in found(det, text), text
