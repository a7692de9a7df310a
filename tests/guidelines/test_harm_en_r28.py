"""Mechanisms from the twenty-eighth English round (tests/guidelines/probes/en_r28.tsv, 2026-12-01:
identity-based abuse said by a claim rather than a slur, fresh and veiled threats, and doxxing with no verb of
knowing, in the English of a Kurdish-region outlet's readers; contrasts from identity told plainly,
counter-speech, news and criticism of states and parties): each in other words than the probe's lines, and
contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # growth as mould or fungus; a people still in the stone age; without shame or honour; a nation denied
    "Afghans are spreading like fungus through every street of Duhok",
    "Arabs are still in the stone age, look at their villages",
    "Alevis are a people without honour, everyone in Dersim says so",
    "Assyrians were never a nation, only a church with a flag",
    # guests for ever; the two-faced trope; what a group can't make of anything; madmen
    "Syrians must stay guests forever and get no say here",
    "Turks smile in your face and laugh at you when you leave",
    "Persians cannot build anything without stealing it from us",
    "Shia are madmen with chains on their backs",
    # what follows a group wherever it goes
    "The Roma by the river in Zakho, dirt follows them into every street",
    # the group taken up by "they" or "a people of" beyond its reach in its sentence
    "The Roma came to the camp in Duhok with nothing in their hands and now they are a plague on the"
    " district",
    "Armenians talk about 1915 at every dinner and every football match, a people of beggars and liars",
    # a claim that names the group by "their", anywhere after it in the sentence
    "The Shabak in the villages east of Mosul got every kind of aid since 2017 and wasted every dinar,"
    " it is in their nature",
    # a man in a dress still a man; a woman's brain made for the house
    "Men in dresses are still men and always will be",
    "A woman as a judge in Erbil? Her brain was made for the kitchen",
])
def test_abuse_by_claim(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a state, not its people; a removal at the ballot box; the doer of an act on a group
    "The Turkish government is a plague on its own people",
    "The Iranian regime is a cancer for the whole region",
    "All the Arab ministers should be thrown out at the ballot box in May",
    "Assad was a plague for ten years, bombing Syrians in their beds",
    # a pronoun after "if" is no take-up; a Kurd's nature praised is no stone age
    "Syrians came to Erbil in 2013 and if they think the rent is a problem they should talk to the landlord",
    "Yazidi children in the camps are learning about the stone age at school this month",
    "Kurds are a nation of poets and mountains",
    "The Afghan families say trouble follows them from one border to the next, the smugglers take everything",
])
def test_abuse_left_alone(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a death made ready for; a harm foretold for those who speak like the addressee
    "Any journalist writing this should make sure his affairs are in order",
    "That editor should put his will in order before the next issue",
    "Women who speak like her get hurt in this town",
    "Journalists who talk like you dont live long in Kirkuk",
    # the manner of leaving, with its mood from the going verb or a meeting supposed
    "If we catch that blogger in Sulaymaniyah he goes home on a stretcher",
    "The mayor will leave the town in an ambulance, I promise",
    # a routine told to the minute with a word aimed at its owner
    "Your son's school bus stops at the corner at 7:15. Be careful.",
    "The blue Kia with the Duhok plates leaves the office at 6:45, an easy target, Mr reporter",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The will of the people is in order, the referendum was clear",
    "She left the stadium on a stretcher after the tackle, get well soon",
    "The school opens at 8:30 every morning, be careful with the traffic on 100 Meter road",
    "Mr journalist, your article said the office opens at 8:30 but it was closed",
    "My office opens every day at 9:00, be careful, the parking is full",
    "People who write like this get published in the big papers",
])
def test_threats_left_alone(det, text):
    assert "threat" not in found(det, text), text
