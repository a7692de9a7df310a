"""Mechanisms from the seventeenth English round (tests/guidelines/probes/en_r17.tsv, 2026-12-01: threats
in new phrasings, sexual remarks about a woman on screen, counter-speech and a thing called names): each
with comments that need it and contrasts it must leave alone. The comments here are variants of the
probe's, not its lines."""
import pytest

from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # burial as the act
    "Someone should put that governor in the ground",
    "I hope the editor ends up six feet under",
    "The author deserves to go home in a body bag",
    # teeth knocked in, bones broken
    "If I see that reporter he's getting his teeth knocked in",
    "I will knock your teeth out next time you write this",
    "Somebody should break his legs for that article",
    # minutes alone with someone
    "Give me five minutes alone with the minister",
    "I want ten minutes alone with that presenter and a bat",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The farmers put the seeds in the ground early this year",
    "Gunmen killed the guards and buried them in the ground, police said",
    "She spent five minutes alone with the minister asking about the budget",
    "He got his teeth fixed last week",
    "Nobody should break anyone's legs over an article",
])
def test_not_threats(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "That presenter has a body made for the bedroom",
    "I'd bend her over and show her the real news",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a prefix of a vulgar word inside an ordinary one: cockroach, cocktail, cockpit, prickly
    "The pilot stayed in the cockpit for hours",
    "We had a cocktail after the conference",
    "It is a prickly subject for the government",
])
def test_ordinary_words_are_not_vulgar(det, text):
    assert "vulgarity" not in found(det, text), text


def test_counter_speech_quoting_a_dehumanising_word_is_counter_speech(det):
    # "cockroaches" used to read as vulgar (cock*), which made the rejection of it a violation
    f = found(det, "People who call refugees cockroaches should be ashamed of themselves")
    assert "vulgarity" not in f and "abuse" not in f


@pytest.mark.parametrize("text", [
    "The minister's plan is stupid",
    "This law was idiotic from the start",
    "That's pathetic, honestly",
    "Your argument is ridiculous",
])
def test_a_thing_called_names_is_not_a_personal_attack(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "The minister is stupid",
    "You are stupid",
    "This writer is pathetic",
    "He is dumb as a rock",
])
def test_a_person_called_names_is(det, text):
    assert "personal_attack" in found(det, text), text


# the round's threat batch (tests/guidelines/probes/en_r17b.tsv)
@pytest.mark.parametrize("text", [
    "That columnist won't see another birthday",
    "You will not live to see next Eid",
    "We'll be waiting outside your office, tell the editor",
    "The host is going to wish he'd never been born",
    "Tie a noose around his neck and be done with it",
    "Lets go to the camp tonight, bring the petrol",
    "Just wait till I get my hands on that reporter",
    "Nice car you have, it would be a shame if something happened to it",
    "Keep talking and you go home in a box",
])
def test_threats_of_the_second_batch(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Our team will kill them in the derby on Sunday",
    "We're going to destroy them in the final, no doubt",
    "I won't see the report until Monday",
    "We waited for the bus outside the station",
    "I'd wish for a better government",
])
def test_not_threats_of_the_second_batch(det, text):
    assert "threat" not in found(det, text), text


def test_a_contest_does_not_excuse_every_violent_word(det):
    assert "threat" in found(det, "After the match we will stab them all")


# the round's identity batch (tests/guidelines/probes/en_r17c.tsv)
@pytest.mark.parametrize("text", [
    "We had Kurdish neighbours once. They were filthy and loud.",
    "Afghans? Nothing but thieves.",
    "Don't hire women for this job. They can't even drive.",
    "Jews run everything in this country",
    "Persians are disgu sting",
    "Gays are perver ted",
])
def test_identity_abuse(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "I met some Kurds in Erbil. They were very kind to us.",
    "Refugees arrived in Duhok. They need food and blankets.",
    "Yazidis have lived in Sinjar for centuries. They built its temples.",
    "The pen is mightier than the sword",
])
def test_not_identity_abuse(det, text):
    assert "abuse" not in found(det, text), text


# the round's sexism batch (tests/guidelines/probes/en_r17d.tsv)
@pytest.mark.parametrize("text", [
    "She should stay at home and leave the news to men",
    "The anchor only got the job because of her looks",
    "Women ministers are eye candy, nothing more",
    "Girls shouldn't go to university, waste of money",
    "A woman's vote is worth about as much as a child's",
])
def test_sexism(det, text):
    f = [x for x in det.analyse("en", normalise_text(text)) if x.clause == "abuse"]
    assert any(x.kind == "sexism" for x in f), text


