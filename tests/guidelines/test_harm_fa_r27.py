"""Mechanisms from the twenty-seventh Persian round (tests/guidelines/probes/fa_r27.tsv, 2026-12-01: veiled
threats and threats to the region's groups, sweeping claims about peoples, sexism and homophobia, and their
contrasts): each with comments that need it and contrasts it must leave alone. The comments here are other
wordings than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found_fa = found_in("fa")


@pytest.mark.parametrize("text", [
    # shedding a group's blood called a merit or a duty
    "ریختن خون این بهائیا ثواب داره",
    "خونشونو بریزید، این ارمنیا کافرن",
    # acts the lists lacked, under an obligation: gassing, burying, smoking out
    "این روستای عربا رو باید شیمیایی کرد",
    "باید همه‌ی این مهاجرا رو زیر خاک چال کرد",
    "ارمنیا رو باید از خونه‌هاشون دود داد بیرون",
])
def test_blood_and_acts_round27(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # blood given, a past chemical attack reported, a barbecue's smoke
    "اهدای خون ثواب داره، فردا بریم بیمارستان",
    "رژیم بعث در سال ۱۳۶۶ حلبچه را شیمیایی کرد و هزاران نفر کشته شدند",
    "دود کباب همسایه کل کوچه رو برداشته",
])
def test_no_blood_or_act_threat_round27(det, text):
    assert "threat" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # a consequence after "next time that" or a condition: an ambulance, a wish for death
    "دفعه‌ی بعد که پاتو تو این بازار بذاری، آمبولانس صدا کن",
    "اگه یه بار دیگه اسم ما رو بنویسی کاری میکنم آرزوی مرگ کنی",
])
def test_consequence_round27(det, text):
    assert "threat" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "بابام غش کرد، یکی آمبولانس خبر کنه",
    "دفعه‌ی بعد که اومدی اربیل حتماً خبر کن، شام مهمون مایی",
])
def test_no_consequence_round27(det, text):
    assert "threat" not in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    "زنا برن خونه، سیاست کار مرداست",
    "زنها مدیریت کار زن نیست میگن",
    "این اوبه‌ای‌ها آبروی محله رو بردن",
    "لرها جز دعوا کار دیگه‌ای بلد نیستن",
])
def test_sexism_homophobia_and_group_predicates_round27(det, text):
    assert "abuse" in found_fa(det, text), text


@pytest.mark.parametrize("text", [
    # "up close" is no keeping away; a task as men's work with no woman named
    "من تا حالا هیچ ترکی رو از نزدیک ندیده بودم، آدمای مهربونی بودن",
    "بنایی کار سختیه، کار مرد است و زانوها رو داغون میکنه",
])
def test_no_abuse_round27(det, text):
    assert "abuse" not in found_fa(det, text), text


def test_keeping_away_still_exclusion_round27(det):
    assert "abuse" in found_fa(det, "نباید به این افغانیا نزدیک شد")


@pytest.mark.parametrize("text", [
    "age dobare esme mano benevisi ye balayi saret miaram",
    "khabarnegar jan, ye belaee saresh miarim ke yadesh nare",
])
def test_finglish_calamity_round27(det, text):
    assert "threat" in found_fa(det, text), text


def test_finglish_calamity_happened_is_no_threat_round27(det):
    assert "threat" not in found_fa(det, "chi shod? ye balaee saret oomad ke javab nemidi?")
