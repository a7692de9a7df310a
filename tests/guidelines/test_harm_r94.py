"""The ninety-fourth round: sexist tropes in new words, and two false alarms mended."""
import pytest

from tests.guidelines.harm_helpers import found


def abuse(det, lang, text):
    return "abuse" in found(det, lang, text)


def attack(det, lang, text):
    return "personal_attack" in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Kızlar üniversiteye para harcamasın, nasılsa evlenecekler"),
    ("fa", "نظر یه زن درباره‌ی سیاست یه پاپاسی هم نمی‌ارزه"),
    ("ar", "رأي المرأة بالسياسة ما بيسوى شي"),
    ("ar", "الصحفيات أخذوا شغلهم لأنهم ناموا مع المدير"),
    ("en", "Muslims will outnumber us in twenty years"),
])
def test_a_trope(det, lang, text):
    assert abuse(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Girls now outnumber boys at the university"),
    ("fa", "این کلینیک به نوجوونای همجنسگرا مشاوره‌ی روانی میده"),
])
def test_a_figure_or_a_clinic_is_no_abuse(det, lang, text):
    assert not abuse(det, lang, text)


def test_psychological_is_no_insult_but_psycho_is(det):
    assert not attack(det, "fa", "تو داری جنگ روانی راه میندازی")
    assert attack(det, "fa", "تو یه روانی هستی")