@pytest.mark.parametrize("text", [
    "She should stay at the hotel near the airport",
    "The minister should be at home resting after surgery",
    "Refugees should be at home in their new country",
    "She got the job because of her experience",
])
def test_not_sexism(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Bet she's a freak in the sheets",
    "What does the presenter wear under her skirt",
])
def test_sexual_remarks_of_the_sexism_batch(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Someone organise a mob and visit the editor",
    "We should finish them off tonight, all of them",
])
def test_calls_of_the_sexism_batch(det, text):
    assert "threat" in found(det, text), text


# the round's threat idioms
@pytest.mark.parametrize("text", [
    "Carry on like this and they'll find you in a ditch",
    "Keep writing and you'll be pushing up daisies",
    "That reporter needs a good beating",
    "I'll blow his brains out",
    "We will skin them alive",
    "I'll cut you up, writer",
    "Somebody rearrange his face",
    "You're next, traitor",
    "He's next. Remember that.",
    "You'll get yours, I promise",
    "There will be blood if they print this again",
    "We'll teach you a lesson you won't forget",
    "Start digging your grave, editor",
    "You won't know what hit you",
    "Your kids will grow up without a father",
    "Your family isn't safe, journalist",
    "I'll see to it that you suffer",
])
def test_threat_idioms(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the same words going on to mean something else
    "You're next in line at the counter",
    "There will be blood tests for all patients",
    "Rivers of blood flowed in Halabja in 1988, the survivors said",
    "The car ended up in a ditch after the storm",
    "Our team won't know what hit them in the derby",
    "They cut the budget up into pieces",
])
def test_not_threat_idioms(det, text):
    assert "threat" not in found(det, text), text


# the round's homophobia and group batch (tests/guidelines/probes/en_r17f.tsv)
@pytest.mark.parametrize("text", [
    "You won't leave this city alive",
    "Make sure no Armenian gets out alive",
    "You won't go home in one piece",
    "We won't let you leave this town alive",
])
def test_not_leaving_alive(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Nobody left the building alive, the police said",
    "The army says no fighter will leave Mosul alive",
    "I never leave home without my keys, alive or not",
])
def test_not_leaving_alive_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Gay teachers are turning our kids into perverts",
    "Drive the Syrians out of our town",
    "Chase the Roma out of the market",
])
def test_group_abuse_of_the_homophobia_batch(det, text):
    assert "abuse" in found(det, text), text


def test_driving_somewhere_is_not_exclusion(det):
    assert "abuse" not in found(det, "We drive out to the Syrian restaurant every Friday")


# the round's veiled-threat batch (tests/guidelines/probes/en_r17g.tsv)
@pytest.mark.parametrize("text", [
    "Keep this up and they'll need dental records to identify you",
    "Writers like her end up in the river",
    "Death is coming for every one of you at that paper",
    "That will be the last article you ever write",
    "The next story you publish will be your last",
    "Give the editors what Saddam gave the Kurds",
    "We should do to them what they did to us in 1991",
    "I hope the president's plane goes down",
    "His head belongs on a spike",
    "We'll bury you, traitor",
    "One phone call and you disappear",
    "I'll be at your door",
    "All of them should be put up against a wall",
    "Tell the spokesman to be careful when he starts his car",
])
def test_veiled_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Our backs are against the wall this winter",
    "I hope the minister's plane lands safely",
    "Your parcel will be at your door tomorrow",
    "What Saddam did to the Kurds was genocide",
    "Be careful when you start your car in winter, the battery may be flat",
])
def test_not_veiled_threats(det, text):
    assert "threat" not in found(det, text), text


def test_a_group_a_crime_was_done_to_is_not_called_a_crime(det):
    assert "abuse" not in found(det, "Saddam gassed the Kurds of Halabja, a crime we must never forget")


def test_against_the_wall_negates_nothing(det):
    f = [x for x in det.analyse("en", normalise_text("Put them against the wall and shoot them all"))
         if x.clause == "threat"]
    assert f


# the round's last batch (tests/guidelines/probes/en_r17h.tsv)
@pytest.mark.parametrize("text", [
    "someone pls shoot this idiot",
    "Somebody just stab him already",
    "That columnist is a walking target",
    "He has a target on his back now",
    "Next time it'll be bullets, not letters",
    "We're sharpening our knives, editor",
    "The army should shoot the demonstrators",
    "Police need to shoot the protesters until they go home",
])
def test_threats_of_the_last_batch(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    'The protesters shouted "death to the dictator", according to witnesses',
    '"Kill them all," the crowd chanted, police said',
    "The army shot the protesters, the ministry admitted",
    "Rival parties are sharpening their knives before the vote",
])
def test_not_threats_of_the_last_batch(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "I want to see this editor bleed",
    "Can't wait to watch them hang",
    "I hope to see that traitor burn",
])
def test_an_act_wished_seen(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "I'd love to see that film about the bombing",
    "I want to see the army destroy ISIS",
])
def test_an_act_seen_that_is_no_threat(det, text):
    assert "threat" not in found(det, text), text
