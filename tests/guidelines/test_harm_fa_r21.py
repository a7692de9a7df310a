"""Mechanisms from the twenty-first round's Persian probes (tests/guidelines/probes/fa_r21.tsv, 2026-12-01:
insults to the writer and to officials in colloquial words, derogation of and threats to Afghans, Arabs,
Kurds, Lors, Turks and Baha'is, and their contrasts): each with comments that need it and contrasts it must
leave alone. The comments here are variants of the probe's, not its lines."""
import pytest

from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text", [
    "بخشدار ما یه آدم پخمه‌ست",  # a bungler, and an official the lists lacked
    "تو یه گاگولی، برو درستو بخون",
    "این وزیر دست و پا چلفتی هیچ کاری بلد نیست",
    "نویسنده‌ی این خبر واقعا زبون‌نفهمه",
])
def test_colloquial_insults(det, text):
    assert "personal_attack" in found(det, text), text


@pytest.mark.parametrize("text", [
    "بچه که بودم خیلی پخمه بودم",  # the speaker of himself, no one else
    "فرماندار امروز از پروژه‌ی جاده بازدید کرد",  # an official, no insult
])
def test_colloquial_insult_contrasts(det, text):
    assert "personal_attack" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "ای کاش این عربا همه‌شون بسوزن",  # a group wished burnt, in the passive
    "لیاقتشون اینه که همه‌شون دار زده بشن",  # hanged, deserved
    "چرا هنوز کسی خونه‌ی این بهاییا رو آتیش نزده؟",  # a call as a rhetorical question
    "ترک خوب ترک مرده است",  # the only good X is a dead X
    "افغانی خوب افغانی مردس",
])
def test_threats_to_groups(det, text):
    assert found(det, text).get("threat") == 2, text


@pytest.mark.parametrize("text", [
    "دیروز یه اعدامی تو زندان قزلحصار دار زده شد",  # a report, no wish
    "خوشبختانه کسی خونه‌ی اونا رو آتیش نزده",  # relief that it did not happen
    "کرد خوب کرد زنده و آزاده",  # not death
])
def test_threat_contrasts(det, text):
    assert found(det, text).get("threat") != 2, text


@pytest.mark.parametrize("text", [
    "این بازیگر زن با اون باسنش فقط میخواد جلب توجه کنه",
])
def test_sexual_remark(det, text):
    assert found(det, text).get("vulgarity") == 2, text


@pytest.mark.parametrize("text", [
    "باسنش بعد از زمین خوردن درد میکنه",  # the body part, no appraisal
    "این خانم مجری با برنامه‌ی جدیدش خوب جلب توجه کرده",  # attention, no body part
])
def test_sexual_remark_contrasts(det, text):
    assert "vulgarity" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "کسی که میگه «لرها کودنن» یه دروغ محض میگه",  # a quoted generalisation called a lie
    "هیچوقت نگفتم ترکا خرن، این حرفو به من نچسبونید",  # the speaker's denial
])
def test_counter_speech(det, text):
    assert "abuse" not in found(det, text), text


@pytest.mark.parametrize("text", [
    "ترکا همه‌شون خرن",  # no quotation, no rejection
])
def test_counter_speech_needs_rejection(det, text):
    assert "abuse" in found(det, text), text


@pytest.mark.parametrize("text", [
    "کرد خوب کرد مرده است",  # the Kurd named twice in the slogan (کرد alone is also "did")
    "عرب خوب عرب مردهست",
])
def test_the_good_dead_slogan_is_abuse(det, text):
    assert "abuse" in found(det, text), text


def test_did_twice_is_no_group(det):
    assert "abuse" not in found(det, "همون کارو کرد خوب کرد"), "did, did well"
