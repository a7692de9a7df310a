"""The seventy-fifth round (2026-12-04), contests and calls to account in Turkish, sarcasm about a group put
in charge in English:

- Turkish: a match, a cup or an election (ARENA) makes crushing, tearing apart, burying or wiping out a rival
  a score (_TR_SPORT_ACT: "Pazar günkü derbide Fenerbahçe'yi ezeceğiz" was a threat at 0.77), unless a people
  or a person is named or the contest only dates the act (tr_off_the_pitch: "seçimde Kürtleri ezeceğiz",
  "maçtan sonra o hakemi paramparça edeceğiz"); a call to account in the street is a threat ("bu yazının
  hesabını sana sokakta soracağız"), at the ballot box it is not;
- English: a group in a role or in charge, then a sarcastic forecast ("A female mayor, what could go wrong":
  SARCASM, _EN_IN_CHARGE), is a claim about the group; "say goodbye to your pension" foretells a loss and
  threatens no one (_EN_GOODBYE_HARMLESS)."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "Pazar günkü derbide Fenerbahçe'yi ezeceğiz",
    "Finalde rakibi paramparça edeceğiz, inanıyorum",
    "Seçimde onları sandığa gömeceğiz",
    "Dün akşamki maçta Beşiktaş'ı dağıttık",
    "Maçta onları ezeceğiz",  # (read-back) a pronoun is the rival, not a person named
    "Derbide onları boğacağız",
])
def test_tr_a_rival_crushed_in_a_contest_is_a_score(det, text):
    assert "threat" not in found(det, "tr", text)


@pytest.mark.parametrize("text", [
    "Seçimde Kürtleri ezeceğiz",
    "Derbide o hakemi ezeceğiz",
    "Maçtan sonra onu paramparça edeceğiz",
    "O hakemi maçtan sonra gebertmek lazım",
    "Maçtan sonra seni stadın önünde bekleyeceğiz, kemiklerini kıracağız",
])
def test_tr_people_hurt_around_a_contest_still_are_threatened(det, text):
    assert found(det, "tr", text).get("threat") == 2


@pytest.mark.parametrize("text", [
    "Bu yazının hesabını sana sokakta soracağız",
    "Hesabını sokakta sorarız, kaçamazsın",
])
def test_tr_a_call_to_account_in_the_street_is_a_threat(det, text):
    assert found(det, "tr", text).get("threat") == 2


def test_tr_a_call_to_account_at_the_ballot_box_is_not(det):
    assert "threat" not in found(det, "tr", "Seçimde bu hükümetten hesap soracağız")


@pytest.mark.parametrize("text", [
    "A female mayor, what could go wrong",
    "Gay teachers in our schools, good luck with that",
    "Let women run the army and enjoy losing every war",
    "Women in charge of the budget? Say goodbye to your pension",
    "Muslims running the council, what could possibly go wrong",
])
def test_en_a_group_put_in_charge_then_sarcasm_is_a_claim(det, text):
    assert CLAIM in rules(det, "en", text)


@pytest.mark.parametrize("text", [
    "Letting the army run the elections, what could go wrong",
    "The new mayor cut the budget, so say goodbye to the library",
    "Women born in the fifties, say goodbye to your pension now",
    "Muslims are fasting this month, good luck with that in this heat",
    "Refugees welcome here, good luck with that under this government",
])
def test_en_sarcasm_without_a_group_in_charge_is_no_claim(det, text):
    assert "abuse" not in found(det, "en", text)


def test_en_a_loss_foretold_is_no_threat(det):
    assert "threat" not in found(det, "en", "Women in charge of the budget? Say goodbye to your pension")
    assert found(det, "en", "Publish this again and say goodbye to your family").get("threat") == 2


def test_tr_a_throat_cut_in_a_derby_is_no_score(det):
    """(read-back) "boğazını" (the throat) is no "boğacağız" (we will drown them): the act of the
    contest is the verb, not the body part."""
    assert "threat" in found(det, "tr", "Derbide onların boğazını keseceğiz")
