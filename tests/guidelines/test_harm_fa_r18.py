"""Mechanisms from the eighteenth round's Persian probes (tests/guidelines/probes/fa_r18.tsv, 2026-12-01:
doxxing and intimidation, sexual remarks, calls for violence, sexism, homophobia, exclusion and their
contrasts): each with comments that need it and contrasts it must leave alone. The comments here are
variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # someone's address, number or workplace posted or to be spread by the writer (rule 2b-fa)
    "آدرس خونه‌ی این نماینده رو گذاشتم، هر کی خواست بره سراغش",
    "شماره موبایل دختر اون مجری رو پیدا کردم، فردا همه جا پخشش میکنم",
    "نشونی مغازه‌ی این یارو رو میذارم اینجا",
    # a person's street told and a visit called on them
    "این نماینده تو کوچه‌ی شهدا خونه داره، برید سراغش",
])
def test_an_address_posted_or_visited(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a place's address, an address reported posted, someone's threat to post one, a shop recommended
    "آدرس کتابخونه‌ی جدید رو گذاشتم پایین، سر بزنید",
    "خبرنگار گفت آدرس منزلش در فضای مجازی منتشر شده",
    "تهدید کرده بود شماره موبایل نماینده رو پخش میکنه",
    "یه نونوایی خوب تو خیابون آزادی هست، برید سراغش",
])
def test_addresses_that_are_no_threat(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # "someone is waiting for you" for what the addressee writes; "we know ..." with خبر داشتن; the
    # addressee's kin told to lock the door; the addressee's routine to the hour with a warning
    "اگه بازم بنویسی، یه شب یکی منتظرته",
    "خبر دارم کجا درس میخونی",
    "به زن و بچه‌ت بگو درو قفل کنن",
    "هر شب ساعت ده از باشگاه میای بیرون، حواستو جمع کن",
])
def test_intimidation(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "ما خبر داریم که دولت کجا پول‌ها رو خرج میکنه",
    "وقتی از خونه‌ت میری درو قفل کن",
    "هر روز ساعت هشت از این جاده رد میشی؟ جاده‌ی قشنگیه",
])
def test_intimidation_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # beaten "as much as he can take"; a tongue cut (بریدن at the clause's end)
    "بگیرینش و تا میخوره کتکش بزنین",
    "زبونشو باید برید",
    "باید زبون این نماینده‌ها رو برید تا دیگه حرف نزنن",
])
def test_acts(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "زبان انگلیسی رو برید کلاس یاد بگیرید",  # برید: go
    "این ترافیک آدمو میکشه",  # an idiom
])
def test_acts_contrasts(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # sexual remarks: the arms offered to a woman, what she does in bed, a short skirt, a body part
    "خانم خبرنگار بیا بغلت بخوابم",
    "این بازیگره معلومه تو تخت چیکارا میکنه",
    "این خانم با اون دامن کوتاه داره التماس میکنه بکننش",
    "سینه‌های این مدل از لباسش زده بیرون، جوون",
])
def test_sexual_remarks(det, text):
    assert "vulgarity" in found(det, text), text


def test_a_child_asleep_in_her_arms(det):
    assert "vulgarity" not in found(det, "بچه تو بغلش خوابید، خانم پرستار خیلی مهربون بود")


@pytest.mark.parametrize("text", [
    # "gays" in the colloquial plural; womankind's mind in her eyes; a woman or a girl in general as the
    # subject of a generic condition; deprived of a vote; "not one of us"
    "گیا همشون مریضن",
    "زن جماعت عقلشون به چشمشونه",
    "دختر که دانشگاه بره بی‌شوهر میمونه",
    "زن که بده دستش مدیریت، همه چی خراب میشه",
    "کردهای سوری رو از انتخابات محروم کنید",
    "بهاییا خودی نیستن",
])
def test_group_abuse(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "این گیا همشون خشک شدن",  # گیا: plants
    "این دختر که دیروز اومد خیلی پررو بود",  # one girl
    "دختر که بودم خیلی پررو بودم",
    'اینکه کسی بنویسه "عربا کثیفن" فقط جهل خودشو نشون میده',  # rejected as ignorance
])
def test_group_abuse_contrasts(det, text):
    assert "abuse" not in found(det, text), text
