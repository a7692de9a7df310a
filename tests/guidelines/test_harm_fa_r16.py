"""Mechanisms from the sixteenth Persian round (tests/guidelines/probes/fa_r16.tsv, 2026-12-01): sexist
tropes, counter-speech that calls the speaker a criminal, doxxing by a home number, noted comings and
goings or an uninvited guest; each with a contrast it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found = found_in("fa")


@pytest.mark.parametrize("text, clause", [
    ("این فمینیستا یه مشت زن ترشیده‌ان", "abuse"),
    ("زن جماعت رو نباید جدی گرفت", "abuse"),
    ("زن‌ها اگه مدیر بشن فقط پارتی‌بازی میکنن", "abuse"),
    ("شماره خونتون رو دارم، زنت جواب داد", "threat"),
    ("ساعت رفت و آمدت رو یادداشت کردیم", "threat"),
    ("به زودی یه مهمون سرزده خونتون میاد", "threat"),
    ("کوفت بگیرن این مسئولا", "profanity"),
])
def test_persian_sixteenth_round(det, text, clause):
    assert found(det, text).get(clause) == STRONG, text


@pytest.mark.parametrize("text", [
    "کسی که میگه زن باید کتک بخوره یه جنایتکاره",  # counter-speech: the speaker is the criminal
    "هشدار خانم ستوده را باید جدی گرفت",  # a woman's warning to be taken seriously
    "با نگاهت کوفتمون کردی خب",  # spoilt it for us: no curse
    "دیروز دخترم رو بردم مدرسه، هوا خیلی سرد بود",
])
def test_persian_sixteenth_round_contrasts(det, text):
    f = found(det, text)
    assert not ({"threat", "abuse", "profanity"} & set(f)), (text, f)


def test_a_contact_number_alone_is_no_sales_copy():
    from newsroom.guidelines import detectors
    assert detectors.detect("شماره تماس دفتر روزنامه در سایت هست")["features"][5] == 0
    assert detectors.detect("شماره تماس برای سفارش با تخفیف ویژه")["features"][5] > 0
