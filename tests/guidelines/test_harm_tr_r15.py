"""Mechanisms from the fifteenth Turkish round (tests/guidelines/probes/tr_r15.tsv, 2026-12-01: veiled and
group threats): each with comments that need it and contrasts it must leave alone. The comments here are
variants of the probe's, not its lines."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


@pytest.mark.parametrize("text", [
    # a mother weeping, the addressee buried or visited at the grave
    "Anan bir gün arkandan ağlayacak, unutma",
    "baban sana aglayacak bu gidisle",
    "Sizi toprağa veririz, bilesiniz",
    "seni mezarlikta ziyaret ederiz artik",
    # the shroud, the gravestone, the last article
    "Kefeniniz hazır, sırayla gelin",
    "Mezar taşına yazılacak sözü sen seç",
    "Bu son yazın olabilir, dikkat et",
    "son haberin olur bu senin",
    # sleep, a pit, our hands, none spared
    "Geceleri rahat uyuyamayacaksın artık",
    "Seni hendekte bulurlar bir sabah",
    "Ellerime düşmeyesin yazar bey",
    "Gazetecilerin birini bile yaşatmayacağız",
    # a funeral cheered, the death news awaited, goodbyes, curses
    "ölsen bayram ederiz mahallece",
    "Cenazende halay çekeceğiz",
    "Ölüm haberini dört gözle bekliyorum",
    "Ailenle vedalaşsan iyi olur",
    "Allah seni yataklara düşürsün",
    "yatağa düşesin inşallah",
    # taken one night, the list, a coffin, a fire with you inside
    "bir gece evinden alırlar seni, haberin olmaz",
    "Sıradaki sen olabilirsin, unutma",
    "Ya susarsın ya da tabutla çıkarsın buradan",
    "Keşke evin içinde sen varken çökse",
])
def test_veiled_threat_phrases(det, text):
    assert found(det, text).get("threat") == STRONG, (text, found(det, text))


@pytest.mark.parametrize("text", [
    # a harm supposed for the family, and pity or blame for it
    "Oğluna bir şey olursa yazık olur, ona göre yaz",
    "Kızın bir gün kaybolursa şaşırmayın",
    "ailene bi sey olsa cok yazik olur",
    # a harm the addressee "doesn't want", then silence
    "Çocuklarının yetim kalmasını istemiyorsan sus",
    "mezara girmek istemiyorsan yazma artik",
    # people like you vanish (rule 2c)
    "Senin gibi yazanlar iz bırakmadan kaybolur",
])
def test_veiled_warnings_without_a_violent_word(det, text):
    assert found(det, text).get("threat") == STRONG, (text, found(det, text))


@pytest.mark.parametrize("text", [
    # a massacre repeated or finished
    "Maraş'ta yapılanı yine yaparız",
    "Koçgiri'de yarım kalan işi bitireceğiz",
    "Halepçe gibi olsun inşallah",
    # not one of a group left
    "Tek bir Suriyeli kalmayacak bu şehirde",
    "Hiçbir Kürt sağ kalmamalı",
    # a death place for a group or the addressee
    "Eşcinseller için darağacı en güzel yer",
    "Senin gibilerin yeri mezarlık",
    # thrown from roofs, fed to the birds, wiped off the map, "the only cure"
    "Eşcinselleri binalardan atmalı",
    "Ermenileri akbabalara yem edelim",
    "Alevi köylerini haritadan silmeliyiz",
    "Suriyeliler için tek çaresi kurşun",
    "En iyi Arap ölmüş Araptır",
])
def test_group_threats(det, text):
    assert found(det, text).get("threat") == STRONG, (text, found(det, text))


def test_a_group_threatened_is_also_abuse_of_the_group(det):
    assert found(det, "Madımak'ta başladığını bitirmenin vakti geldi Alevilerin").get("abuse") == STRONG
    assert found(det, "Tek bir Ermeni kalmayacak").get("abuse") == STRONG


@pytest.mark.parametrize("text", [
    # news and history, a quotation reported
    'Muhabire "kefenin hazır" yazılı bir mesaj gönderildi',
    'Suriyelilere yönelik "hepsini öldürün" çağrıları soruşturuluyor',
    "Dersim'de 1938'de yaşananlar araştırılmalı",
    "Sivas'ta yapılan yeni hastane açıldı",
    "Madımak davası bir daha görülmeli",
    "Sivas katliamı gibi olaylar bir daha yaşanmasın",
    "Mülteciler için denizin dibi mezar oldu, yüzlerce kişi boğuldu",
    "Dalgıçlar için denizin dibi çok güzel bir yer",
    "Tek bir Suriyeli çocuk bile okulsuz kalmamalı",
    # advice, condolences, a parent's worry
    "Çocuğa bir şey olsa yazık olur, kemerini tak",
    "Ailene bir şey olursa beni ara, yardım ederim",
    "Yolda dikkat et, kaza olur",
    "Allah rahmet eylesin, mekanı cennet olsun",
    "Babamın mezarını ziyaret ettim",
    "Üşümek istemiyorsan montunu giy",
    # idioms and a joke owned as one
    "Bu sıcak beni öldürecek ya",
    "Bu trafik bizi bitirecek",
    "Seni öldürürüm ha, pastanın son dilimine dokunma (şaka tabii)",
    "Gülmekten öldüm",
    "Balıklara yem atmayı çok seviyorum",
    # said or believed by someone, a fact named, a meeting held again
    "Bu son yazın olacak diye duydum, çok üzüldüm hocam",
    "Elimize düşmesin diye telefonu sakladı",
    "ya tabutla çıkarım ya şampiyonlukla, diyor teknik direktör",
    "Dersim'de yarım kalan barışı tamamlayacağız, dedi vekil",
    "Kefenin hazır olması sünnettir, hocamız anlattı",
    "Sivas'ta yapılan kongre tekrar yapılacak",
])
def test_fifteenth_round_contrasts(det, text):
    f = found(det, text)
    assert not {"threat", "abuse"} & set(f), (text, f)


@pytest.mark.parametrize("text", [
    "Şaka değil, seni öldürürüm",  # a joke denied
    "Seni öldürürüm, şaka gibi yazıların var",  # "like a joke": outrageous, no joke owned
    "Suriyelileri yakalım, şaka tabii",  # a group named: no joke
])
def test_a_joke_denied_or_aimed_at_a_group_is_still_a_threat(det, text):
    assert found(det, text).get("threat") == STRONG, (text, found(det, text))
