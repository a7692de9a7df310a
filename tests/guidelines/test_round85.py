"""The eighty-fifth round (2026-12-04): disgust at a group, said after it, is a sweeping claim ("Arabs disgust
me", "Kurds turn my stomach", "Gaylere bakınca midem kalkıyor", "السوريين يقززوني", "از همجنسگراها حالم بهم
میخوره"); disgust at how a group is treated or at what happened to it is counter-speech (disgust_at_event:
"The way they treat Afghans makes me sick", which the older "sick" read as a claim of the Afghans)."""
import pytest

from tests.guidelines.harm_helpers import found, rules


@pytest.mark.parametrize("lang,text", [
    ("en", "Arabs disgust me"),
    ("en", "Refugees make me want to vomit"),
    ("en", "Trans people make my skin crawl"),
    ("en", "Kurds turn my stomach"),
    ("en", "Seeing Arabs makes me sick"),
    ("tr", "Gaylere bakınca midem kalkıyor"),
    ("ar", "السوريين يقززوني"),
    ("ar", "اللاجئين بيجيبولي الغثيان"),
    ("fa", "از همجنسگراها حالم بهم میخوره"),
    ("fa", "افغانیا رو میبینم حالم بد میشه"),
    ("fa", "عربا حال آدمو بهم میزنن"),
])
def test_disgust_at_a_group_is_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The way they treat Afghans makes me sick"),
    ("en", "How the police treat refugees makes me sick"),
    ("en", "What happened to the Yazidis makes me sick"),
    ("tr", "Mültecilere yapılanlar midemi bulandırıyor"),
    ("ar", "طريقة معاملة اللاجئين تقرف"),
    ("fa", "از رفتار پلیس با افغانا حالم بهم میخوره"),
])
def test_disgust_at_how_a_group_is_treated_is_counter_speech(det, lang, text):
    assert "abuse" not in found(det, lang, text)
    assert ("counter", "counter") in rules(det, lang, text)


def test_a_claim_after_the_disgust_at_an_event_is_still_read(det):
    assert "abuse" in found(det, "en", "How they treat Afghans makes me sick, they are animals anyway")


@pytest.mark.parametrize("lang,text", [
    ("en", "The smell of the river makes me sick"),
    ("en", "Racism disgusts me"),
    ("fa", "بوی فاضلاب حالمو بهم میزنه"),
    ("fa", "از نژادپرستی حالم بهم میخوره"),
    ("ar", "العنصرية تقرف"),
])
def test_disgust_at_no_group_is_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)
