"""The hundred-and-thirteenth round: what the group grid's check3 half (test_group_grid.py) found unread or
misread, with texts other than the grid's where they can be."""
import pytest

from .harm_helpers import found, rule_names


@pytest.mark.parametrize("text", [
    "Attacks on refugees increased last year.",  # a plural noun opens the sentence: news, no call
    "Killings of Yazidis were documented by the UN.",
    "Bombings in Kurdish towns have doubled since 2020.",
    "Stabs the same woman again and again, the court heard.",  # a third person told
])
def test_a_report_is_no_call(det, text):
    assert found(det, "en", text).get("threat") is None


@pytest.mark.parametrize("text", ["Attack the refugees!", "Gas them all", "Kill all Kurds"])
def test_the_imperative_is_still_a_call(det, text):
    assert found(det, "en", text).get("threat") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "I wish every refugee would just vanish."),  # a people wished gone
    ("ar", "اجمعوا السوريين وحطوهم في معسكرات"),  # rounded up into camps
    ("ar", "اليهود أحط عرق"),  # the lowest race
    ("tr", "Suriyeliler dokunduğu her şeyi mahvediyor."),
    ("tr", "Araplar aşağı bir ırk."),
    ("fa", "افغانی‌ها به هر چیزی دست بزنن خرابش می‌کنن."),
    ("fa", "خدا لعنت کند عرب‌ها را."),  # God's curse called on a people
])
def test_abuse_found(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurdish villages disappear as the dam fills"),  # no wish
    ("fa", "خدا لعنت کند این جنگ را."),  # a curse on a war, not a people
])
def test_no_abuse(det, lang, text):
    assert found(det, lang, text).get("abuse") is None


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصف اللاجئين بالحشرات أمر حقير"),  # describing them so, judged vile
    ("fa", "حشره نامیدن افغانی‌ها کاری پست است."),
])
def test_calling_them_so_judged_vile_is_counter_speech(det, lang, text):
    assert "counter" in rule_names(det, lang, text) and not found(det, lang, text).get("abuse")
