"""Mechanisms from the twentieth Turkish round (tests/guidelines/probes/tr_r20.tsv, 2026-12-01: calls to
exclude and deport Syrians, Afghans, Kurds and Arabs, dehumanisation, threats to groups and journalists
in masked, spoken and veiled forms, doxxing, untargeted profanity, insults to the writer, and their
contrasts): each with comments that need it and contrasts it must leave alone. The comments here are
variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


@pytest.mark.parametrize("text", [
    # housing and work denied, "what business do they have here", "cannot shelter here"
    "Afganlara evinizi kiralamayın arkadaşlar",
    "Suriyelilere iş vermeyin, işe almayın",
    "Suriyelilerin bu mahallede ne işi var",
    "Araplar bu ülkede barınamaz",
    # loaded onto ships or trucks, dumped over the border
    "Mültecileri gemilere bindirip geri yollamak lazım",
    "Afganları kamyonlara doldurup sınırın ötesine atın",
    # a herd, shut in a barn; Kurdish speakers as a group
    "Bu Afgan sürüsü her gün parkı işgal ediyor",
    "Suriyelileri ahıra kapatmalı bunların",
    "Kürtçe konuşanlar defolsun bu şehirden",
])
def test_exclusion_and_dehumanisation(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # smugglers' trucks reported; "a lot of them"; a shepherd's flock; free courses for Kurdish speakers
    "Kaçakçılar göçmenleri kamyonlara doldurmuş, jandarma 40 kişiyi kurtardı",
    "Çarşıda Suriyeli esnafın bir sürüsü dükkan açtı, alışveriş canlandı",
    "Köyde koyun sürüsünü otlatan çoban akşam eve döndü",
    "Kürtçe konuşan çocuklara belediye ücretsiz kitap dağıttı",
    # a burden to be shared, not a group called a burden
    "Afgan göçmenlerin yükü sadece sınır illerine bırakılmamalı, herkes paylaşmalı",
])
def test_exclusion_contrasts(det, text):
    assert "abuse" not in found(det, text), text


def test_a_group_called_a_burden_still_abuse(det):
    assert "abuse" in found(det, "Suriyeliler bu ülkeye yük, başka bir şey değil")


@pytest.mark.parametrize("text", [
    # impunity as the act's mood: its negation is not the act's
    "Suriyelilerin çadırlarını ateşe versek kimse ses çıkarmaz",
    # razing, no stone left on another
    "Bu köyleri yerle bir etmek lazım",
    "O mahallede taş üstünde taş bırakmayacağız",
    # the addressee's own grave, the hand and the pen broken
    "Bu yazıyla kendi mezarını kazdın",
    "Böyle yazmaya devam edersen ellerin kırılır",
    "Kalemin de kırılabilir, bilmiş ol",
    # a word typed in syllables
    "Bu muhabiri ge-ber-te-ce-ğiz",
    # a safety wanted, the article to be taken down; being killed as the harm
    "Ailenin sağ salim kalmasını istiyorsan haberini sil",
    "Vurulmak istemiyorsan sus artık",
    # a group or a person warned in the third person beside an omen
    "Göçmenler dikkatli olsun, sabrımız taştı",
    "Şu muhabir arkasını kollasın, sonra karışmayız",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Belediye zam yapsa kimse ses çıkarmaz, halk uyuyor",
    "Deprem şehri yerle bir etti, yüzlerce bina yıkıldı",
    "Depremde taş üstünde taş kalmadı",
    "Hükümet bu politikayla kendi mezarını kazıyor",
    "Elin dert görmesin, yemek çok güzel olmuş",
    "Ali-Can-Ayşe üçlüsü yarışmayı kazandı",
    "Çocuk he-ce-le-ye-rek okumayı öğreniyor",
    "Sağ salim dönmek istiyorsan kemerini tak",
    "Sürücüler dikkatli olsun, yollar buzlu, ne olacağı belli olmaz",
    "Yaşlılar dikkatli olsun, dolandırıcıların ne yapacağı belli olmaz",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a person's home with a name between, a number typed in groups, the kin's school, calls to go,
    # to ring, to do what is needed
    "Köşe yazarı Ahmet'in evi Yenişehir'de, Gül sokak no 5, gidip kapısını çalalım",
    "Muhabirin cep numarası 0544 123 45 67, arayın sorun bakalım",
    "Bu yazarın kızı hangi okula gidiyor öğrendim, gereğini yapın",
])
def test_doxxing(det, text):
    assert ("threat", "call to visit an address") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "Belediyenin çağrı merkezi numarası 0532 111 22 33, arızalar için arayın",
    "Valinin eşi hastanede hemşire olarak çalışıyormuş, vardiya sistemi zormuş",
    "Muhabirimizin evine yapılan saldırıyı kınıyoruz, faillerin adresi tespit edildi",
])
def test_doxxing_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", ["A.m.k. yine zam gelmiş", "a.q yine su kesildi"])
def test_dotted_profanity(det, text):
    assert "profanity" in found(det, text), text
