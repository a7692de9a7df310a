"""Mechanisms from the twenty-third Turkish round (tests/guidelines/probes/tr_r23.tsv, 2026-12-01: everyday
insults at the writer and officials, masked profanity, slurs and dehumanisation of Kurds, Armenians,
Syrians, Alevis and gay people, and their contrasts): each with comments that need it and contrasts it
must leave alone. The comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text, clause", [
    # "kılıksız" and "kafası kalın" (the thick head put the other way round)
    ("Şu kılıksız muhabir yine yalan yazmış", "personal_attack"),
    ("Kaymakam kılıksızın biri, herkes biliyor", "personal_attack"),
    ("Başkan kafası kalın biri, anlatsan da anlamaz", "personal_attack"),
    # "piç" with its vowel masked
    ("Editör denen p*ç kurusunun haberi bu", "personal_attack"),
    ("Bu yazar tam bir p*ç", "profanity"),
    # "X dediğin" before the insult: a so-called X, the commenter's own insult, not a saying reported
    ("Müdür dediğin şu sünepe herif hiçbir işe yaramıyor, saçmalıyor", "personal_attack"),
    # "the only good X is a dead one"
    ("Ermeninin iyisi ölüsüdür, bunu herkes bilir", "abuse"),
    ("Suriyelilerin iyisi ölüsüdür", "abuse"),
])
def test_r23_violations(det, text, clause):
    assert clause in found(det, text), text


@pytest.mark.parametrize("text", [
    # clothes and a thick file in plain use, the slur quoted to reject it, a saying reported before the word
    "Kılık kıyafet yönetmeliği yeniden tartışılıyor",
    "Kafası karışık, kalın bir dosyayı okumaya çalışıyordu",
    "Kürtlerin iyisi ölüsüdür diyenler faşisttir",
    "Ona 'salak' dediğin için özür dilemelisin",
    "İyisi mi sen yarın gel, ölüsü dirisi belli değil diye konuşuyorlardı",
])
def test_r23_contrasts(det, text):
    assert not ({"personal_attack", "abuse", "profanity"} & set(found(det, text))), text
