"""Mechanisms from the twenty-fourth Turkish round (tests/guidelines/probes/tr_r24.tsv, 2026-12-01: everyday
insults at the writer, the editor and officials, untargeted profanity, and their contrasts): each with
comments that need it and contrasts it must leave alone. The comments here are other wordings than the
probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text, clause", [
    # the bungler said to a person
    ("Muhabir kardeş sen çok beceriksizsin, haberi baştan yaz", "personal_attack"),
    ("Bu kaymakam beceriksizin teki, ilçe perişan", "personal_attack"),
    ("O beceriksiz herif yine bütçeyi batırdı", "personal_attack"),
    # the snob as an insult noun
    ("Şu kokoş yazar yine halktan kopuk yazmış", "personal_attack"),
    # worthless to the liver
    ("Bu vekil ciğeri beş para etmeyen biri", "personal_attack"),
])
def test_r24_violations(det, text, clause):
    assert clause in found(det, text), text


@pytest.mark.parametrize("text", [
    # self-blame with the bare word, criticism of work without the insult, liver as food
    "Ben bu işlerde biraz beceriksizim, kusura bakmayın",
    "Projenin yönetimi beceriksizce yapılmış, rapor eksik",
    "Kasaptan yarım kilo ciğer aldım, beş para bile indirmedi",
    "Belediyenin bütçe planı yetersiz, bunu eleştiriyoruz",
])
def test_r24_contrasts(det, text):
    assert not ({"personal_attack", "abuse", "profanity"} & set(found(det, text))), text
