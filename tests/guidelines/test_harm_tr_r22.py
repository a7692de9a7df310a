"""Mechanisms from the twenty-second Turkish round (tests/guidelines/probes/tr_r22.tsv, 2026-12-01: threats
as consequences promised, vows, curses and the region's spoken forms, threats to officials and groups at
a place, calls on others, and their contrasts): each with comments that need it and contrasts it must
leave alone. The comments here are variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text", [
    # consequences promised: paid with blood, paid dearly, life lost, the morning not seen
    "Bu haberin hesabını canınla ödersin, unutma",
    "Bize yaptıklarını pahalıya ödeteceğiz editör efendi",
    "Bir daha yazarsan canından olursun",
    "Sabahı göremeyeceksin, bunu iyi bil",
    "Günlerini say muhabir, sıra sana geliyor",
    "O yazar yakında çukuru boylar, görürsünüz",
    "Bizim köye gelirsen sağ dönemezsin",
    # vows on one's honour, burial before rest
    "Onun canını almazsam şerefsizim",
    "O hakimi toprağa gömmeden durmayacağız",
    # a rope round the neck, burying alive, petrol on homes, doors marked, a curse of lightning
    "Bu vekiller ilmiği boynunda hissedecek",
    "Şu hainleri diri diri gömün",
    "Göçmenlerin çadırlarına benzin dökelim, bu iş bitsin",
    # "what is everyone waiting for?" before a call to lynch (no negation)
    "Halk ne bekliyor, şu vekili linç etmek için meydana gelin",
    "Ermenilerin evlerini işaretleyin, zamanı gelince gideriz",
    "Rabbim o gazetecinin başına yıldırım düşürsün",
    # the region's spoken first person plural
    "Bi daha görürsek sizi vurarık",
])
def test_r22_threats(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the price paid by all, the past of a life lost, a danger warned of
    "Bu zammın bedelini emekliler ağır ödeyecek",
    "Kaza yapan sürücü maalesef canından oldu",
    "Fırtına yüzünden balıkçılar üç gündür denize açılamıyor, sabahı bekliyorlar",
    "Tatile kaç gün kaldı diye günleri sayıyorum",
    # news and condemnation of the same acts
    "Sanıklar evlerine benzin döktüklerini mahkemede itiraf etti",
    "Alevilerin kapılarının işaretlendiği o karanlık günleri unutmadık, bir daha yaşanmasın",
    "Yıldırım düşmesi sonucu iki ev hasar gördü",
    "Mezara gömmeden önce cenaze namazı kılındı",
])
def test_r22_contrasts(det, text):
    assert "threat" not in found(det, text), text
