"""The seventy-seventh round (2026-12-04), Persian claims that a people has no manners, conscience, honour or
civilisation ("افغانی‌ها ادب ندارن", "کردا هیچ تمدنی ندارن", "عربا نه تاریخ دارن نه فرهنگ") or is ungrateful
("نمک‌نشناس"), and a question that denies such a claim ("کی گفته عربا فرهنگ ندارن؟", fa_who_says_so)."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "افغانی‌ها ادب ندارن",
    "بهایی‌ها وجدان ندارن",
    "کردا هیچ تمدنی ندارن",
    "عربا نه تاریخ دارن نه فرهنگ",
    "افغانیا نمک‌نشناسن",
    "عربا نمک به حرومن",
    "لرها غیرت ندارن",
])
def test_fa_a_people_said_to_have_no_manners_or_honour(det, text):
    assert CLAIM in rules(det, "fa", text)


@pytest.mark.parametrize("text", [
    "افغانیا خونه ندارن و زمستون سخته",
    "کردا هنوز کشور مستقل ندارن",
    "بلوچ‌ها تاریخ طولانی دارن",
])
def test_fa_what_a_people_lacks_or_has_told_without_a_claim(det, text):
    assert "abuse" not in found(det, "fa", text)


@pytest.mark.parametrize("text", ["کی گفته عربا فرهنگ ندارن؟", "کی گفته عربا وحشی‌ان؟"])
def test_fa_who_says_so_asked_back_is_counter_speech(det, text):
    assert "abuse" not in found(det, "fa", text)


@pytest.mark.parametrize("text", ["هر کی میگه عربا وحشی‌ان راست میگه", "کی گفته زنا عقل ندارن"])
def test_fa_whoever_says_or_no_question_mark_is_no_denial(det, text):
    assert found(det, "fa", text).get("abuse") == 2
