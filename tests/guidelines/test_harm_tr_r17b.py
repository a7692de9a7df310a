"""Mechanisms from the seventeenth Turkish round's threat batch (tests/guidelines/probes/tr_r17b.tsv,
2026-12-01: threats to a person and to groups, calls for violence, doxxing, death wishes, spoken and
masked spellings, and their contrasts): each with comments that need it and contrasts it must leave
alone. The comments here are variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text", [
    # a face made unrecognisable
    "Bir gün karşıma çıkarsan seni tanınmaz hale getiririm",
    "Ağzını yüzünü tanınmayacak hale sokarız",
    # one bullet is enough
    "Bu hainlere tek kurşun yeter",
    "Size bi mermi yeter, o kadar",
    # the last time seen
    "Baban seni son kez gördüğünü bilmiyor",
    # the addressee's funeral, with what is to be done there
    "Cenazene kimse gelmez, bunu bil",
    "Cenazeni kaldırırız merak etme",
    # won't live long, won't wake up
    "Sen bu kafayla uzun yaşamazsın",
    "Bu gazeteci fazla yaşamayacak",
    "Bi sabah uyanamayacaksın, haberin olsun",
    "Böyle yazarsan sabahı göremezsin",
    # a bounty
    "Bu yazarı kim vurursa ödülü benden",
    "O vekili öldürene ödül var",
    # an address asked for, a score to settle
    "Editörün adresini bilen varsa yazsın",
    "Muhabirin evini bulun gençler",
    "Seninle işimiz bitmedi daha",
    # a person's home with its address and a call to go there
    "Muhabirin evi Yenişehir'de, Gül sokak no 5, uğrayın bi selam verin",
    "Vekilin kaldığı apartman belli, 3. kat, kapısına dayanın",
    # raids and attacks called for, a road cut
    "Bunların evlerini basın, kimse kalmasın",
    "Derneğin bürosunu basalım yarın",
    "Yürüyüşe katılanlara saldırın",
    "Gören yolunu kessin şu adamın",
    # the first-person aorist of stabbing beside its object (alone, "my knives")
    "Bıçaklarım seni, bekle sen",
    "Onu bıçaklarız gerekirse",
    # a violent act before "this won't end"
    "Bu çeteyi kurşuna dizmeden rahat etmeyiz",
])
def test_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "Mutfaktaki bıçaklarım çok köreldi, bileyletmem lazım",
    "Yaşlı köpeğimiz uzun yaşamaz dedi veteriner",
    "Kardeşimin cenazesine çok kişi geldi, Allah razı olsun",
    "Yıllar sonra herkes cenazenize gelir diyen hoca haklıymış",
    "Sağa sola saldıracaklar diye korkuyorum",
    "Kışın çocuğunu okula götürürken dikkat et, yollar buzlu",
    "Matbaa gazeteyi sabaha kadar basacak",
    "Kütüphane Kültür sokakta, A blok, gidip bi ziyaret edin",  # a place's address, not a person's home
    "Yazarın evi Bağlar'da, B blok, ama kimse gidip rahatsız etmesin",
    "Polis örgütün evini bastı, iki kişi gözaltında",
    "Kimse yazara saldırmasın, eleştiri başka saldırı başka",
])
def test_contrasts(det, text):
    assert "threat" not in found(det, text), text
