"""The seventy-second round (2026-12-04): essentialist claims through a frame (harm._essence_frames) --
"wherever they go, <harm> rises" (fa), "<vice> in the blood of <group>" (ar: the claim before its group,
emitted by rule 3f with the group's kind) -- a trait in a group's blood that is praise is no claim ("لرها
مهربونی تو خونشونه" was abuse at 0.89), a group that "becomes human only with a beating" (fa), and a foreign
power's agents (tr "ajanı", exact words: "ajans" is a news agency)."""
import pytest

from tests.guidelines.harm_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("fa", "افغانیا هر جا برن جرم و جنایت زیاد میشه"),
    ("fa", "کردها فقط با کتک آدم میشن"),
    ("ar", "الخيانة بدم الشيعة"),
    ("tr", "Şiilerin hepsi İran ajanı"),
])
def test_an_essentialist_claim_is_abuse(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fa", "لرها مهربونی تو خونشونه"),
    ("fa", "افغانیا هر جا برن کار می‌کنن"),
    ("fa", "هر جا میرم ترافیک زیاد میشه"),
    ("ar", "الطيبة بدم العراقيين"),
    ("ar", "لا يتساوى دم الكافر والدجال بدم المسلم"),
    ("tr", "Anadolu Ajansı Şiilerin bayramını haber yaptı"),
])
def test_praise_work_traffic_and_a_news_agency_are_not(det, lang, text):
    assert "abuse" not in found(det, lang, text)
