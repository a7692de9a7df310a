"""Mechanisms from the eighteenth Turkish round (tests/guidelines/probes/tr_r18.tsv, 2026-12-01: personal
insults in everyday words, sexual remarks, sexism, doxxing and intimidation, obfuscated threats, sales copy
without a link, and their contrasts): each with comments that need it and contrasts it must leave alone.
The comments here are variants of the probe's, not its lines."""
import pytest

from newsroom.guidelines.detectors import find
from newsroom.guidelines.normalise import normalise_base_text, normalise_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


def kinds(det, text):
    return {f.kind for f in det.analyse("tr", normalise_text(text)) if f.clause == "abuse"}


@pytest.mark.parametrize("text", [
    # "X kafalı / X beyinli" with an animal or a thing as the head
    "Bu tavuk beyinli yazar yine ne yazmış",
    "Sen mercimek kafalısın, anlamazsın",
    "Editör boş kafalı herifin teki",
    "Muhabir keçi kafalı, söz dinlemiyor",
    # two-faced, said to a person or with the snake
    "Sen ikiyüzlüsün, dün başka bugün başka konuşuyorsun",
    "Vekil iki yüzlü yılanın teki",
    "Yorumcu ikiyüzlü herif, kimseye güvenmesin",
])
def test_insults(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Onlar ikiyüzlü zaten, devlet susturmalı",  # "ikiyüzlü" alone: said of a party or a country
    "Bu ülke iki yüzlü bir politika izliyor",
    "Bahçede bir yılan gördük, çocuklar korktu",
    "Kaz kafası çorbası yöremizin meşhur yemeği",
])
def test_insult_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Kadından vali olmaz, olsa da dinlemezler",
    "Kadından futbolcu olmaz arkadaşlar",
    "Bu kadar konuşmaya gerek yok, saçı uzun aklı kısa işte",  # the proverb names women by itself
    "Karılar bunlar, saçları uzun akılları kısa",
])
def test_sexism(det, text):
    assert "sexism" in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    "Kadın muhtar köyüne yol yaptırdı",
    "İyi bir siyasetçi olmaz diyemeyiz, daha genç",
])
def test_sexism_contrasts(det, text):
    assert "sexism" not in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    # rule 5b: more parts (the legs in other cases, a skirt), undressing, one's room; thoughts of "other
    # things", "more interesting than", the camera lowered
    "Spiker hanımın bacaklarına bakınca aklıma başka şeyler geliyor",
    "Sunucu kızın eteği o kadar kısa ki iyice görelim diye bekliyoruz",
    "Şu spiker kadını bir soysalar neler çıkar",
    "Bu muhabir kızı odama alsam neler yapardım",
    "Hava durumu sunucusunun kalçaları haritadan daha ilgi çekici",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Muhabirin bacaklarına şarapnel isabet etti, durumu ağır",
    "Sunucu kadın bugün etekle çıktı, programı da çok iyiydi",
    "Bu kitapları odama alsam çalışma masam dolar",
    "Kadının evini soysalar da polis gelmedi",
])
def test_sexual_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


def test_sleeping_with_a_woman_named(det):
    assert "vulgarity" in found(det, "O sunucuyla yatmak isteyen çok kişi var")


@pytest.mark.parametrize("text", [
    # a relative's shop known; a phone number to be found and spread; the street unsafe; the family
    # drawn in
    "Annesinin dükkanını biliyoruz, pazarın arkasında",
    "Muhabirin telefon numarasını bilen herkese atsın, sabaha kadar arayalım",
    "Yazarın cep numarasını bulan paylaşsın",
    "Bundan sonra sokakta rahat yürüyemeyeceksin",
    "Bu yazıdan sonra sokağa tek başına çıkamayacaksın",
    "Haberi geri çek, yoksa çocukların da işin içine girer",
    # letters spaced with one separator each, two words: "b.u.l.u.p k.e.s.e.c.e.ğ.i.m"
    "Seni b.u.l.u.p ö.l.d.ü.r.e.c.e.ğ.i.m",
    "Seni b-u-l-u-p g-e-b-e-r-t-e-c-e-ğ-i-m",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Telefonunu bulan varsa bana getirsin, kafede unutmuşum",
    "Bu yağmurda sokağa çıkamazsın, şemsiye al",
    "Ahmet abinin telefonunu bilen yazsın, ulaşamıyoruz",
    "Ailen de bu işe sevinir, çok iyi bir iş",  # (drawn in, not pleased)
    "Annemin dükkanını herkes bilir, kırk yıllık terzidir",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text, joined", [
    ("seni b.u.l.u.p k.e.s.e.c.e.ğ.i.m", "seni bulup keseceğim"),
    ("f.u.c.k y.o.u", "fuck you"),
    ("k a f a n ı  k o p a r ı r ı z", "kafanı koparırız"),
    ("s-i-k-t-i-r git", "siktir git"),
])
def test_spaced_letters_one_separator_a_run(text, joined):
    assert normalise_text(text) == joined


@pytest.mark.parametrize("text, sales", [
    ("Dil kursumuzda yaz dönemi başladı, ilk ders ücretsiz", True),
    ("Kliniğimizde diş beyazlatma yüzde 40 indirimli fiyatlarla", True),
    ("Mağazamızda bayram indirimi, kaçırmayın", True),
    ("Bizim işkembe salonumuza her gün geliyor", False),
    ("Okulumuzda yangın tatbikatı yapıldı", False),
])
def test_our_business_as_sales(text, sales):
    assert ("phrase" in {name for name, _, _ in find(normalise_base_text(text))}) == sales, text


@pytest.mark.parametrize("text", [
    '"Kadınlar yönetemez" diyenler Bingöl\'ün kadın valisini unutmuş',
    '"Kürtler okumaz" diyenler üniversitedeki binlerce Kürt öğrenciyi unutuyor',
])
def test_counter_speech_with_a_counter_example(det, text):
    assert "abuse" not in found(det, text), text
