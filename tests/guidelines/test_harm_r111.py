"""The hundred-and-eleventh round: what the group grid's first check half (test_group_grid.py) found unread,
with texts other than the grid's where they can be."""
import pytest

from .harm_helpers import found, rule_names


@pytest.mark.parametrize("lang, text", [
    ("en", "Typical Syrians, always begging and stealing."),  # a vice as a people's habit
    ("ar", "العرب كالعادة كذب ونفاق"),
    ("ar", "السوريين اوسخ ناس"),  # the worst of people
    ("ar", "هل تعتقد أن المهاجرين أقل من البشر"),  # less than human
    ("ar", "اليهود يجعلونني أرغب في التقيؤ"),
    ("tr", "Dünyanın en aşağılık insanları Suriyeliler."),
    ("tr", "Suriyeliler insan bile değil."),  # "not even human": the "değil" is the claim's own
    ("fa", "افغانی‌ها حالم را به هم می‌زنند."),
])
def test_abuse_found(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "Lying in court is a crime, the judge told the Kurds."),  # a vice without a habit word
    ("en", "The Kurds are always complaining about the roads, and they are right."),  # not a vice
    ("tr", "Nefrete karşı Suriyeliler ile birlikteyiz."),  # hatred is what is stood against
    ("fa", "ما در برابر نفرت کنار افغانی‌ها ایستاده‌ایم."),
])
def test_no_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") is None


def test_hatred_itself_is_still_read(det):
    assert found(det, "tr", "Suriyelilerden nefret ediyorum").get("abuse") == 2
    assert found(det, "fa", "از افغانی‌ها متنفرم").get("abuse") == 2


def test_a_claim_called_wrong_before_it_is_made(det):
    text = "اشتباه است که بگوییم عرب‌ها طاعون‌اند."
    assert "counter" in rule_names(det, "fa", text) and not found(det, "fa", text).get("abuse")
