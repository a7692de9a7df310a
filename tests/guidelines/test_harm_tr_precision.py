"""Turkish threat precision (harm.py, HarmDetector._tr_sense and the Turkish branch of rule 2): a violent
verb read by what it is done to, a violent noun by its light verb, the speaker's own death or harm, and
idioms, in comments written for these tests after the false alarms seen on the TRAIN split -- and the
real threats made with the same verbs, which stay found."""
import pytest

from .harm_helpers import found_in, rules_in

found = found_in("tr")
rules = rules_in("tr")

# no threat: the act is done to a thing, an animal or a ball, undergone, told, the speaker's own, a
# metaphor, a topic, a saying
CLEAN = [
    # cutting contact, a tax, a fine, a sacrifice; "stop it!"
    "Ali Koç'u desteklemeyen benimle irtibatı kessin",
    "Kessin!",
    "Bayramda kurban keseceğim",
    "Kurban kesmek sünnettir",
    "Banka hesabımdaki dövizden her ay vergimi kesecek",
    "Kontrolcü biletsiz bindik diye ceza kesecek",
    # hitting a ball, squeezing toothpaste, gritting teeth, shaking hands
    "Caner de olmasa penaltıyı ben atacaktım, topa vuracak adam yok kadroda",
    "Diş macunu sıkacağı aldım",
    "Maç bitiyor, sıkın dişinizi",
    "Bu beyefendinin elini tekrar sıkacak mısınız?",
    "Canımı sıka sıka artık sıkacak can kalmadı",
    # a beating undergone, told in a story
    "Sıla öyle dayak yiyecek bir kadın değil",
    "Bir insan 45 dakika dayak yiyecek, sonra kameraya çıkacak, inandırıcı değil",
    "Bir şey yazacağım ama linç yerim diye yazmıyorum",
    # execution and lynching named in reporting or as a metaphor
    "Bu yargısız infaz bence",
    "Hapis cezası muhakkak infaz edilmeli",
    "Sosyal medyada linç edildi",
    "Twitter'da linç kültürü çok yaygın",
    "Adamı linç ediyorlar, bir bekleyin",
    "Kimseyi linç etmeyin",
    "Tecavüz suçu için cezalar artırılmalı",
    # the speaker's own feeling or death; a saying; ourselves
    "geberiyorum kederden",
    "köpek doğduysan köpek ölürsün",
    "yerli zehrimiz ile ölmeliyiz",
    "Kendimi kesecem en sonunda",
    "Kafama sıkacam ya",
    "sen beni öldüreceksin 😂",
    "biz de vurulalım artık",
    # a slogan, a proverb, a question
    "Vur de vuralım, öl de ölelim",
    "al birini vur ötekine",
    "Her zaman başarıyı taşlamak zorunda mısınız?",
    "Olay budur, yazacağını yazarsın",
    # things, feelings, words typed with their own Turkish letters
    "Bugün sahile vuralım",
    "Sigaramı yakarım",
    "Seni mi kıracağım, aşure güzel değil",
    "Bu fotoğrafı nasıl aşacağım",
    "Birini kendine çok yakın buluyorsan zaman tanı",
    "Soğan doğrarken ağladım",
    # told in the past or the present, denied, a noun's case
    "Herkesi öldürdünüz iyi hoş da Groot'a kıyarken canınız yanmadı mı",
    "Belkıs öldürüyorsun ya 😂",
    "Çocuklar öldürülmesin",
    "Düşüncemi öldüremeyeceksiniz",
    "Bu bombaların kontrolünde Türkiye'nin adı geçiyor mu?",
    # someone's words reported
    '"Halkı öldürsünler bakalım." dedi.',
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_threat(det, text):
    assert "threat" not in found(det, text), rules(det, text)


# real threats with the same verbs and nouns: still found, strongly
THREATS = [
    "seni keseceğim",
    "Seni kescem",
    "Kafasını keseceğim o hainin",
    "Hepinizi keseceğim",
    "Geylerin kafasını kesmek lazım",
    "Kürtlerin nefesini kesmeliyiz",
    "kafana sıkacağım",
    "Kafana bir kurşun sıkacağım",
    "Adama mermi sıkacaksın",
    "dayak yiyeceksin",
    "hepsini linç edin",
    "Linç edelim bu herifi",
    "Bu adamı idam edin",
    "Hepsini idam etmek lazım",
    "gebertirim seni",
    "Onu duvara asalım",
    "Hainlere vurun",
    "O gazeteciyi vurun",
    "Kafanı kırarım",
    "Ağzını burnunu kırarım",
    "İnşallah ölürsün",
    "Seni zorla tecavüz edeyim",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_kept(det, text):
    assert found(det, text).get("threat") == 2, rules(det, text)


def test_what_the_act_is_done_to_decides():
    """The same verb, a thing or a person as its object."""
    from newsroom.guidelines.harm import HarmDetector
    det = HarmDetector()
    assert "threat" not in found(det, "Bayramda kurban keseceğim")
    assert found(det, "Bayramda seni keseceğim").get("threat") == 2
    assert "threat" not in found(det, "topa vuracak adam yok")
    assert found(det, "o adama vuracağım").get("threat") == 2
    assert "threat" not in found(det, "elini sıkacağım")
    assert "threat" in found(det, "kafasına sıkacağım")  # (weak, as before: a head names no one by itself)
    # undergone, unless said to the addressee
    assert "threat" not in found(det, "dayak yiyecek")
    assert found(det, "dayak yiyeceksin").get("threat") == 2


def test_ascii_folding_keeps_typed_turkish_letters():
    """A word typed without its Turkish letters still reaches the entry; a Turkish letter typed where the
    entry has another does not ("aşacağım", to overcome, is not "asacağım", to hang)."""
    from newsroom.guidelines.harm import HarmDetector
    L = HarmDetector().langs["tr"]
    assert "VIOLENT" in L.tags("asacagim")
    assert "VIOLENT" in L.tags("oldurecegim")
    assert "VIOLENT" not in L.tags("aşacağım")
    assert "VIOLENT" not in L.tags("aşalım")
