"""The ninety-sixth round: a kin's routine told in Turkish, and two kind twins of veiled threats."""
import pytest

from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found


def threat(det, lang, text):
    return "threat" in found(det, lang, text)


def test_a_kins_routine_told_with_its_hour_or_bus(det):
    assert threat(det, "tr", "Oğlun her sabah yedide 12 numaralı otobüse biniyor, değil mi")
    assert threat(det, "tr", "Oğlun her sabah servise biniyor")


@pytest.mark.parametrize("text", [
    "Oğlun her sabah okula koşarak gidiyor, maşallah",  # admiration
    "Kızın her gün ödevini yapıyor mu",  # a habit, no hour or place
    "Oğlunun okul servisinin saatleri bu hafta değişti, siteye bak",  # a notice
])
def test_no_routine_watched(det, text):
    assert not threat(det, "tr", text)


def test_look_at_the_website_is_no_watching(det):
    assert not threat(det, "ar", "مواعيد باص مدرسة ابنك تغيرت هالأسبوع، شوف الموقع")
    assert threat(det, "ar", "شوف ابنك كل يوم الساعة سبعة بيركب باص المدرسة")  # the son himself watched


def test_a_customers_visit_is_a_kind_promise(det):
    shop = "Nice little shop you have, I'll come by on Saturday"
    assert det.kind_promise("en", normalise_text(shop + " to buy bread"))
    assert not det.kind_promise("en", normalise_text("Nice little shop you have, I'll come by on Saturday"))
    assert not det.kind_promise("en", normalise_text("Nice little shop you have, I'll come by to burn it"))
    # "order" and "shop" are customers' verbs though no kind verb (they were listed but never reached)
    assert det.kind_promise("en", normalise_text(shop + " to order a cake"))
    assert det.kind_promise("en", normalise_text("Nice little shop, we'll come by next week to shop"))
    assert not det.kind_promise("en", normalise_text("Nice little shop, it would be a shame to order a fire"))
