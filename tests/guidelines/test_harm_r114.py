"""The hundred-and-fourteenth round: news about the peoples (test_group_grid.py's ntune and ncheck halves) --
hatred named as a crime or a speech is no hatred felt; and Persian hatred owned with "دارم"."""
import pytest

from .harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "Hate crimes targeting refugees reached a record high."),
    ("en", "Police recorded more hate incidents aimed at Muslims this year."),
    ("tr", "Suriyelilere yönelik nefret suçları arttı."),
    ("fa", "جرایم ناشی از نفرت علیه افغانی‌ها افزایش یافت."),
    ("fa", "جرایم نفرت علیه بهایی‌ها ادامه دارد."),
])
def test_hatred_named_as_a_crime_is_not_felt(det, lang, text):
    assert found(det, lang, text).get("abuse") is None


@pytest.mark.parametrize("lang, text", [
    ("en", "I hate refugees"),
    ("fa", "از افغانی‌ها نفرت دارم"),  # hatred owned, "I have hatred of"
    ("fa", "من از بهایی‌ها نفرت دارم"),
])
def test_hatred_felt_is_found(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


def test_hate_mongering_said_of_others_is_left_as_it_was(det):
    # (not read as a crime named: "نفرت پراکنی" is said of those a comment attacks)
    text = "این افراد غیر از نفرت پراکنی علیه اسلام ماموریتی ندارند"
    assert found(det, "fa", text).get("abuse") == 2
