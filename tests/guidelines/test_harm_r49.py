"""Mechanisms from the forty-ninth round (tests/guidelines/probes/*_r49.tsv, 2026-12-03: insults, abuse and
threats typed with a spelling slip in ar, tr and fa, and clean comments with typos): two neighbouring letters
swapped and a key pressed twice are read as the listed word in Arabic, Turkish and Persian too
(harm.SLIP_LANGS), tested in other words than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text, clause", [
    # a key pressed twice (each found nothing before the round)
    ("ar", "يا خنززير اطلع من هنا", "personal_attack"),
    ("ar", "انت حقيير وما تستاهل", "personal_attack"),
    ("fa", "افغانیا دززدن", "abuse"),
    # two neighbouring letters swapped
    ("tr", "Sen tam bir aptla herifsin", "personal_attack"),
    ("tr", "Yazar tam bir salka", "personal_attack"),
])
def test_a_slipped_insult_is_read(det, lang, text, clause):
    assert clause in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    # ordinary words one swap or one doubled letter away from a listed one
    ("tr", "Sporcu sıçrama yarışmasında birinci oldu"),  # a jump, not a swapped "sıçar-"
    ("tr", "Gemi iskeleye yanaştı, yolcular indi"),  # a pier
    ("tr", "Bu book club çok güzel, herkese tavsiye ederim"),  # an English word, not "bok" doubled
    ("tr", "Lafı agzından aldın, aynen öyle"),  # "ağzından" without its ğ, not "azgın" swapped
    ("ar", "شكرا على التقريير الرائع"),
    ("fa", "ممنون از گزارشش خوبتون"),
])
def test_a_typo_in_an_ordinary_word_is_no_finding(det, lang, text):
    harmful = {"threat", "abuse", "personal_attack", "profanity", "vulgarity"}
    assert not harmful & set(found(det, lang, text)), text
