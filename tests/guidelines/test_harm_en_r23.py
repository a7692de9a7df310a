"""Mechanisms from the twenty-third English round (tests/guidelines/probes/en_r23.tsv, 2026-12-01:
identity-based abuse in sweeping claims and coded words, homophobia and sexism in new wordings, obfuscated
slurs and insults, untargeted profanity; contrasts from reclaimed words, discussion of slurs, counter-speech
and neutral mentions): each in other words than the probe's lines, and contrasts it must leave alone."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("en")


@pytest.mark.parametrize("text", [
    # "those people" / "them people" as a coded group, before a dehumanising word
    "these people multiply like cockroaches in every city",
    "Honestly them people are vermin and everyone knows it",
    "dem people are parasites living off our taxes",
    "Those folks from across the border are rats",
])
def test_coded_group_dehumanised(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # "those people" with no dehumanising word, or pointed at by a role
    "Those people at the checkpoint were very helpful to us",
    "these people worked all night to fix the water pipes",
    "those people are lazy about fixing the roads",
    "Those people journalists write nonsense all day",
])
def test_coded_group_left_alone(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a slur as a word under discussion, or said of oneself
    "Historians traced the slur faggot back to the nineteenth century",
    "The term dyke was reclaimed by activists in the seventies",
    "Among friends we call ourselves dykes and laugh about it",
    "I proudly describe myself as queer these days",
])
def test_slur_mentioned_or_reclaimed(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # the slur used at someone is still abuse
    "Get lost you filthy faggot",
    "that dyke should keep her mouth shut",
])
def test_slur_used_still_found(det, text):
    assert "abuse" in found(det, text), text
