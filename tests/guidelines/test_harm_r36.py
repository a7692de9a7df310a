"""Mechanisms from the thirty-sixth round (tests/guidelines/probes/tr_r36.tsv, 2026-12-02: Turkish personal
attacks on the writer, the reporter and commenters written afresh without the common slurs, with contrasts),
tested in other words than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, insult", [
    ("Bu haberi yazan şarlatanın teki", True),  # a charlatan, said of the writer
    ("Sunucu tam bir akıl fukarası", True),  # poor of mind
    ("Şarlatanlık suçlamasıyla yargılanan doktor beraat etti", False),  # a charge reported
    ("Akıl hastanesinin bütçesi kesildi", False),
])
def test_charlatan_and_poor_of_mind_are_insults_only_at_a_person(det, text, insult):
    assert ("personal_attack" in found(det, "tr", text)) == insult, text
