"""Mechanisms from the forty-fifth round (tests/guidelines/probes/*_r45.tsv, 2026-12-03: threats written
afresh in Arabic, Persian and Turkish -- doxxing, intimidation, calls to kill, threats to a people -- with
news of threats, negated threats and idioms as contrasts), tested in other words than the probe lines that
found them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("text, threat", [
    # Turkish "yok et-", to destroy: its "yok" is the act, not a negation
    ("Kürtleri yok edin", True),
    ("Ermenilerin hepsi yok edilmeli", True),
    ("Seni yok ederim", True),
    ("Bu hainleri yok etmeliyiz", True),
    # ... but not said of a thing, nor of a bare "all of them", nor with its verb negated
    ("Yolsuzluğu yok edeceğiz", False),
    ("Bu sorunu yok etmeliyiz", False),
    ("Eski kitapların hepsini yok edeceğim", False),
    ("Kimse Kürtleri yok edemez", False),
    ("Kürtleri yok etmemeli", False),
    ("Ordu teröristleri yok etti", False),  # told: a report
    ("Bu ilacın hiçbir etkisi yok etkisi", False),
])
def test_turkish_yok_et(det, text, threat):
    assert ("threat" in found(det, "tr", text)) == threat, text


def test_turkish_yok_et_said_of_a_group_is_abuse(det):
    assert "abuse" in found(det, "tr", "Suriyelileri topluca yok etmek lazım")


@pytest.mark.parametrize("lang, text, threat", [
    # "watch your back" said to the writer
    ("ar", "انتبه لظهرك يا صحفي", True),
    ("ar", "دير بالك على ظهرك لما تطلع من البيت", True),
    ("fa", "مواظب پشت سرت باش آقای نویسنده", True),
    ("fa", "پشت سرتو بپا", True),
    # "I'll make you regret it" (Persian), and not when denied
    ("fa", "پشیمونت می‌کنم از این مقاله", True),
    ("fa", "نمی‌خوام پشیمونت کنم، فقط نظرمو گفتم", False),
    # the colloquial "one bullet and it's over", not one bullet told
    ("ar", "رصاصة وحدة براسك وخلصنا", True),
    ("ar", "أطلق رصاصة وحدة في الهواء", False),
    # a back and a bullet in news
    ("ar", "أصيب الجندي برصاصة في ظهره", False),
    ("fa", "پشت سر مجری یک نقشه‌ی بزرگ بود", False),
])
def test_watch_your_back_and_one_bullet(det, lang, text, threat):
    assert ("threat" in found(det, lang, text)) == threat, text
