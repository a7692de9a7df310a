"""Mechanisms from the fortieth round (tests/guidelines/probes/tr_r40.tsv and fa_r40.tsv, 2026-12-02: crude
sexual remarks about presenters, reporters and officials written afresh, with contrasts that name the body,
sex or the bed in news), tested in other words than the probe lines that found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, vulgar", [
    ("Dün gece onu düşünüp kendimi tatmin ettim", True),  # masturbation
    ("O sunucunun ağzına vermek lazım", True),
    ("Şu bakanı arkadan alırım", True),
    ("Videoyu izlerken pantolonumu indirdim", True),
    ("Bütün o kızları düzmek isterdim", True),
    ("Muhabirin popusu çok güzel", True),
    ("Hadi memeni göster", True),  # "your breast", said to someone
    ("Muhabirin bacaklarını gösterin", True),  # rule 5b: a body part, a person, a demand to see it
    ("Spikerin dudaklarına bayıldım", True),
    ("Meme kanseri taramaları ücretsiz", False),  # the breast of medicine
    ("Yunuslar da memeli hayvanlardır", False),  # a mammal
    ("Yaşlandıkça kulak memesi büyür", False),  # an earlobe
    ("Yaralının bacaklarını sardılar", False),  # a body part, no person appraised
])
def test_turkish_sexual_remarks(det, text, vulgar):
    assert ("vulgarity" in found(det, "tr", text)) == vulgar, text


@pytest.mark.parametrize("text, vulgar", [
    ("عکس لختیتونو بفرستید", True),  # nude pictures asked of "you"
    ("با فیلمش خودمو ارضا کردم", True),
    ("اون خانم بازیگر عجب باسنی داره", True),
    ("وقتی دیدمش شلوارمو کشیدم پایین", True),
    ("اون مجری رو از پشت میکنم", True),
    ("پاهای خانم خبرنگار رو نشون بدید", True),  # rule 5b: a body part, a person, a demand to see it
    ("آمار زخمی‌ها رو نشون بدید", False),  # the demand without a body or a person
    ("از پشت بام خانه‌ها شلیک کردند", False),  # "from the roof"
])
def test_persian_sexual_remarks(det, text, vulgar):
    assert ("vulgarity" in found(det, "fa", text)) == vulgar, text
