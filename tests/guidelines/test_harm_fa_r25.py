"""Mechanisms from the twenty-fifth Persian round (tests/guidelines/probes/fa_r25.tsv, 2026-12-01: threats
to persons and to the region's groups, doxxing, dehumanisation, and their contrasts): each with comments
that need it and contrasts it must leave alone. The comments here are other wordings than the probe's
lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # you'll learn who you have crossed
    "نمیدونی با کی طرفی، بزودی میفهمی",
    "میفهمید با کی در افتادید",
    # you / he won't see the morning
    "اون سردبیر صبح رو نمیبینه",
    "اگه اینو چاپ کنی فردا رو نمیبینی",
    # the addressee's funeral made ready
    "بگو از الان برات کفن بخرن",
    "حلواتو میخوریم به زودی",
    # the brain spattered
    "مغزتو میپاشونم رو دیوار",
    # riddled with holes, the compound and its light verb
    "سوراخ‌سوراخش کنید این خائنو",
    # beaten black and blue, bidden
    "این فمینیستا رو باید سیاه و کبود کرد",
])
def test_stock_threats_round25(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the bare question of a friend; the speaker's own morning
    "با کی در افتادی باز؟ تعریف کن ببینم",
    "من که هیچوقت صبح رو نمیبینم، همیشه تا ظهر خوابم",
    # halva for the dead, halva as a sweet
    "خدا رحمتش کنه، بیاید براش حلوا بپزیم",
    "مامانم برام حلوا پخته، خیلی خوشمزه‌ست",
    # a bruised face told
    "صورتش بعد از تصادف سیاه و کبود شده بود",
])
def test_no_stock_threat_round25(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "گلوی همه‌ی این خائنا رو باید گوش تا گوش برید",
    "گلوی این نماینده‌ها رو گوش تا گوش ببرید",
])
def test_ear_to_ear_round25(det, text):
    assert found(det, text).get("threat") == 2, text


def test_ear_to_ear_crowd_round25(det):
    assert "threat" not in found(det, "سالن گوش تا گوش پر بود و جای سوزن انداختن نبود")


def test_ear_to_ear_sheep_round25(det):
    # the sacrifice's sheep: no person or group owns the throat, so no strong finding
    assert found(det, "موقع قربونی گلوی گوسفند رو گوش تا گوش ببرید").get("threat") != 2


@pytest.mark.parametrize("text", [
    # a death as the aim (تا) of an act called for before it
    "این مهاجرا رو باید تو کانتینر حبس کرد تا از گرما بمیرن",
    "این نماینده رو باید تو زیرزمین زندونی کرد تا از گشنگی بمیره",
])
def test_death_as_the_aim_round25(det, text):
    assert found(det, text).get("threat") == 2, text


def test_life_as_the_aim_round25(det):
    assert "threat" not in found(det, "باید کمکشون کرد تا از گرسنگی نمیرن")


@pytest.mark.parametrize("text", [
    # the body sent or coming back, after a condition
    "اگه عربا بیان این محله جنازه‌شون رو تحویل میدیم",
    "اگه اون کشیش برگرده جسدش برمیگرده",
])
def test_body_after_a_condition_round25(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # a body's return reported; a time, not a condition; a condition denied (a lament)
    "جنازه‌شون فردا به روستا برمیگرده، خدا رحمتشون کنه",
    "وقتی برف بیاد جنازه‌شون برمیگرده",
    "اگه به موقع نرسن جنازه‌شون برمیگرده",
])
def test_body_without_a_threat_round25(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a location posted, its owner a person; a car's plate, then "you know what to do"
    "لوکیشن دفتر این فعال رو گذاشتم تو گروه",
    "شماره پلاک ماشین این خبرنگار رو دارم، خودتون میدونید باید چیکار کنید",
])
def test_doxxing_round25(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    "لوکیشن کافه رو گذاشتم تو گروه، ساعت پنج اونجا باشید",
    "شماره‌ی تلفن این دکتر رو برای مامانم فرستادم",
])
def test_no_doxxing_round25(det, text):
    assert "threat" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "آواره‌ها انگل این مملکتن",
    "کردا همه‌شون مارمولکن",
    "این عربا همه آدمکشن",
    "دخترا رو باید تو خونه حبس کرد",
])
def test_group_abuse_round25(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "آواره‌های جنگ سوریه هنوز تو اردوگاه‌ها زندگی میکنن",
    "آواره‌ها رو باید کمک کرد، همه‌شون آدمای زحمتکشی‌ان",
    "فیلم آدمکشی تو سینما اکران شد، کارگردانش ترکه",
])
def test_no_group_abuse_round25(det, text):
    assert "abuse" not in found(det, text), text


def test_horrifying_call_is_counter_speech_round25(det):
    got = found(det, "اینکه بعضیا میگن مهاجرا رو باید کشت وحشتناکه")
    assert "threat" not in got and "abuse" not in got
