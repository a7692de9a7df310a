"""Mechanisms from the twenty-seventh Arabic round (tests/guidelines/probes/ar_r27.tsv, 2026-12-01: threats,
religious hatred, slurs, counter-speech quoting slurs, with contrasts): each with comments that need it, in
other words than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # a quoted word named as what shames or hurts its user
    'اللي ينادي اللاجئ "صرصور" يهين نفسه قبل ما يهينه، وما تهين غير نفسك لما تقولها',
    'تعليقك اللي بيه "روافض" تسيء لنفسك',
    'لفظ "لوطي" يجرح ناس عايشين بيننا، خلونا نحترم بعض',
    # the sayer judged as ignorant or as not religion
    "اللي يقول إن الإيزيدية لازم يطلعون من سنجار، هذا جهل",
    "اللي بيقول إن الشيعة كفار، ده مش دين",
])
def test_arabic_twenty_seventh_round_counter_speech(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") != STRONG and f.get("threat") != STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # the slur used, not quoted
    "هالروافض خربوا البلد",
    # the group called liars by someone who is then praised
    "الإيزيدية أنجاس وكل واحد يلمسهم لازم يتغسل",
])
def test_arabic_twenty_seventh_round_counter_speech_contrasts(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # a day the addressee won't live to see
    "يا كاتب، ما راح تلحق تشوف رمضان الجاي",
    "مش هتشوف العيد القادم يا صحفي",
    # the close of an ultimatum
    "اسحب المقال اليوم، وبعدها لا تلوم الا نفسك",
    "يا جماعة المخيم، هذا تحذير، وبعده ما تلومون غير نفسكم",
])
def test_arabic_twenty_seventh_round_threats(det, text):
    assert found_ar(det, text).get("threat") == STRONG, text


@pytest.mark.parametrize("text", [
    # the next feast looked forward to, blame as advice
    "إن شاء الله نشوف العيد الجاي بأربيل سوا",
    "ما راح أشوف العيد الجاي ويا أهلي لأن عندي دوام",
    "اذا ما تحفظ ملفاتك لا تلوم الا نفسك",
])
def test_arabic_twenty_seventh_round_threat_contrasts(det, text):
    assert found_ar(det, text).get("threat") != STRONG, text


@pytest.mark.parametrize("text", [
    # "عربان" for Arabs; a creed denied a speck of Islam; "people of shirk"
    "العربان خربوا كل شي بالمدينة",
    "العلويين ما فيهم ذرة إسلام",
    "النصارى أهل شرك وضلال",
])
def test_arabic_twenty_seventh_round_slurs_and_religious_hatred(det, text):
    assert found_ar(det, text).get("abuse") == STRONG, text


@pytest.mark.parametrize("text", [
    # Arabs and a creed named without contempt
    "العرب والكرد عاشوا سوا بكركوك مئات السنين",
    "المقال شرح تاريخ المذهب بشكل محترم",
])
def test_arabic_twenty_seventh_round_slur_contrasts(det, text):
    assert found_ar(det, text).get("abuse") != STRONG, text
