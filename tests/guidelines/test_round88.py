"""The eighty-eighth round (2026-12-04): this region's groups the lists lacked are identity groups --
Turkmens, Shabaks, Kakais, Zazas, Chaldeans, Sabians and Zoroastrians in Turkish; Yarsanis, Circassians,
Berbers and the Lebanese in English; Baluch, Hazaras, Pashtuns, Circassians, Zaydis and Ismailis in Arabic;
Shabaks, Sabians, Yarsan, Druze, Copts and Iran's Mazandaranis, Qashqais and Bakhtiaris in Persian -- and a
network (شبکه, şebeke), a barber (berber) or a lorry (لوري) is none."""
import pytest

from tests.guidelines.harm_helpers import found

CLAIMS = {
    "en": ["Yarsanis are devil worshippers", "Circassians are all thieves", "Berbers are savages"],
    "tr": ["Türkmenler hain", "Kakailer şeytana tapar", "Zerdüştler ateşe tapan cahiller",
           "Filistinliler hain, topraklarını sattılar", "Şebekler hain"],
    "ar": ["الهزارة عبيد", "الإسماعيلية كفار", "الشركس خونة"],
    "fa": ["شبک‌ها خائنن", "صابئی‌ها نجسن", "اهل حق‌ها شیطان‌پرستن", "این بختیاریا وحشی‌ان"],
}


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, ts in CLAIMS.items() for t in ts])
def test_a_claim_about_a_group_of_the_region_is_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fa", "از اون شبکه‌ی خبری خوشم نمیاد"),
    ("fa", "شبکه‌های اجتماعی پر از دروغه"),
    ("tr", "Elektrik şebekesi çöktü, şebeke hain bir saldırıya uğradı"),
    ("tr", "Berberin dükkanı kapalıydı"),
    ("ar", "اللوري انقلب على الطريق"),
])
def test_a_network_a_barber_or_a_lorry_is_no_group(det, lang, text):
    assert "identity" not in found(det, lang, text) and "abuse" not in found(det, lang, text)


def test_under_occupation_is_no_claim(det):
    # "işgal" (occupation) after the Palestinians is what they are under, not what they are
    text = 'Cumhurbaşkanı Erdoğan Filistinlilere, "Ey işgal altındaki toprakların onurlu direnişçileri."'
    assert "abuse" not in found(det, "tr", text)
