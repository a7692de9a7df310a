"""The hundred-and-second round: a person belittled beside a child (rule 4d, harm._beside_a_child)."""
import pytest

from tests.guidelines.harm_helpers import rules


def belittled(det, lang, text):
    return ("personal_attack", "belittled beside a child") in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Your reporter understands less than a primary school child"),
    ("en", "The author knows less about Iraq than my five-year-old"),
    ("en", "My little son could write a better article than you"),
    ("tr", "Muhabiriniz ilkokul çocuğundan daha az anlıyor"),
    ("tr", "Benim küçük oğlum bile senden iyi yazar"),
    ("ar", "الكاتب يعرف أقل من ابني الصغير"),
    ("ar", "ابني الصغير يكتب أحسن منك"),
    ("fa", "خبرنگارتون از یه بچه دبستانی هم کمتر می‌فهمه"),
    ("fa", "یه بچه هم اینو بهتر از سردبیر می‌فهمه"),
])
def test_a_person_measured_by_a_child(det, lang, text):
    assert belittled(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "My five-year-old knows more about dinosaurs than I do"),  # the speaker compared
    ("en", "Children understand climate change better than many adults, a new study says"),  # no one named
    ("en", "This kid knows less than his teacher"),  # the child measured, not by a child
    ("en", "My son is much taller than you"),  # no knowing or writing compared
    ("en", "The old reporter writes better than the young one"),  # "old" is no child outside "year-old"
    ("tr", "Beş yaşındaki oğlum dinozorları benden iyi biliyor"),
    ("ar", "ابني الصغير يعرف عن الديناصورات أكثر مني"),
    ("fa", "پسر پنج ساله‌م درباره دایناسورها از من بیشتر می‌دونه"),
])
def test_no_one_belittled(det, lang, text):
    assert not belittled(det, lang, text)
