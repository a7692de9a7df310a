"""Mechanisms from the twenty-ninth English round (tests/guidelines/probes/en_r29.tsv, 2026-12-01: sexism,
sexual remarks about a woman, doxxing and intimidation, fresh and veiled threats, in the English of a
Kurdish-region outlet's readers; contrasts from counter-speech, news of violence and criticism of governments
and armed groups): each in other words than the probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # the slang verbs of sex with a woman as object; the plain ones after a wish; "begging to get ..."
    "that blonde presenter, man I would rail her on the studio floor",
    "wanna plough her so bad, the new weather girl",
    "I'd pound the anchor all weekend",
    "the girl on the morning show is begging to get railed, look at her face",
    # rule 5b's new cues: a night kept up, the speaker's room, her moaning, her behind, her undressed
    "the lady reporter, I'd keep her up all night with questions of my own",
    "send the presenter to my flat, I'd keep her busy till morning",
    "I bet that weathergirl screams my name",
    "the spokeswoman got a booty, what a view",
    "I want to see the anchor without her clothes",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "I'd smash that exam if I studied",
    "The team would smash the record this season",
    "they rail against her policies every day in parliament",
    "the baby kept her up all night, poor mother",
    "ISIS fighters sold the stolen goods as booty in Raqqa",
    "I bet the minister moans about the budget again",
    "She could not sleep in my room because of the noise, she took the couch",
    "I'd nail her on that question if I interviewed the minister",
])
def test_sexual_remarks_left_alone(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a woman's word worth half; a woman who will cry and call her mother; girls gone loose; daughters kept
    # home; women fit to vote on cooking; the plain spellings of "women"
    "Women are worth half a man in court and in war",
    "put a girl in charge of the checkpoint and she will cry and run to her mama",
    "girls who work in hotels in Erbil all go loose, no shame anymore",
    "Women should vote on cooking, not on war",
    "womyn are too stupid to run a ministry",
])
def test_sexism(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The woman cried when she saw her son come home from the front",
    "My sister came back from Slemani with a degree in law",
    "Women voted in record numbers in the Kurdistan election",
    "Keep your daughters at home tonight, the storm will be heavy",
    # a judgement of "that" said before a group named in praise
    "Some guy wrote Yazidis are unclean, that is so disgusting, Yazidi families fed my father in 2014",
])
def test_sexism_left_alone(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # where a person lives told, with a call to visit or details handed on to "people who"
    "the columnist lives next to the Jalil Khayat mosque, someone should pay him a visit",
    "This translator lives in Ankawa behind the church, go pay her a visit guys",
    "got the full name of that blogger, passed it to the boys, they know what he wrote",
    "her full name and where she works, I gave them to people who will have a word with her",
    # a coffin nailed by the addressee's own words; a grave dug
    "Every post you write is one more nail in your own coffin",
    "you are digging your own grave with these articles",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The Peshmerga commander lives in Koya, he visited the frontline yesterday",
    "The old teacher lives near the bazaar, pay him a visit if you want to learn English",
    "This deal is the final nail in the coffin of the Erbil-Baghdad agreement",
    "I sent it to the right people at the ministry and they fixed the road",
])
def test_threats_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # the verb of calling further back, its object named between, with the sayer judged
    "Calling the young presenter a slut because she wore jeans says more about you than her",
    "Calling this brave lady journalist a bitch says a lot about the writer",
])
def test_counter_speech_calling(det, text):
    f = found(det, text)
    assert "vulgarity" not in f and "personal_attack" not in f and "profanity" not in f, text


@pytest.mark.parametrize("text", [
    "you called me a whore, you pig",
    "she is a slut and everyone knows it",
])
def test_calling_still_found(det, text):
    f = found(det, text)
    assert f.keys() & {"vulgarity", "personal_attack", "profanity"}, text
