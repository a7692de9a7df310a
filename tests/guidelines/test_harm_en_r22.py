"""Mechanisms from the twenty-second English round (tests/guidelines/probes/en_r22.tsv, 2026-12-01: threats
promising consequences, to a writer's kin, in chat spelling, to officials and to groups at a place, calls
on others to act; contrasts from games, films, purchases and rejected threats): each in other words than
the probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # stock threats in chat spelling
    "ok we comin for ya, wait and see",
    "they cumin 4 u tonight bro",
    # someone else's back, a person's days by the office's possessive
    "That columnist better watch her back from now on",
    "The mayor's days are numbered in this town",
    "Their days are numbered, all of them",
    # kin made orphans or widows, a mother weeping over a grave
    "Keep talking and we make your kids orphans",
    "One more post and we will make your wife a widow",
    "Your father will be crying over your coffin",
    # a lesson not survived, a deadline's "or we start shooting"
    "We will teach that editor a lesson he will not survive",
    "Close the office by Monday or we open fire",
    "Get out of the village, after that we start killing",
    "Go and crack some skulls at their rally",
    # said so that it ends its sentence
    "Sooner or later we will get him",
    "Let him laugh today, he will cry once we are done with him",
    # the imperative after a clause that names its victim
    "If that judge shows his face in Erbil, shoot him",
    "Whoever meets the editor tonight, burn his car",
])
def test_threats_in_new_forms(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a purchase regretted is advice
    "You will regret ordering from that shop, it never delivers",
    "You'll regret skipping breakfast before the hike",
    # a game's or a film's act with no person or group named
    "In this level you need to blow up the bridge to escape",
    "In the movie they burn down the castle in the last scene",
    # a condition's comma with no victim named
    "If you can't find a seat, stand at the back",
    "When the meeting ends, kill the lights please",
    # threats rejected
    "No one should ever threaten a reporter for doing her job",
    "Nobody should be attacked for their religion in this city",
    # "get" and "done with" with more to say
    "We will get him a new laptop for his birthday",
    "When we are done with the report we will publish it",
    # the government's days (an institution's forecast)
    "The government's days are numbered after this scandal",
    # the meme, a joke
    "Hide your kids, the tax office is coming to town",
])
def test_contrasts_left_alone(det, text):
    assert "threat" not in found(det, text), text


def test_a_sycophant_is_insulted(det):
    assert "personal_attack" in found(det, "That spokesman is a gutless coward")
    assert "personal_attack" not in found(det, "The team played a gutsy match in Duhok")
