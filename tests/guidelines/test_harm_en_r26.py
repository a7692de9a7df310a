"""Mechanisms from the twenty-sixth English round (tests/guidelines/probes/en_r26.tsv, 2026-12-01: veiled
threats, sexist tropes and sexual remarks on presenters and writers in the English of a Kurdish-region
outlet's readers; contrasts from news, counter-speech and praise): each in other words than the probe's
lines, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in

found = found_in("en")


def sexist(det, text):
    return any(x.clause == "abuse" and x.kind == "sexism" for x in det.analyse("en", normalise_text(text)))


@pytest.mark.parametrize("text", [
    # feelings for a head; half the mind; the good girl no man marries; drama for attention
    "Female judges decide with their emotions, not their brains",
    "These women politicians vote with their hearts, that's the problem",
    "Women have only half the brain of a man, everybody knows",
    "A woman who travels alone for work is not a decent girl",
    "Girls who study abroad, no family will marry them after",
    "Women always make drama when they lose an argument",
])
def test_sexist_tropes(det, text):
    assert sexist(det, text), text


@pytest.mark.parametrize("text", [
    "I wrote this letter with my heart, not my head",
    "My grandmother had half the religion of the village in her head, she knew every prayer",
    "The actors make drama on stage every Thursday in Erbil",
    "The girls of the school choir sang for the guests",
])
def test_sexist_tropes_left_alone(det, text):
    assert not sexist(det, text), text


@pytest.mark.parametrize("text", [
    # a job got on her back; a body or bed cue beside a person, with desire or appraisal
    "Everybody knows she got the promotion lying on her back",
    "That correspondent got there on her back, not with her reports",
    "The presenter has a body of a model, I would pay to see more",
    "Bet the new minister is wild in bed, look at her",
    "Madam reporter send me your nude photos, I will rate them",
    "This lady writer needs a real man to spend the night with her",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The body of the journalist was found near the river, police said",
    "The minister stayed in bed with a fever, her office said",
    "The reporter lay on her back in the snow to film the sky",
    "Our presenter sent me the photos from the hot springs in Choman",
])
def test_sexual_remarks_left_alone(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a group's places as ashes; bodies to the wolves; honour to be washed; a night visit; hands that
    # "explain"; protection that will not follow home; no one left; one match; waiting for the day
    "After Friday their shrines will turn to ashes",
    "Those Arab settlers should be food for the dogs",
    "Her brothers should wash the family honour, she shamed them",
    "Some of us should visit him at night and finish the discussion",
    "We will teach this writer with our hands what respect is",
    "Your bodyguards won't follow you home, journalist",
    "Next year there will be nobody left to mourn them",
    "These migrants think they are safe, one match will be enough for their houses",
    "We can't wait till the Yazidis are under the ground",
])
def test_veiled_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "The old market burned to ashes in 1991, my father told me",
    "Shepherds in Zakho say wolves ate three sheep last winter",
    "He restored his honour by apologising on television",
    "I will visit my aunt at night after work",
    "We built this house with our hands",
    "The police don't follow the rules in this city",
    "One match is enough for the title if we win on Friday",
    "The miners were trapped under the ground for two days",
])
def test_veiled_threats_left_alone(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # "this is hate" said of the words reported
    "A man wrote in the comments that Kurds should leave Kirkuk, that is hate and he must be banned",
])
def test_this_is_hate_rejects(det, text):
    assert "abuse" not in found(det, text), text
