"""Mechanisms from the twentieth round's Persian probes (tests/guidelines/probes/fa_r20.tsv, 2026-12-01:
doxxing and intimidation in new forms, sexual remarks about people in the news, calls for violence,
homophobia and sexism in Dari and Tehrani colloquial forms, sales copy, and their contrasts): each with
comments that need it and contrasts it must leave alone. The comments here are variants of the probe's,
not its lines."""
import pytest

from newsroom.guidelines import detectors
from newsroom.guidelines.normalise import normalise_base
from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # the addressee's kin at their school, class or club, and a caution or a call to keep quiet (2b-fa'')
    "پسرت تو مهدکودک نزدیک پارکه، حواست بهش باشه",
    "اولادهایت ده کدام مکتب میرن معلومه، خاموش باش",
    # private photos of the addressee's, to be spread; the negation of a condition negates no threat
    "فیلمای خصوصیت دستمه، پخشش میکنم",
    "اگه عذرخواهی نکنی آدرس خونه‌ت رو پخش میکنم",
    # a person's mobile number written out is the posting itself
    "شماره‌ی این نماینده اینه 09181234567 زنگ بزنید",
    # a brake that may not work on the addressee's car
    "دفعه‌ی بعد شاید ترمز ماشینت کار نکرد",
    # a Dari car and "I know it"
    "موترت ره می‌شناسم، خوب می‌فامم کجا ایستاد می‌کنی",
    # calls the lists lacked: stones at a head, teeth broken in a mouth
    "هرجا این مجری رو دیدید با سنگ بزنیدش",
    "یکی پیدا بشه دندوناتو تو دهنت خورد کنه",
])
def test_threats(det, text):
    assert found(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "دخترم تو مدرسه‌ی فرهنگ درس میخونه، مراقبش هستم",  # the speaker's own child
    "پسرت کدوم مدرسه میره؟ مدرسه‌ی ما خیلی خوبه",  # no caution
    "برای سفارش به شماره‌ی 09141234567 پیام بدید",  # a number no person's
    "آدرس خونه‌ی این خبرنگار رو پخش نمیکنم",  # the posting itself denied
    "اینکه شماره‌ی این مجری رو تو گروه گذاشتن کار زشتیه",  # a posting told and rejected
    "ترمز ماشینم کار نکرد و تصادف کردم",  # no one's car but the speaker's
    # "I know where you work" among friends: a meal, a guest, a honk, with "brother" or a laughing face
    "میدونم کجا کار میکنی رفیق، یه روز بیام چایی مهمونم کن",
    "ماشینتو دم دانشگاه دیدم، بوق زدم جواب ندادی 😂",
])
def test_threat_contrasts(det, text):
    assert found(det, text).get("threat") != 2, text


@pytest.mark.parametrize("text", [
    "میدونم کجا زندگی میکنی داداش 😂",  # a "brother" and a laugh are not enough
    "میدونم کجا کار میکنی داداش، مواظب خودت باش 😂",  # a caution
    "میدونم کجا کار میکنی، به بابات سلام برسون 😂",  # a greeting sent to the addressee's kin
])
def test_friendly_words_do_not_excuse(det, text):
    assert found(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "این خانم ورزشکار با اون هیکلش باید بیاد پیش من",
    "این مجری خانم یه شب با من باشه",
    "این بازیگره با شلوارک، تا صبح بهش فکر کردم",
])
def test_sexual_remarks(det, text):
    assert found(det, text).get("vulgarity") == 2, text


@pytest.mark.parametrize("text", [
    "این ورزشکار زن با این هیکل قوی مدال طلا گرفت",
    "خواننده‌ی زن امشب تو سنندج کنسرت داره، یه شب به یاد موندنی",
])
def test_sexual_remark_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "ایزکا باید از کشور برن",  # a Dari slur
    "دختر رو دانشگاه بفرستی بی‌حیا میشه",  # a girl in general, the object of a generic condition
    "این لزبینا یه مرد درست و حسابی کم دارن",
    "زن جایش ده خانه است",
    "مردی که دامن بپوشه یه حیوونه",
])
def test_group_abuse(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "این دختر رو دانشگاه بفرستی خوشحال میشه",  # one girl, not girls in general
    "گفتن «زنا ناقص‌العقلن» یه فکر قرون وسطاییه",  # quoted and rejected
])
def test_group_abuse_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text, n", [
    ("کلاس زبان آنلاین با ظرفیت محدود، ثبت‌نام در دایرکت", 1),  # a call through private messages
    ("عکسا رو در دایرکت برات فرستادم", 0),
])
def test_private_messages_as_a_call(text, n):
    b = normalise_base(text).text
    assert sum(1 for r, _, _ in detectors.find(b) if r == "phrase") == n, text
