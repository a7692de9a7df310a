"""The eighty-seventh round (2026-12-04): a group said to care about nothing but money is a sweeping claim
(only_money: "Women only think about money and gold", "Yahudilerin tek derdi para", "اليهود همهم الوحيد
المال", "زن‌ها فقط به فکر پول و طلان"). Not a group that only thinks of its children, nor money wanted to live
on, nor others who only care about money."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("lang,text", [
    ("en", "Women only think about money and gold"),
    ("en", "All Jews think about is profit"),
    ("tr", "Kadınlar sadece para ve altın düşünür"),
    ("tr", "Araplar paradan başka bir şey düşünmez"),
    ("tr", "Yahudilerin tek derdi para"),
    ("ar", "النسوان ما يفكروا إلا بالفلوس والذهب"),
    ("ar", "العرب ما يهمهم غير الفلوس"),
    ("ar", "اليهود همهم الوحيد المال"),
    ("fa", "زن‌ها فقط به فکر پول و طلان"),
    ("fa", "عربا جز پول به هیچی فکر نمیکنن"),
])
def test_a_group_that_cares_only_for_money_is_a_claim(det, lang, text):
    assert CLAIM in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Refugees only think about their families back home"),
    ("en", "Refugees only want money to survive"),
    ("en", "Politicians only care about money, not about refugees"),
    ("tr", "Kadınlar sadece eşit ücret istiyor"),
    ("tr", "Mültecilerin tek derdi çocuklarının geleceği"),
    ("ar", "اللاجئين ما يفكروا إلا بأولادهم"),
    ("fa", "پناهنده‌ها فقط به فکر بچه‌هاشونن"),
])
def test_other_cares_or_others_money_is_no_claim(det, lang, text):
    assert "abuse" not in found(det, lang, text)
