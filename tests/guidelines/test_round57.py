"""The fifty-seventh round (2026-12-03): a call to withhold from a group a home, a job, a sale or entry is
a call for exclusion, in en, ar, tr and fa (harm.py, rule 3b and _SERVE): "Don't hire Afghans", "Nobody
should rent a flat to refugees", "لا توظفوا أفغان", "Afganları hiçbir işe almayın", "دیگه به ترکا خونه
نفروشید". Not the same call about no group, nor others' refusal told in a relative clause, nor a right
denied."""
import pytest

from tests.guidelines.harm_helpers import found, rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Don't hire Afghans for anything"),
    ("en", "Nobody should rent a flat to refugees"),
    ("en", "Stop selling houses to Persians"),
    ("ar", "لا توظفوا أفغان بأي شغلة"),
    ("ar", "محد لازم يأجر شقة للاجئين"),
    ("ar", "بطلوا تبيعون بيوت للفرس"),
    ("tr", "Afganları hiçbir işe almayın"),
    ("tr", "Kimse mültecilere daire kiralamamalı"),
    ("tr", "Farslara ev satmayı bırakın"),
    ("fa", "افغانیا رو برای هیچ کاری استخدام نکنید"),
    ("fa", "هیچکس نباید به پناهنده‌ها آپارتمان اجاره بده"),
    ("fa", "دیگه به ترکا خونه نفروشید"),
])
def test_a_call_to_withhold_a_home_a_job_or_a_sale_from_a_group_is_exclusion(det, lang, text):
    assert ("abuse", "exclusion") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Don't hire anyone without checking references"),
    ("en", "Stop selling houses to speculators"),
    ("en", "Landlords who refuse to rent to Arabs should be fined"),
    ("ar", "لا توظفوا أحد بدون ما تتأكدون من مراجعه"),
    ("tr", "Referanslarını kontrol etmeden kimseyi işe almayın"),
    ("tr", "Mültecilere para vermeyince bağırmaya başladılar"),  # "when not given": no call
    ("fa", "کسی رو بدون بررسی سوابقش استخدام نکنید"),
    ("fa", "رو اعتماد بنفس دخترا کار نکنید"),  # "don't work on": no job withheld
])
def test_no_group_no_call_or_others_refusal_is_no_exclusion(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_the_scorer_flags_a_home_withheld_from_a_group(model):
    result = model.score([{"text": "Kimse mültecilere daire kiralamamalı"}])[0]
    assert result["violation"] >= 0.5 and result["categories"]["abuse"] >= 0.5
