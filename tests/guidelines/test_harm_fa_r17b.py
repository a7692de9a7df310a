"""Mechanisms from the seventeenth round's Persian threat batch (tests/guidelines/probes/fa_r17b.tsv,
2026-12-01: veiled threats, threats to a person or a group, calls for violence, doxxing, death wishes and
curses, and their contrasts): each with comments that need it and contrasts it must leave alone. The
comments here are variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # a curse's harm with a wish before it and the cursed one's verb (or ending) after it
    "الهی جوونمرگ بشی",
    "ایشالا زجرکش بشه این مرتیکه",
    "خدا کنه جلو چشمت پرپر بشن",
    "امیدوارم یه کامیون زیرش کنه",
    "ایشالا سرطان بگیرن همشون",
])
def test_curses_wishing_harm(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # acts the lists lacked: crippling, hanging, falling upon, setting on fire with the impersonal past
    # stem, eyes torn out (a 1st-person present with در), a burst of gunfire with بستن as its light verb
    "میگیریمش ناکارش میکنیم",
    "این خائنا رو از تیر برق آویزون میکنیم",
    "آدرسشو پیدا کردیم، بریزید سرش",
    "باید خونه‌شونو آتیش زد",
    "چشمشو از کاسه درمیارم",
    "همتونو به رگبار میبندیم",
    "bayad hamashoono atish zad",
])
def test_acts_the_lists_lacked(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # not to let someone leave alive; a life's last night; a last warning; paying for it
    "نذارید این یارو زنده برگرده",
    "نباید گذاشت اینا زنده بمونن",
    "فردا آخرین روز زندگیته",
    "این آخرین اخطاره",
    "تاوانشو پس میدی",
])
def test_veiled_and_called(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the addressee's things watched or their routine told; a harm supposed with pity
    "خونه قدیمیت رو هر شب میبینم",
    "شوهرت هر جمعه میره باشگاه، نه؟",
    "دیدم پنجره‌ت باز بود دیشب",
    "خونه‌ت خیلی قشنگه، حیفه یه شب آتیش بگیره",
    "بچه‌هات هنوز سالمن؟ قدرشونو بدون",
])
def test_watched_and_warned(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a threat quoted after a writing or saying told, a threat someone made reported
    'اون کاربر که نوشته بود "میکشمت" بازداشت شد',
    'گفتن "سرشو ببرید" جرمه',
    "یارو تهدید کرده بود عکس خونه‌ش رو پخش میکنه",
    # the dead remembered, a wish for peace, pity that is no threat, a sport, a slogan named
    "خدا رحمتش کنه، جوون بود",
    "کاش جنگ تموم بشه و دیگه کسی کشته نشه",
    "حیفه که بابات هنوز زنده نیست ببینه",
    "بچه‌هات هنوز سالمن؟ خدا رو شکر",
    "تیممون دیشب حریفو له کرد",
    "زنده باد کردستان",
    "ماشینت چه قشنگه، مبارکه",
])
def test_contrasts_stay_clear(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # پست is a post under or before someone, "vile" only after its noun
    "زیر پست نویسنده یکی فحش داده بود",
    "این پست مجری رو دیدید؟",
])
def test_a_post_is_no_insult(det, text):
    assert "personal_attack" not in found(det, text), text


def test_vile_is_still_an_insult(det):
    assert "personal_attack" in found(det, "تو آدم پستی هستی")
