"""Mechanisms from the twenty-second round's Persian probes (tests/guidelines/probes/fa_r22.tsv, 2026-12-01:
consequences promised, threats to a writer's family and living, spoken and regional forms, calls to come
armed, threats to judges and to people at a place, and their contrasts): each with comments that need it and
contrasts it must leave alone. The comments here are variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    "این کارت برات گرون تموم میشه آقای سردبیر",  # a consequence promised
    "تقاصشو پس میدی، صبر کن",
    "تا آخر عمرت پشیمون میمونی که این خبرو زدی",
    "جوابمو ندی پشیمون میشید همتون",
])
def test_consequences_promised(det, text):
    assert found(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "مادرتو داغدار میکنم، اینو بدون",  # the family
    "نونتو آجر میکنم که دیگه هیچ جا استخدامت نکنن",  # the living
    "شتکت میکنم رو آسفالت",  # slang
    "اگه ببینمت ایکشمت",  # southern
    "اون دفترو با همه‌ی کارمنداش میفرستیم هوا",
    "هر کی چاقو داره فردا صبح بیاد میدون شهر",  # a call to come armed
    "خدایا خونشو بریز که راحت بشیم",  # a prayer for one's blood
    "امیدوارم همه‌شون زیر آوار له بشن",  # a group wished crushed
])
def test_family_slang_calls(det, text):
    assert found(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "اگه این طرح اجرا بشه دولت پشیمون میشه",  # a prediction about a third party
    "شرکت باید تاوان خسارتو تو دادگاه بده",
    "مادرم برای عزای پدربزرگ سیاه پوشید",
    "چاقوی آشپزخونه رو بیارید پیاز خرد کنیم",  # no call with arms
    "تو بازی باید همه‌ی هیولاها رو بکشی تا امتیاز بگیری",  # creatures of a game
    "تیم حریفو دیشب له کردیم",  # sport
])
def test_contrasts(det, text):
    assert found(det, text).get("threat") != 2, text


@pytest.mark.parametrize("text", [
    "این قاضی احمق هیچی از قانون نمیفهمه",  # a judge, a person an insult is said of
    "دادستان بی‌شعور فقط بلده پرونده بسازه",
])
def test_judges_insulted(det, text):
    assert "personal_attack" in found(det, text), text


def test_judge_named_without_insult(det):
    assert "personal_attack" not in found(det, "قاضی پرونده امروز رأی نهایی رو صادر کرد")
