"""The hundred-and-third round: doxxing and intimidation, and the speaker's own day told in Persian."""
import pytest

from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found


def test_the_addressees_things_in_our_hands(det):
    assert "threat" in found(det, "en", "Your family photos are in our hands, be careful")
    assert "threat" in found(det, "en", "Your address is in our hands")
    assert "threat" not in found(det, "en", "The future of the country is in our hands")


@pytest.mark.parametrize("text", [
    "ماشینم رو جلوی اداره پارک کردم و اومدم سر کار",  # I parked my car and came to work
    "دیروز با دخترم رفتم پارک",
])
def test_the_speakers_own_day(det, text):
    assert det.own_day("fa", normalise_text(text))


@pytest.mark.parametrize("text", [
    "ماشینت رو جلوی اداره دیدم",  # your car: someone else's
    "آدرس خونه‌ی این خبرنگار رو پیدا کردم",  # a person named
    "دستی که اینقدر تند مینویسه رو یه روز از مچ قطع میکنم",  # a vow in the present
    "این آخرین مقاله‌ایه که به اسمت چاپ میشه، قول میدم",
    "دیدی چی شد؟",  # the addressee's verb
])
def test_not_the_speakers_own_day(det, text):
    assert not det.own_day("fa", normalise_text(text))


def test_only_persian_is_read_so(det):
    assert not det.own_day("en", normalise_text("I parked my car and came to work"))
