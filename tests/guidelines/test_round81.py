"""The eighty-first round (2026-12-04), Turkish "no place for them here": a group's place in this country,
city or society said to be none ("Suriyelilerin bu ülkede yeri yok", "Bu ülkede Kürtlere yer yok":
tr_place_here) is an exclusion; a place to stay that refugees lack is not ("kalacak yeri yok"), and a place
granted ("yeri var") is the call denied."""
import pytest

from tests.guidelines.harm_helpers import found, rules

EXCLUSION = ("abuse", "exclusion")


@pytest.mark.parametrize("text", [
    "Suriyelilerin bu ülkede yeri yok",
    "Bu ülkede Kürtlere yer yok",
    "Gaylerin bu ülkede yeri yok",
    "Eşcinsellere bu toplumda yer yok",
    "Afganların aramızda yeri yok",
])
def test_tr_no_place_for_a_group_here(det, text):
    assert EXCLUSION in rules(det, "tr", text)


@pytest.mark.parametrize("text", [
    "Suriyelilerin bu ülkede kalacak yeri yok, kış geliyor",
    "Depremzedelerin barınacak yeri yok",
    "Kürtlerin bu ülkede yeri var, herkesin olduğu gibi",
    "Bu ülkede ırkçılığa yer yok",
    "Suriyelilerin kalacak yeri yok",
])
def test_tr_a_place_lacked_or_granted_is_no_exclusion(det, text):
    assert "abuse" not in found(det, "tr", text)


def test_tr_a_place_granted_is_a_denied_call(det):
    assert ("negated", "negated") in rules(det, "tr", "Kürtlerin bu ülkede yeri var, herkesin olduğu gibi")
