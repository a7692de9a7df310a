"""Mechanisms from the forty-sixth round (tests/guidelines/probes/*_r46.tsv, 2026-12-03: veiled threats
written afresh in en, ar, tr and fa -- a family, a child, a car, a route or a home named with a warning and
no violent word -- and the same things named kindly), tested in other words than the probe lines that found
them."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    # a greeting or a family named in a comment that congratulates or remembers a meeting fondly (WARM)
    ("en", "Say hi to your husband from us, so nice meeting you both in Erbil"),
    ("en", "Congratulations to your son, we saw the photos from his graduation"),
    ("ar", "سلملي على زوجك، تشرفنا فيكم بالمهرجان"),
    ("ar", "مبروك لبنتك، شفنا صورها بالتخرج"),
    ("tr", "Kocana selam söyle, festivalde tanışmak çok güzeldi"),
    ("tr", "Oğluna tebrikler, mezuniyet fotoğraflarını gördük"),
    ("fa", "به همسرت سلام برسون، از آشنایی باهاتون تو جشنواره خوشحال شدیم"),
    ("fa", "به پسرت تبریک بگو، عکس‌های فارغ‌التحصیلیشو دیدیم"),
])
def test_kind_words_to_a_family_are_no_intimidation(det, lang, text):
    assert "threat" not in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    # ... and without them the same greeting, with the family watched, still is
    ("en", "Say hi to your husband from us, we saw him at the bakery this morning"),
    ("ar", "سلملي على زوجك، شفناه الصبح عند الفرن"),
    ("fa", "به همسرت سلام برسون، امروز صبح دم نونوایی دیدیمش"),
    # veiled threats in stock words
    ("en", "Writers like you tend to have accidents on the way home"),
    ("en", "One morning nobody will find you, remember that"),
    ("en", "Go on, let's see how long your luck lasts, reporter"),
    ("ar", "كمل كتابة وخلينا نشوف لمتى حظك"),
    ("tr", "Yaz bakalım, şansın ne kadar sürecek görelim"),
    ("fa", "بنویس، ببینیم شانست تا کی دووم میاره"),
])
def test_veiled_threats_still_found(det, lang, text):
    assert "threat" in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    ("en", "The luck of the draw decided how long your wait was at the border"),
    ("en", "Nobody can find a parking space downtown any more"),
])
def test_luck_and_finding_in_ordinary_words(det, lang, text):
    assert "threat" not in found(det, lang, text), text
