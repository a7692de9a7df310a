"""Mechanisms from the twenty-seventh Turkish round (tests/guidelines/probes/tr_r27.tsv, 2026-12-01: threats,
homophobic and ethnic abuse, insults spelt with digits and dots, crude sexual remarks, and their
contrasts): each with comments that need it and contrasts it must leave alone. The comments here are
other wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("tr")


@pytest.mark.parametrize("text, clause", [
    # "unless" (-mAdIkçA) the act is done nothing will mend: the condition is the act's mood
    ("Bu hainleri meydanda asmadıkça bu ülke adam olmaz", "threat"),
    ("Mültecileri kurşuna dizmedikçe huzur bulamayız", "threat"),
    # an arson's means counted
    ("O gazetenin arşivine iki şişe benzin yeter", "threat"),
    ("Bu yazarın evine birkaç kibrit yeter de artar", "threat"),
    # a blow on the speaker's behalf, the one struck not to rise again
    ("Şu muhabiri gören bir tokat da bizden atsın", "threat"),
    ("O vekil bu sefer ayağa kalkamayacak, söz veriyorum", "threat"),
    # followed home
    ("Bu yorumcuyu evine kadar takip edeceğiz, görür", "threat"),
    # the ground watered with blood, a duty
    ("Bu hainlerin köylerini kanla sulamak boynumuzun borcudur", "threat"),
    # the vulva named, "sikik" said of a man
    ("Spikerin amı da ağzı gibi büyüktür", "vulgarity"),
    ("Editör dediğin tam bir sikik herif", "personal_attack"),
])
def test_r27_violations(det, text, clause):
    assert found(det, text).get(clause) == 2, text


@pytest.mark.parametrize("text", [
    # "unless" with no violent act, or nothing mended after it
    "Çocuklar ders çalışmadıkça başarı gelmez",
    "Yağmur yağmadıkça bu kuraklık bitmez",
    "Kimse kimseyi dövmedikçe sorun olmaz",
    # a match and a bottle not enough for anything; a slap of praise; someone followed on social media
    "Bu sobayı yakmak için iki kibrit yetmedi",
    "Oyuncu sakatlandı, maçın sonuna kadar yerden kalkamadı",
    "Yazarı sosyal medyada takip ediyorum, yazıları güzel",
    # the martyrs' blood told, the land watered
    "Bu topraklar şehitlerin kanıyla sulanmış",
    "Tarlaları yağmur suyuyla sulamak lazım",
])
def test_r27_contrasts(det, text):
    strong = {c for c, s in found(det, text).items() if s == 2}
    assert not ({"threat", "abuse", "personal_attack", "vulgarity"} & strong), text
