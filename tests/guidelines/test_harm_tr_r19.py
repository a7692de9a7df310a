"""Mechanisms from the nineteenth Turkish round (tests/guidelines/probes/tr_r19.tsv, 2026-12-01: personal
insults in everyday words, sexual remarks, homophobia, sexism, group derogation, calls for violence,
doxxing, sales copy without a link, and their contrasts): each with comments that need it and contrasts
it must leave alone. The comments here are variants of the probe's, not its lines."""
import pytest

from newsroom.guidelines.detectors import find
from newsroom.guidelines.normalise import normalise_base_text, normalise_text
from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


def kinds(det, text):
    return {f.kind for f in det.analyse("tr", normalise_text(text)) if f.clause == "abuse"}


@pytest.mark.parametrize("text", [
    # a head full of straw or empty; the mind eaten with bread and cheese
    "Muhabirin kafası saman dolu, ne yazdığını bilmiyor",
    "Senin kafanın içi bomboş kardeşim",
    "Vekilin beyni saman, boşuna konuşma",
    "Yazar aklını peynir ekmekle yemiş, başka açıklaması yok",
    "Aklınızı peynir ekmekle mi yediniz, bu ne manşet",
])
def test_insults(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Ahırdaki samanı kuru yerde tutun, yağmur alırsa çürür",
    "Kahvaltıda peynir ekmekle çay içtik",
    "Bu çuvalın içi saman dolu, hayvanlara götürülecek",
])
def test_insult_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # the plural noun "silahlar" is no act
    "Silahlar sussun, diyalog başlasın",
    "Örgüt silahları bırakmalı, barış masası kurulmalı",
    "Silahların gölgesinde seçim olmaz, herkes silahlarını teslim etmeli",
])
def test_weapons_laid_down_are_no_threat(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # the instrument and arming oneself still are
    "Hepsini silahla tarayın",
    "Millet silahlansın, bunlara başka cevap yok",
])
def test_weapons_as_the_means_still_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # women as decoration, "coming to their senses with the stick", their vote blamed, the wife's duty
    "Kadın bakanlar kabinede süs olarak duruyor",
    "Kadınlar dayakla yola gelir, başka dilden anlamazlar",
    "Kadınlara oy hakkı verilmemeli, siyasetten anlamazlar zaten",
    "Kadının görevi kocasına hizmet etmek, gerisi boş",
    "Karısını dövmeyen adam dizini döver derler",
])
def test_sexism(det, text):
    assert "sexism" in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    "Kadın vekiller mecliste önemli bir yasa teklifi verdi",
    "Kadınlara oy hakkı 1934'te verildi, bugün yıldönümü",
    "Yılbaşı ağacına süs olarak kırmızı toplar astık",
])
def test_sexism_contrasts(det, text):
    assert "sexism" not in kinds(det, text), (text, kinds(det, text))


@pytest.mark.parametrize("text", [
    # ungrateful, treacherous, impure; multiplying like lice or locusts
    "Araplar nankördür, iyilikten anlamazlar",
    "Ermeniler fırsat bulunca ihanet ederler",
    "Aleviler murdar, yemeklerini yemeyin",
    "Afganlar çekirge gibi her yeri sardı",
    "Suriyeliler bit gibi her yere yayıldı",
])
def test_group_derogation(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a group as the target of hate; a quoted claim whose sayer is told to apologise
    "Kürtlere yönelik nefret söylemi son yıllarda arttı",
    "Göçmenlere yönelik nefret suçları raporda ayrıntılı anlatılıyor",
    '"Araplar nankördür" diyen sunucu özür dilesin, bu sözler aşağılayıcı',
])
def test_group_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a carcass fed to dogs, impaling, a kick called for, cleaning them out
    "Seni öldürüp köpeklere yediririz",
    "Bu haini kazığa geçirmek lazım",
    "Bu yazarı görünce herkes tekmeyi bassın",
    "Köyü basıp hepsini temizleyin",
    # an address told with "see you soon"; met on leaving work
    "Muhabirin oturduğu apartman belli, Bahar sokak no 5, yakında görüşürüz",
    "İşten çıkarken seni karşılayacağız, hazır ol",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Bulaşıkların hepsini temizledim, mutfak pırıl pırıl",
    "Odadaki tozların hepsini temizlemek lazım",
    "Yolsuzluğu kökten temizlemek lazım",
    "Eve girip hepsini temizledik, misafir gelecek",
    "Misafirleri havalimanında karşılayacağız, uçak saat beşte",
    "Evden çıkarken ışıkları kapatmayı unutma",
    "Yarın toplantıda görüşürüz, dosyayı getir",
    "Kazık yedik, bu fiyata araba alınmaz",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # rule 5b: "in my hands", left to me for a night; "other things come to mind"
    "Şu spiker kız elime geçse neler yapardım",
    "Muhabir hanımı bir gece bana bıraksalar sabaha kadar uyutmazdım",
    "Sunucu kızın bacaklarını görünce başka şeyler aklıma geliyor",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Hırsız polisin eline geçse neler yapardı kim bilir",
    "Bebeği bir gece bana bıraksınlar, sabaha kadar uyutmam dediler güldük",
])
def test_sexual_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text, sales", [
    ("Kına gecesi paketlerimizde yemek dahil fiyatlar, yerinizi hemen ayırtın", True),
    ("Yılbaşı için özel menü hazırladık, hemen ayırtın", True),
    ("Düğüne yüz kişi geldi, yemek dahil her şey çok güzeldi", False),
    ("Otelde yerinizi ayırtın dedik ama kimse dinlemedi, hepsi doluydu", False),
])
def test_booking_as_sales(text, sales):
    assert ("phrase" in {name for name, _, _ in find(normalise_base_text(text))}) == sales, text
