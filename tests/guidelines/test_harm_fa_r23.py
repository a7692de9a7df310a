"""Mechanisms from the twenty-third Persian round (tests/guidelines/probes/fa_r23.tsv, 2026-12-01: insults
in Finglish and with doubled letters, homophobia, derogation of Afghans, Arabs, Kurds, Lors and Baha'is,
sexism, and their contrasts): each with comments that need it and contrasts it must leave alone. The
comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # insults missing from the list: brainless, empty-headed
    "این مجری بی‌مخ هیچی از اقتصاد نمیدونه",
    "تو یه کله‌پوکی، برو",
    # the donkey with the spoken copula, said of a person, doubled letters or not
    "سردبیرتون خره",
    "نماینده‌ی ما خرررره",
    # the 2nd person copula a few words after the insult
    "چقدر بی‌شعور و نادان هستید شما",
    "واقعاً آدم احمقی هستی",
])
def test_insult_at_a_person_round23(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a kind word before the copula; a stubborn people (کله‌خر) is an idiom; a donkey on a farm
    "شما آدم مهربونی هستید",
    "میگن آلمانی‌ها کله خرن و سخت‌کوش",
    "خره رو بردیم طویله",
    # friends' banter reported with a verb of saying
    "داداشم همیشه بهم میگه کله‌پوک ولی شوخی میکنه",
])
def test_no_insult_round23(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # Finglish groups and what is said of them
    "hamjensbaza hame monharef va najesan",
    "kord ha hame khaenan va jasoosan",
    "bahaia najesan, ba ina ghaza nakhorid",
    "lor ha aghl nadaran va hichi nemifahman",
])
def test_finglish_sweeping_claims(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # neutral mentions in Finglish, and English or Turkish text with one of the words
    "arab ha va kord ha kenare ham zendegi mikonan",
    "bahaia ham shahrvand hastan, hagheshoon mesle baghie",
    "The Arab league met in Cairo on Monday",
    "Lor köyünde düğün vardı",
])
def test_finglish_neutral_mentions(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "عکس لختتو برام بفرست",
    "میخوام بکنمش اون دختره رو",
])
def test_sexual_advance(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "عکسای سفرتو برام بفرست، دلم تنگ شده",
    "لباس بچه رو بکن تا بشوریمش",
])
def test_no_sexual_advance(det, text):
    assert "vulgarity" not in found(det, text), text
