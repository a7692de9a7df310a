"""Mechanisms from the twenty-third Arabic round (tests/guidelines/probes/ar_r23.tsv, 2026-12-01:
counter-speech in new forms, sectarian slurs and exclusion, violations dressed as counter-speech): each with
comments that need it, in other words than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # "that you" as the addressee of an insult
    "كلامك يبين انك غبي",
    "واضح انكم جهلة وتافهين",
    # a brain measured small
    "عقلك بحجم النملة يا استاذ",
    "مخه اصغر من مخ دجاجة",
])
def test_arabic_twenty_third_round_attacks(det, text):
    f = found_ar(det, text)
    assert f.get("personal_attack") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "انتاكوا انتو وقناتكم",
    "يا منتاك شو هالكلام",
])
def test_arabic_twenty_third_round_vulgarity(det, text):
    f = found_ar(det, text)
    assert f.get("vulgarity") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # the one who says it judged the real danger
    "اللي يسمي الكرد خونة هو الخطر الحقيقي على هالبلد",
    "من يقول ان المسيحيين كفار هو أكبر خطر على التعايش",
])
def test_arabic_twenty_third_round_counter(det, text):
    f = found_ar(det, text)
    assert "abuse" not in f, (text, f)


@pytest.mark.parametrize("text", [
    # "that you" with no insult; a size that is not a brain's
    "اعرف انك تعبت كثير بهالتقرير",
    "الغرفة بحجم صغير",
    # a group called the danger is still abuse (below), not countered
])
def test_arabic_twenty_third_round_contrasts(det, text):
    f = found_ar(det, text)
    assert not ({"personal_attack", "vulgarity"} & set(f)), (text, f)


@pytest.mark.parametrize("text", [
    "لو شفته بالسوق اكسر راسه",
    "اذا لقيتك قدام بيتي اذبحك",
])
def test_arabic_twenty_third_round_if_i_see(det, text):
    f = found_ar(det, text)
    assert f.get("threat") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    "لو شفته بالشارع اسلم عليه وابوسه",
    "لو شفتك اموت من الضحك",
    "لو شفته يضربه الشرطي ما اتدخل",
])
def test_arabic_twenty_third_round_if_i_see_contrasts(det, text):
    f = found_ar(det, text)
    assert f.get("threat") != STRONG, (text, f)


def test_arabic_twenty_third_round_danger_not_counter(det):
    f = found_ar(det, "الروافض أكبر خطر على البلد")
    assert f.get("abuse") == STRONG, f
