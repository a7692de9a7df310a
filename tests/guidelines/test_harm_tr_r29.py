"""Mechanisms from the twenty-ninth Turkish round (tests/guidelines/probes/tr_r29.tsv, 2026-12-01: insults,
sexual remarks, homophobia, slurs and their counter-speech, and threats in new phrasings): each with comments
that need it and contrasts it must leave alone. The comments here are other wordings than the probe's
lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text, clause", [
    # the jaw, the mouth and nose "scattered" by the speakers
    ("Bu yorumcunun ağzını burnunu dağıtırız", "threat"),
    ("Şu muhabirin çenesini dağıtmak lazım", "threat"),
    # the addressee caught alone or somewhere deserted
    ("Seni tenha bir yerde yakalarsak görürsün", "threat"),
    ("Onu karanlıkta kıstıracağız, merak etme", "threat"),
    # an ultimatum whose "or else" is someone who won't come home
    ("Sesini kes yoksa bir akşam eve dönemez o çocuk", "threat"),
    # "kimse" as the subject of a fate phrase, not its negation
    ("Bu gece o köydeki kimse yarını göremeyecek", "threat"),
    # the village idiot, the empty tin can
    ("Editör denen köy delisi yine manşeti batırmış", "personal_attack"),
    ("Sen tam bir boş tenekesin, sadece ses çıkarıyorsun", "personal_attack"),
    # the dotless spelling of a religious slur
    ("Bu rafızıler Irak'ı İran'a sattı", "abuse"),
    # a negative predicate put before the group as its attribute
    ("Keçi çobanı Suriyeliler yine ortalığı karıştırmış", "abuse"),
    # the reclaimed name in a hostile use stays a slur
    ("Lubunyalar memleketin başına bela", "abuse"),
])
def test_r29_violations(det, text, clause):
    assert found(det, text).get(clause) == 2, text


@pytest.mark.parametrize("text, clause", [
    # the commenter's own saying is not another person's: the first person still counts
    ("Ben ona \"ibne\" dedim, ne olacak", "abuse"),
    # and a group "is called" in the aorist is the commenter's claim
    ("Bunlara \"kıro\" derler, hak ediyorlar", "abuse"),
    # a threat with "kimse" that is a threat's own negation stays negated (below)
])
def test_r29_still_found(det, text, clause):
    assert found(det, text).get(clause) == 2, text


@pytest.mark.parametrize("text", [
    # a quoted word another person said, told in the past
    "Komşum bana \"gavur\" derdi, şimdi en yakın dostum",
    "Maçta taraftarlar hakeme \"ibne\" diye bağırdı, federasyon ceza verdi",
    "Çocuğa okulda \"kıro\" diye hakaret etmişler, okula gitmek istemiyor",
    "\"Çingene\" diye yazan hesaplara karşı şikayet başlattık",
    # "kimse" negating a violent verb; the head "scattered" is unwinding; alone is not caught
    "Kimse seni öldürmeyecek, sakin ol",
    "Hafta sonu dağa çıkıp kafa dağıtalım",
    "Seni yalnız bırakmayacağız, yanındayız",
    # the predicate with a word between: the herders who are Arabs
    "Deve çobanı olan Arap aileler kuraklıktan çok etkilendi",
    # the community's own name for itself, of oneself or one's friends
    "Biz lubunya gençler olarak Erbil'de de varız",
    "Lubunya dostlarla Amed'de bir konsere gittik",
    # a missed bus, not an ultimatum
    "Otobüs kaçarsa çocuk eve dönemez, bir gün de erken çıksın",
])
def test_r29_contrasts(det, text):
    strong = {c for c, s in found(det, text).items() if s == 2}
    assert not ({"threat", "abuse", "personal_attack", "vulgarity", "profanity"} & strong), text
