"""Mechanisms from the fourteenth Turkish round (tests/guidelines/probes/tr_r14.tsv, 2026-12-01): each
with comments that need it and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.detectors import find
from newsroom.guidelines.harm import STRONG
from newsroom.guidelines.normalise import normalise_base_text
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


@pytest.mark.parametrize("text, clause", [
    # causatives of the violent verbs: having it done is the threat
    ("Bir daha yazarsan bacaklarını kırdırırım", "threat"),
    ("seni adamlarıma dövdürecem", "threat"),
    ("Bu Kürtleri tek tek öldürtmeli", "threat"),
    # blood that should flow, be shed
    ("Arapların kanı akmalı bu sokaklarda", "threat"),
    ("Alevilerin kanını akıtacağız", "threat"),
    ("Suriyelilerin kanları dökülmeli", "threat"),
    # the dead X is the good X
    ("Ermeni dediğin ölü Ermenidir", "threat"),
    ("iyi Kürt ölü Kürttür", "threat"),
    # sinking people by a sea or a ship, wished with keşke
    ("Keşke bütün Suriyelileri bir gemiye doldurup batırsalar", "threat"),
    # the addressee's plate noted down
    ("Plakanı yazdım, otoparkta karşılaşırız", "threat"),
    # sexist tropes
    ("Kadın hakem mi olurmuş, erkek maçını kadına yönettirmezsin", "abuse"),
    ("Bu kadın bakan kocasının sayesinde oraya geldi", "abuse"),
    ("Her kadın para için evlenir", "abuse"),
    ("Kızlar matematikte zaten beceriksizdir", "abuse"),
    ("yazar bey tam bir s.e.r.s.e.r.i", "personal_attack"),
])
def test_turkish_fourteenth_round(det, text, clause):
    f = found(det, text)
    assert f.get(clause) == STRONG, (text, f)


def test_a_group_threatened_is_also_abuse_of_the_group(det):
    assert ("abuse", "threat to a group") in rules(det, "Ermeni dediğin ölü Ermenidir")
    assert ("abuse", "violence against a group") in rules(det, "Arapların kanı akmalı bu sokaklarda")


@pytest.mark.parametrize("text, clause", [
    ("Sunucunun dudakları o kadar seksi ki bütün gece onu düşündüm", "vulgarity"),
    ("Hava durumunu sunan hanımın göğüslerine bakmaktan haberi dinlemedim", "vulgarity"),
    ("Muhabire bir gece yaşatırım, sabaha kadar bırakmam", "vulgarity"),
])
def test_sexual_remarks_on_a_woman_on_screen(det, text, clause):
    assert (clause, "sexual remark on a person") in rules(det, text), rules(det, text)


@pytest.mark.parametrize("text", [
    "Bu şarkıyla öldürdün beni, harika ses",  # the past done to the writer: praise
    "Kadın kendini dövdürür, sonra şikayet eder",  # told in the aorist: no causative's mood
    "Çekleri bankaya kırdırdım",  # a cheque discounted, told
    "Şirketi batırsalar da umurumda değil",  # a company sunk: no sea, no people
    "Depremde ölü sayısı arttı, Kürt köylerinde yardım bekleniyor",  # the dead counted
    "Burnunun kanı aktı, hemşire pamuk verdi",  # blood told
    '"Suriyeliler denize dökülsün" diyenler utansın',  # counter-speech: those who say it, ashamed
    'Eşcinsellere "hasta" demek cehalettir',
    "Lubunya kelimesinin kökeni üzerine güzel bir makale okudum",  # the word as a word
    "Adresini yanlış yazdım, kargo geri döndü",  # no addressee's life known: a slip
    "Kadın hakemler son yıllarda çok başarılı",
])
def test_turkish_fourteenth_round_contrasts(det, text):
    f = found(det, text)
    assert not {"threat", "abuse"} & set(f), (text, f)


def test_shame_on_a_group_is_no_counter_speech(det):
    # "utansın" rejects only what "diyenler" quoted: said to the group itself it is no counter-speech
    assert found(det, "Eşcinseller utansın, hepsi sapık").get("abuse") == STRONG


@pytest.mark.parametrize("text, sales", [
    ("Instagram hesabımızı takip edin, her hafta çekiliş var", True),
    ("Organik köy yumurtası satışımız başladı, adrese teslim", True),
    ("Diyetisyenimizle 30 günde formunuza kavuşun, randevu için DM", True),
    ("Ankara içi kapıya teslim", True),
    ("Kargo adrese teslim ücreti alıp şubeye getiriyor, rezalet", False),  # a complaint
    ("MHRS'den randevu için iki ay bekledim", False),
    ("Milli piyango çekilişi bu akşam yapılacak", False),
])
def test_turkish_sales_copy_without_a_link(text, sales):
    assert ("phrase" in {name for name, _, _ in find(normalise_base_text(text))}) == sales, text
