"""Mechanisms from the twenty-first Turkish round (tests/guidelines/probes/tr_r21.tsv, 2026-12-01: sexism
and sexual remarks said of one woman in the news, homophobia, religious hatred of Alevis, Christians,
Yazidis and Jews, calls for violence in rhetorical questions and passive wishes, spoken threats, and their
contrasts): each with comments that need it and contrasts it must leave alone. The comments here are
variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


@pytest.mark.parametrize("text", [
    # a sexist trope said of one woman: her word, or her role before a trope that is hers alone
    "Bakan hanım siyaseti bırakıp evine dönsün, çocuklarına baksın",
    "Şu muhabir kız haber yapacağına gidip kocasının çorabını yıkasın",
    "O kadın oraya kimlerin kucağına oturarak geldi belli",
    "Sunucunun tek marifeti dekoltesi, başka bir şey yok",
    # a woman cannot be a politician (the group's predicate)
    "Kadından milletvekili olmaz, boşuna uğraşmasınlar",
])
def test_sexism_of_one_woman(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a man's role with a trope that is no woman's own; "olurmuş" of one woman, a joke
    "Bu vekil meclise hiç gelmiyor, evde otursun bari",
    "Kızın estetik kraliçesi seçilseymiş daha doğru olurmuş",
    # a woman's own choice told
    "Vekil hanım seçimden sonra evine dönüp ailesiyle vakit geçireceğini söyledi",
    "Güreşçi kızımız dünya şampiyonu oldu, tebrikler",
])
def test_sexism_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # athletes by their sport beside a body part and an appraisal; one night of hers, "I'd settle"
    "Şu yüzücünün kalçası efsane, bi gecesine razıyım",
    "Voleybolcu kızların bacakları ekrana sığmıyor",
])
def test_sexual_remarks(det, text):
    assert ("vulgarity", "sexual remark on a person") in rules(det, text), text


@pytest.mark.parametrize("text", [
    "Voleybolcu kızımızın dizindeki sakatlık geçti, razıyız bu sonuca",
    "Sporcu kız yarın sabah antrenmana çıkacak",
])
def test_sexual_remark_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # rainbow-flag hangers as a group, "nature's mistake"; Jews ruling the world; an Alevi village
    "Gökkuşağı bayrağı asanlar bu mahalleden gitsin, hepsi sapık",
    "Eşcinseller doğanın hatası, başka bir şey değil",
    "Yahudiler dünyayı parayla yönetiyor zaten",
    "Alevilerin cemde ne işler çevirdiği herkesçe biliniyor",
])
def test_group_hatred(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Belediye binasına gökkuşağı bayrağı asıldı, tepki gösterenler oldu",
    "Yahudi cemaati bayramı sinagogda kutladı",
    "Alevi cemevinde dün akşam muharrem orucu açıldı",
])
def test_group_hatred_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # passive wishes asked rhetorically: burned at home, an accident, a disappearance
    "Bu hainler evlerinde yansalar kimse ağlamaz",
    "Şu yazarın arabası kazaya uğrasa kimin umurunda",
    "O gazeteci ortadan kaybolsa kim üzülür ki",
    # "who will say stop?" is a call, no negation; "I can't wait"
    "Bu Ermenilere kim dur diyecek, kurşuna dizilecekleri günü iple çekiyoruz",
    # "wouldn't the world be cleaner?"
    "Bu sapıkları kurşuna dizsek memleket daha huzurlu olmaz mı",
    # spoken threats: head and eyes split, mouth torn, pushed down the stairs, a slap "wouldn't I"
    "Senin kafanı gözünü yarcaz, bekle",
    "Ağzını yırtıcam senin",
    "Seni merdivenden atıcaz",
    "Görsem o yazara bi tane patlatmaz mıyım",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a country burning, a song; an accident told; a disappearance reported; a match lost
    "Ülke yansa tutuşsa umurunuzda değil",
    "Yansın Bursa alev alsın",
    "Muhabirimizin arabası dün kazaya uğradı, kendisi yara almadı",
    "Kayıp gazeteciyi arama çalışmaları sürüyor",
    "Trafiğe dur diyecek biri lazım",
    "Bu köprü yapılsa şehir daha huzurlu olmaz mı",
])
def test_threat_contrasts(det, text):
    assert "threat" not in found(det, text), text


def test_counter_speech_quoted_with_demis(det):
    # a word quoted by "demiş" and rejected: counter-speech, not the word's use
    text = "Adamın biri Ezidilere şeytan demiş, böyle nefret dolu laflara karnımız tok"
    assert "abuse" not in found(det, text), text
