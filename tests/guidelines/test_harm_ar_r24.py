"""Mechanisms from the twenty-fourth Arabic round (tests/guidelines/probes/ar_r24.tsv, 2026-12-01:
exclusion calls and counter-speech in new wordings, violations dressed as counter-speech): each with
comments that need it, in other words than the probe's, and contrasts it must leave alone."""
import pytest

from newsroom.guidelines.harm import STRONG
from tests.guidelines.harm_helpers import found_in

found_ar = found_in("ar")


@pytest.mark.parametrize("text", [
    # isolation as exclusion
    "الكرد لازم ينعزلون عن باقي الناس",
    "المسيحيين اعزلوهم بقرية وحدهم",
    # the Shabak as a named group
    "الشبك خونة من زمان",
    # tails of a foreign power; impurity as a predicate
    "السنة ذيول تركيا ما منهم امان",
    "الإيزيدية نجاسة بهالبلد",
])
def test_arabic_twenty_fourth_round_abuse(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") == STRONG, (text, f)


@pytest.mark.parametrize("text", [
    # the Shabak named without abuse; a net; a person who keeps to himself
    "أهالي الشبك عادوا إلى قراهم بعد التحرير",
    "الصياد رمى الشبك بالنهر",
    "صديقي صار ينعزل عن الناس بعد وفاة أبوه",
    "العمود يبعد عن البيت عشرة أمتار",
])
def test_arabic_twenty_fourth_round_contrasts(det, text):
    f = found_ar(det, text)
    assert f.get("abuse") != STRONG, (text, f)
