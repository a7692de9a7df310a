"""The seventy-eighth round (2026-12-04), Turkish claims that a people has no manners, honour or conscience
("Suriyelilerin hiç terbiyesi yok", "Afganlarda ahlak yok", "Araplar edepsiz": _TR_VIRTUES), "hiç" before
such a claim no negation, and a question that denies one ("Kim demiş Arapların kültürü yok diye?":
who_says_so, shared with Persian)."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "Suriyelilerin hiç terbiyesi yok",
    "Kürtlerin namusu yok",
    "Afganlarda ahlak yok",
    "Kadınların aklı yok",
    "Araplar edepsiz",
    "Göçmenler saygısız ve terbiyesiz",
    "Suriyeliler vicdansız insanlar",
])
def test_tr_a_people_said_to_have_no_manners_or_honour(det, text):
    assert CLAIM in rules(det, "tr", text)


@pytest.mark.parametrize("text", [
    "Suriyelilerin evi yok, çok üzülüyorum",
    "Afganların sigortası yok, bu bir skandal",
    "Suriyelilerin hiç suçu yok",
    "Kim demiş Arapların kültürü yok diye?",
    "Kadınlara saygısı yok bu adamın",  # the group in the dative: who is not respected
])
def test_tr_what_a_people_lacks_told_or_a_claim_asked_back(det, text):
    assert "abuse" not in found(det, "tr", text)


def test_tr_whoever_says_it_is_no_question_that_denies(det):
    assert found(det, "tr", "Her kim Arapların kültürü yok diyorsa haklı?").get("abuse") == 2
