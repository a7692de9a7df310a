"""Mechanisms from the nineteenth round's Persian probes (tests/guidelines/probes/fa_r19.tsv, 2026-12-01:
insults in new words, vocatives and Finglish, group derogation, homophobia, sexism, calls for violence,
sales copy, and their contrasts): each with comments that need it and contrasts it must leave alone. The
comments here are variants of the probe's, not its lines."""
import pytest

from newsroom.guidelines import detectors
from newsroom.guidelines.normalise import normalise_base
from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # an insult heading the comment, cut off by a comma, before words said to the addressee
    "بچه‌پررو، تو رو چه به نظر دادن",
    "نفهم، مگه شما مقاله رو نخوندی؟",
    "خنگول، تو اصلاً متن رو خوندی؟",
    # words the lists lacked: خنگول, the colloquial عقب‌مونده, "your brain's closed"
    "آقای مجری خیلی عقب‌مونده‌ای",
    "مغزت تعطیله داداش",
])
def test_insults(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "بیچاره، تو چقدر سختی کشیدی",  # pity, not a vocative insult
    "خسته، دیروز رسیدم خونه",
    "مناطق عقب‌مانده‌ی استان بودجه ندارن",  # عقب‌مانده: less developed, of a region
    # an animal in an idiom
    "این دکتر تو محل گاو پیشونی سفیده",
    "خرش از پل گذشته، دیگه جواب نمیده",
    "مثل موش آب کشیده اومد خونه",
])
def test_insult_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    # a throat chewed, its owner after it or in its ending; clubs taken up against a group; the
    # impersonal obligation in Finglish
    "خرخرشونو میجویم",
    "باید خرخره‌ی این وزیر رو جوید",
    "چوب و چماق بردارید بریم سراغ کردا",
    "bayad hamashoono sozoond",
])
def test_calls_and_threats(det, text):
    assert found(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "تا خرخره زیر قرضه",  # up to the neck in debt
    "ali diruz ye morgh kosht",  # a chicken killed, told
])
def test_threat_contrasts(det, text):
    assert found(det, text).get("threat") != 2, text


@pytest.mark.parametrize("text", [
    # not to be let in (راه دادن under a negation), "don't let them in"; the woman's place beside her husband
    "بهائیا رو نباید تو دانشگاه راه داد",
    "عربا رو راهشون ندید تو شهر",
    "جای زن کنار شوهرشه نه تو اداره",
])
def test_group_abuse(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "مهمونا رو راه بدید تو",
    # illnesses as a list's
    "همجنسگرایی سال‌ها تو لیست بیماری‌ها بود",
    # what "those who" say, judged after it (the weak "should be ashamed", "they are mistaken" too)
    "اونایی که به بهائیا میگن نجس باید خجالت بکشن",
    "کسایی که سنیا رو داعشی میدونن اشتباه میکنن",
    "کسایی که به افغانا میگن دزد اشتباه میکنن",
])
def test_group_abuse_contrasts(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "کسایی که به کردا میگن خائن راست میگن",  # agreed with, not judged
    "عربا کثیفن، کسایی که ازشون دفاع میکنن اشتباه میکنن",  # the group's defenders are the mistaken
    "ترنسا بیمارن",
])
def test_group_abuse_still_found(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text, n", [
    ("حراج زمستونی کفش با ۳۰ درصد تخفیف", 1),  # the percent as a word beside a discount
    ("قیمت بنزین ۴۰ درصد گرون شد", 0),
    ("۲۰ درصد مردم تخفیف نگرفتن", 0),
])
def test_a_discount_in_words(text, n):
    b = normalise_base(text).text
    assert sum(1 for r, _, _ in detectors.find(b) if r == "phrase") == n, text
