"""The sixty-eighth round (2026-12-04), Persian, Arabic and Turkish: refugees and other groups in the words
comments use of them. A sweeping claim caught: "nothing but <harm>" ("پناهجوها جز جرم و جنایت چیزی نمیارن",
"Mülteciler suçtan başka bir şey getirmiyor", harm._nothing_but_harm), the comparative and superlative of a
short Persian insult (_FA_DEGREE: "لرها خنگ‌ترین قوم ایرانن"), "همه‌شون" as "all of them", "always betray"; and
"don't let a single one of them open a shop" in Arabic (denied_entry). Sympathy and news no longer read as
abuse: a group that has seen nothing but war, a group's own wish to go home, a deportation told in the passive
present ("اللاجئين يترحلون من تركيا حسب التقرير", _AR_PASSIVE_NOW). Every "not" case below was abuse before
the round, every "is" case was not."""
import pytest

from tests.guidelines.harm_helpers import rules_in

CLAIMS = {"negative generalisation", "exclusion"}


def abuse_rules(det, lang, text):
    return {rule for clause, rule in rules_in(lang)(det, text) if clause == "abuse"}


@pytest.mark.parametrize("lang, text", [
    ("fa", "پناهجوها جز جرم و جنایت چیزی نمیارن"),
    ("fa", "عربا جز تروریسم چیزی تولید نمیکنن"),
    ("fa", "مهاجرا جز فقر و جنایت چیزی برای ما نیاوردن"),
    ("tr", "Mülteciler suçtan başka bir şey getirmiyor"),
    ("fa", "لرها خنگ‌ترین قوم ایرانن"),
    ("fa", "افغانی‌ها همیشه خیانت می‌کنن"),
    ("fa", "کردها همیشه خیانت می‌کنند"),
    ("ar", "لا تخلون ولا سوري يفتح محل بشارعنا"),
    ("ar", "لا تخلوا ولا عراقي يفتح مطعم هنا"),
    ("ar", "الفلسطينيين لازم يتسفرون كلهم"),
])
def test_a_sweeping_claim_or_a_call_to_keep_a_group_out_is_abuse(det, lang, text):
    assert abuse_rules(det, lang, text) & CLAIMS


@pytest.mark.parametrize("lang, text", [
    ("fa", "پناهجوها جز بدبختی چیزی ندیدند"),
    ("fa", "بیشتر پناهنده‌ها دوست دارند به خانه‌شان برگردند"),
    ("fa", "افغان‌ها می‌خوان به کشورشون برگردن"),
    ("fa", "سوری‌ها آرزو دارن به وطنشون برگردن"),
    ("ar", "اللاجئين يترحلون من تركيا حسب التقرير"),
    ("ar", "السوريين يترحلون من لبنان حسب مصادر حقوقية"),
])
def test_sympathy_a_groups_own_wish_and_news_are_not(det, lang, text):
    assert not abuse_rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fa", "مردم می‌خوان افغانا برگردن"),  # someone else's wish: the group is put out
    ("fa", "افغانا میخوان بیان اینجا، باید برگردن به کشورشون"),  # their wish, then a call
    ("ar", "لازم السوريين يترحلون من تركيا"),  # the passive present with a call's word
])
def test_a_wish_that_is_not_the_groups_own_or_a_call_still_excludes(det, lang, text):
    assert "exclusion" in abuse_rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fa", "لرها مهربان‌ترین مردم ایرانن"),  # a superlative of praise
    ("fa", "این سیاستمدار همیشه به مردم خیانت می‌کنه"),  # one man, no group
    ("ar", "لا تخلون ولا طفل يطلع بالليل وحده"),  # "don't let" with no group
    ("tr", "Mülteciler acıdan başka bir şey görmedi"),  # suffered nothing but pain
])
def test_praise_one_man_and_no_group_are_not_claims(det, lang, text):
    assert not abuse_rules(det, lang, text) & CLAIMS
