"""Mechanisms from the twenty-sixth Turkish round (tests/guidelines/probes/tr_r26.tsv, 2026-12-01: threats,
crude sexual remarks about a presenter or someone's mother or sister, insults at the writer, the editor
or another commenter, and their contrasts): each with comments that need it and contrasts it must leave
alone. The comments here are other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")


@pytest.mark.parametrize("text, clause", [
    # rule 5c: a mother, a sister, a wife with a sexual cue
    ("Senin kız kardeşini bana göndersinler, konuşuruz", "vulgarity"),
    ("o yorumcunun anasına bi gecelik ayarlayın", "vulgarity"),
    ("Editörün karısı kaça yatıyor acaba", "vulgarity"),
    ("muhabirin bacisi kac kisiyle yatti, onu da haber yapin", "vulgarity"),
    # rule 5b: the nipples, legs onto the shoulder, "all night I thought of her"
    ("Spikerin meme uçları ekranda belli, muhteşem", "vulgarity"),
    ("Şu sunucu hatunun bacaklarını omzuma alırdım", "vulgarity"),
    # the oral insinuation
    ("Yazar kadının ağzına bişey verirdim de susardı", "vulgarity"),
    # an empty skull, something else where the brain should be, a circus monkey
    ("Senin kafatasın boş, yorum yazmayı bırak", "personal_attack"),
    ("Muhabir beyin beyninin yerinde kuru fasulye var", "personal_attack"),
    ("Bu yorumcu tam bir sirk maymunu", "personal_attack"),
    # "X değil Y": the insult and the act after "değil" are the speaker's own
    ("Bu adam gazeteci değil, soytarı", "personal_attack"),
    ("Bu hainlere lafla değil sopayla gitmek lazım", "threat"),
    # acts: poison in the water, stations on their heads, an ambush, thrown down, a minefield, stones
    ("Kürtlerin kuyularına zehir katın", "threat"),
    ("Alevilerin cemevlerini başlarına geçireceğiz", "threat"),
    ("O vekilin konvoyunu pusuya düşürün", "threat"),
    ("Yazarı balkondan aşağı atalım", "threat"),
    ("Bu göçmenleri mayın tarlasına sürün", "threat"),
    ("Herkes eline taşını alsın, bu hainleri karşılayalım", "threat"),
    # a match is enough; the face seen for the last time
    ("Sizin gazetenin arşivi kâğıt dolu, bi kibrit yeter", "threat"),
    ("Muhabir, seni son kez görüyoruz bu şehirde", "threat"),
])
def test_r26_violations(det, text, clause):
    assert found(det, text).get(clause) == 2, text


@pytest.mark.parametrize("text", [
    # a mother, a sister, a wife named kindly, and a night with no offer
    "Annesine selam söyleyin, bana da dua etsin",
    "Kız kardeşini bana gönder, ödevini birlikte yaparız",
    "Annesi bir gece hastanede kaldı, şimdi iyi",
    "Yazarın karısı da gazeteci, ikisi birlikte çalışıyor",
    "Annesine bir gecelik aldım doğum gününde",
    # a body part hurt; a shoulder carrying a child
    "Muhabirin bacakları kırıldı, hastanede tedavi görüyor",
    "Çocuğu omzuma alırdım, parkta gezerdik",
    # a skull in a museum; the brain's place in anatomy
    "Müzede bulunan kafatası boş bir vitrinde sergileniyor",
    # "değil" after a verb's infinitive or participle still negates
    "Onları dövmek değil, anlamak lazım",
    "Dayak atana değil dayak yiyene bakın",
    # poison, an ambush, a match, stones, the last time: no one named
    "Tarlaya zehir katmak toprağı bozar",
    "Kibrit fabrikasında yangın çıktı, bir kibrit yetti",
    "Bu stadyumu son kez görüyoruz, yıkılacak",
    "Çocuklar dereden taş alıp su kenarına dizdi",
])
def test_r26_contrasts(det, text):
    strong = {c for c, s in found(det, text).items() if s == 2}
    assert not ({"threat", "abuse", "personal_attack", "vulgarity"} & strong), text


def test_r26_relative_rule_is_its_own(det):
    assert ("vulgarity", "sexual remark on a relative") in rules(det, "Senin bacını bana yollasınlar")
