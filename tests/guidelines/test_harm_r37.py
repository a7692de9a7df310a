"""Mechanisms from the thirty-seventh round (tests/guidelines/probes/*_r37.tsv, 2026-12-02: veiled threats
that show the writer watches the addressee -- a routine, a place, a plate, kin -- written afresh in Arabic,
Turkish and Persian, with contrasts), each tested in other words than the probe line that found it."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("ar", "نعرف إنك تروح للنادي كل مسا"),  # "we know that you ..." with a routine
    ("ar", "نعرف وين تصف سيارتك الصبح"),  # where + the verb in the second person
    ("tr", "Annenin adresi artık bizde"),  # an address "now with us"
    ("tr", "Bundan sonra her adımını izliyoruz"),
])
def test_the_addressee_watched_is_a_threat(det, lang, text):
    assert "threat" in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    ("ar", "نعرف متى تطلع النتائج كل سنة"),  # when the results come out: the verb's subject is named
    ("ar", "نعرف أن الطريق للمطار مزدحم كل صبح"),  # no one addressed
    ("tr", "Biz de her sabah bu yoldan işe gidiyoruz"),
    ("fa", "پلیس اعلام کرد پلاک ماشین مظنون شناسایی شد"),  # a plate identified, in the past passive: news
])
def test_a_routine_or_a_plate_in_news_or_of_no_one_is_no_threat(det, lang, text):
    assert "threat" not in found(det, lang, text), text
