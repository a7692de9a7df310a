"""Mechanisms from the twenty-fourth Persian round (tests/guidelines/probes/fa_r24.tsv, 2026-12-01: doxxing
and intimidation, calls for violence, derogation of groups, homophobia and sexism, and their contrasts):
each with comments that need it and contrasts it must leave alone. The comments here are other wordings
than the probe's lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    # whose blood is lawful, named between خون and حلاله
    "خون این خائنا حلاله",
    "خون اون نویسنده‌ی وطن‌فروش حلاله",
    # a hand that must be cut off
    "دستای این دزد باید قطع بشه",
    "دستی که این کاریکاتور رو کشید باید قطع کرد",
    # a place brought down on their heads, bidden
    "این ساختمون رو روی سرشون خراب کنید",
    "باید خونه‌شو روی سرش خراب کرد",
    # no quarter; the mouth sealed with mud
    "هر جا دیدین امانشان ندهید",
    "دهنتو گل میگیرم بچه‌پررو",
])
def test_threat_round24(det, text):
    assert "threat" in found(det, text), text


@pytest.mark.parametrize("text", [
    # blood declared lawful by others, reported; a hand lost in an accident; at least (دست کم)
    "خون این آدما رو حلال کردن سیاستمدارا",
    "دست راستش تو تصادف قطع شد",
    "دست کم باید برق یک ساعت قطع بشه",
    # the news' collapse on their heads; others who destroyed huts, told
    "آوار روی سرشون خراب شد",
    "رفتن آلونکا رو روی سرشون خراب کنن",
    # the speaker's own head bursting, words between
    "مغزم از این همه خبر داره منفجر میشه",
    "سرم با این امتحانا منفجر شد",
])
def test_no_threat_round24(det, text):
    assert "threat" not in found(det, text), text


def test_bomb_still_a_threat_round24(det):
    assert "threat" in found(det, "دفتر این روزنامه رو منفجر کنید")


@pytest.mark.parametrize("text", [
    "افغانیا مغزشون اندازه‌ی نخوده",
    "عربا مغزشون قد یه گنجشکه",
])
def test_small_brain_of_a_people_round24(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    # the one who says the slur knows no history
    "هرکی میگه «لرها احمقن» هیچی از تاریخ نمیدونه",
    "کسایی که میگن کردا خائنن چیزی از تاریخ نمیدونن",
])
def test_no_history_counter_round24(det, text):
    assert "abuse" not in found(det, text), text
