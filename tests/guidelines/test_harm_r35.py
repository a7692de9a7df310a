"""Mechanisms from the thirty-fifth round (tests/guidelines/probes/ar_r35.tsv, fa_r35.tsv, 2026-12-02: calls
to keep a group from a right -- to study, buy, build, open a shop, hold an office, set foot, vote, hold a
passport -- written afresh, with contrasts), each tested in other words than the probe line that found it."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("ar", "لا تسمحوا للسوريين يفتحون مطاعم هنا"),
    ("ar", "الإيزيديين ما لهم حق يبنون بيوت بهالمنطقة"),
    ("ar", "ولا كردي يحط رجله بهالقرية"),
    ("ar", "المرأة ما لازم تترشح للبرلمان"),
    ("fa", "زن‌ها نباید وزیر بشن"),
    ("fa", "اجازه ندید عربا اینجا مغازه بزنن"),
    ("fa", "نباید به افغان‌ها گذرنامه داد"),
])
def test_a_group_kept_from_a_right_is_exclusion(det, lang, text):
    assert "abuse" in found(det, lang, text), text


@pytest.mark.parametrize("lang, text", [
    ("ar", "الحكومة قررت تسمح للاجئين السوريين بالعمل"),  # allowed, not forbidden
    ("ar", "من حق المرأة تترشح للبرلمان"),
    ("fa", "زن‌ها می‌تونن وزیر بشن و شدن"),
    ("fa", "دولت بالاخره به افغان‌ها گذرنامه داد"),
])
def test_a_right_granted_or_reported_is_no_exclusion(det, lang, text):
    assert "abuse" not in found(det, lang, text), text
