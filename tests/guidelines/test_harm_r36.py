"""Mechanisms from the thirty-sixth round (tests/guidelines/probes/tr_r36.tsv, 2026-12-02: Turkish personal
attacks on the writer, the reporter and commenters written afresh without the common slurs, with contrasts),
tested in other words than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text", [
    "Bu haberi yazan şarlatanın teki",
    "Sunucu tam bir akıl fukarası",
])
def test_a_charlatan_or_poor_of_mind_said_of_a_person_is_an_insult(det, text):
    assert "personal_attack" in found(det, "tr", text), text


@pytest.mark.parametrize("text", [
    "Şarlatanlık suçlamasıyla yargılanan doktor beraat etti",  # the charge, reported: no one called it
    "Akıl hastanesinin bütçesi kesildi",
])
def test_the_words_in_a_report_name_no_one(det, text):
    assert "personal_attack" not in found(det, "tr", text), text
