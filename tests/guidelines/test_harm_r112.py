"""The hundred-and-twelfth round: what the group grid's check2 half (test_group_grid.py) found unread, with
texts other than the grid's where they can be."""
import pytest

from .harm_helpers import found, rule_names


@pytest.mark.parametrize("lang, text", [
    ("en", "We don't want Syrians here, send them all home."),  # an imperative after a comma
    ("en", "What's it with Afghans and stealing"),  # the trope asked
    ("tr", "Afganları temizlemek lazım."),  # a people in the accusative cleaned out
    ("tr", "Bütün Suriyelileri yanarken görmek isterim."),
    ("ar", "أتمنى أشوف السوريين يحترقون"),
    ("fa", "دوست دارم سوختن همه افغانی‌ها را ببینم."),  # "I'd love to see" a wish
])
def test_a_threat_or_abuse_found(det, lang, text):
    got = found(det, lang, text)
    assert got.get("abuse") == 2 or got.get("threat") == 2


def test_a_vice_as_a_persian_habit(det):
    assert found(det, "fa", "چرا افغانی‌ها همیشه دزدی می‌کنند؟").get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "The Kurds came here in 1990, sent their children to school."),  # no imperative
    ("en", "What is it with the court and lying witnesses?"),  # no people
    ("tr", "Belediye Suriyeli mahallelerini temizlemek için ekip gönderdi"),  # their streets cleaned
    ("ar", "الأطفال يحترقون في المخيمات بسبب القصف"),  # no wish
    ("fa", "من دوست دارم تا ساعت ۱۲ باشم ولی خب یه کشت ارشاد تو خونه دارم"),  # "I like", no wish to see
])
def test_nothing_found(det, lang, text):
    got = found(det, lang, text)
    assert got.get("abuse") is None and got.get("threat") is None


def test_whoever_describes_them_so_should_be_ashamed(det):
    text = "من يصف اللاجئين بالحشرات يجب أن يخجل"
    assert "counter" in rule_names(det, "ar", text) and not found(det, "ar", text).get("abuse")
