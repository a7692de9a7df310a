"""Mechanisms from the sixteenth Turkish round (tests/guidelines/probes/tr_r16.tsv, 2026-12-01: personal
insults, slurs, sexism, homophobia, sexual remarks and counter-speech): each with comments that need it and
contrasts it must leave alone. The comments here are variants of the probe's, not its lines."""
import pytest

from newsroom.guidelines.harm import HarmDetector
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


def kinds(det, text):
    return {f.kind for f in det.analyse("tr", normalise_text(text)) if f.clause == "abuse"}


@pytest.mark.parametrize("text", [
    # regional and compound insults at the addressee, the writer, the presenter
    "Sen tam bir zırcahilsin",
    "Muhabir hırbonun teki",
    "Ulan dümbük, haberi okumadan yorum yapma",
    "Dürzü musun nesin sen",
    "Eşşoğlueşek yazar yine yalan yazmış",
    "Enayisin sen, her şeye inanıyorsun",
    "Bu spiker kalın kafalı biri",
    "Kaz beyinli yorumcu, git kitap oku",
    "Beyni sulanmış sunucu yine saçmaladı",
    "Sen kıt akıllı birisin",
    "Yüzsüz herif, hâlâ konuşuyor",
    "Ey pısırık, cevap versene",
    "Haberi yazan şebek",
    # the rhetorical question
    "Sen hangi ahırdan çıktın be",
    "Beynin yok mu senin, okusana",
])
def test_insults_at_a_person(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the insult said of a thing, of oneself, or of a quality
    "Bu kararın enayilik olduğunu herkes biliyor",
    "Odun sobası evi ısıtmaya yetmiyor",
    "Kalın kafalı çivi duvara girmedi",
    "Ya seni yerim ben şapşal şey",
    "Ben de aptal gibi inandım, kendime kızıyorum",
])
def test_insult_words_not_at_a_person(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text, kind", [
    ("Kürdolar yine yol kesmiş", "racism"),
    ("Afgan leşleri parkı doldurmuş", "xenophobia"),
    ("Bu Araplar kıllı, yıkanmazlar", "racism"),
    ("Kadından hakem olmaz, düdüğü bile çalamaz", "sexism"),
    ("Kadın vekiller gidip çamaşır yıkasın", "sexism"),
    ("Kadınlar kocasının sözünden çıkmaz, çıkmamalı", "sexism"),
    ("Kız çocuğunu okutmaya gerek yok", "sexism"),
    ("Yumuşak oğlanlar sahneye çıkmasın", "homophobia"),
    ("Eşcinsellik bir heves, geçer", "homophobia"),
    ("Lezbiyenler bir erkek bulsa düzelir", "homophobia"),
])
def test_slurs_and_tropes(det, text, kind):
    assert kind in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    "Kız çocuklarının okuması çok güzel, okuyun kızlar",
    "Bugün Dünya Kız Çocukları Günü",
    "Bakan başkan olmaz diyenler yanıldı, seçimi kazandı",
    "Bulaşık yıkamak sıkıcı ama yapılacak",
])
def test_trope_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "Sunucu kızın bacaklarına bakınca salyam akıyor",
    "Sunucu kızı kucağıma alsam neler yapardım",
    "Muhabirin dekoltesine bakıp göğüslerini düşündüm, dekolte harika",
    "O spikeri görünce azıyorum",
    "Sunucu benimle yatar mı acaba",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Çocuğu kucağına alıp uyuttu",
    "Muhabirin bacağı kırıldı, hastaneye kaldırıldı",
])
def test_sexual_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a word quoted by "diye" and then defied: outrage, an end to it, the mirror, a court's fine
    '"Kadının yeri mutfaktır" diyen adama büyük tepki geldi',
    'Ermenilere "dölü" denmesine son verilmeli',
    '"Şerefsiz" diyenler önce aynaya baksın',
    'Vekile "şerefsiz" diyen kişiye tazminat cezası verildi',
    # a quoted slur rejected as unscientific
    'Eşcinsellere "hasta" demenin bilimsel temeli yok',
])
def test_counter_speech(det, text):
    assert not {"abuse", "personal_attack", "profanity"} & set(found(det, text)), (text, found(det, text))


def test_counter_needs_the_quotation():
    det = HarmDetector()
    # the defiance without a quotation before it is no counter-speech
    assert "personal_attack" in found(det, "Şerefsiz herif, aynaya bak")
