"""The sixty-sixth round (2026-12-03): a group denied entry, a job or a home, in en, ar, tr and fa.
- A negative quantifier on the group and a call that none of it be let in (harm.py rule 3e): "Not a single
  Turk should be let into this country", "ولا تركي واحد لازم يدخل هالبلد", "Tek bir Türk bile bu ülkeye
  sokulmamalı", "حتی یه ترک هم نباید وارد این کشور بشه". Not a nobody that is not the group ("No one should be
  refused a job because they are Kurdish"), not another verb between the call and the entering ("No Kurd
  should be afraid to enter the city"), not a report ("No Kurd was hired").
- Round 57's withholding (_SERVE) reads giving and serving in Arabic ("لا تعطوا الأكراد وظايف") and a Persian
  refusal ("باید از اجاره دادن به مسیحیا خودداری کنن"); a Turkish refusal to do it ("Hristiyanlara ev
  kiralamayı reddetmeli") is no longer read as rejecting what was said."""
import pytest

from tests.guidelines.harm_helpers import found, rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Not a single Turk should be let into this country"),
    ("en", "No Kurd should be given a government job"),
    ("en", "No refugee should ever be allowed to settle here"),
    ("ar", "ولا تركي واحد لازم يدخل هالبلد"),
    ("ar", "ممنوع يسكن ولا لاجئ بشارعنا"),
    ("tr", "Tek bir Türk bile bu ülkeye sokulmamalı"),
    ("tr", "Hiçbir mülteci sokağımızda ev kiralayamamalı"),
    ("fa", "حتی یه ترک هم نباید وارد این کشور بشه"),
    ("fa", "هیچ پناهنده‌ای نباید تو خیابون ما ساکن بشه"),
])
def test_a_group_none_of_which_may_be_let_in_is_excluded(det, lang, text):
    assert ("abuse", "exclusion") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "لا تعطوا الأكراد وظايف بالحكومة"),
    ("ar", "لا تخدموا الإيرانيين بمحلاتكم"),
    ("fa", "صاحبخونه‌ها باید از اجاره دادن به مسیحیا خودداری کنن"),
    ("tr", "Ev sahipleri Hristiyanlara ev kiralamayı reddetmeli"),
])
def test_a_home_or_a_job_withheld_is_excluded(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2
    assert "counter" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "No one should be refused a job because they are Kurdish"),
    ("en", "No Kurd should be afraid to enter the city"),
    ("en", "No Kurd was hired at the factory this year, a scandal"),
    ("en", "No woman should be given less pay than a man"),
    ("ar", "ولا عربي واحد لازم يخاف يدخل المدينة"),
    ("ar", "ما لازم أحد ينحرم من شغل لأنه كردي"),
    ("tr", "Kimse Kürt olduğu için işten geri çevrilmemeli"),
    ("tr", "Hiçbir Kürt üniversiteye girmekten korkmamalı"),
    ("fa", "هیچکس نباید به خاطر کرد بودنش از کار محروم بشه"),
    ("fa", "حتی یه عرب هم نباید بترسه که وارد این شهر بشه"),
    ("en", "No woman should live in fear of her husband"),
    ("en", "No child should be allowed to go hungry"),
    ("ar", "ولا مرة لازم تعيش بخوف"),
    ("tr", "Hiçbir kadın bu şartlarda çalışmamalı"),
    ("fa", "هیچ زنی نباید تو ترس زندگی کنه"),
])
def test_a_nobody_who_is_not_the_group_or_a_fear_or_a_report_is_no_exclusion(det, lang, text):
    assert ("abuse", "exclusion") not in rules(det, lang, text)


def test_the_model_reads_them_as_abuse(model):
    for text in ("Not a single Turk should be let into this country", "حتی یه ترک هم نباید وارد این کشور بشه",
                 "Tek bir Türk bile bu ülkeye sokulmamalı", "ولا تركي واحد لازم يدخل هالبلد"):
        r = model.score([{"text": text}])[0]
        assert r["violation"] >= 0.5 and r["categories"]["abuse"] >= 0.5, (text, r["categories"])
