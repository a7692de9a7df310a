"""The seventy-fourth round (2026-12-04), identity abuse and intimidation in Persian, Arabic and Turkish:

- Persian: the borders shut on a group ("مرزها رو روی عراقی‌ها ببندید": _FA_SHUT after مرز), "throw out" with
  its verb first ("انداخت بیرون"), and an expulsion told as done, its light verb in the past and no mood
  before it, is news ("دولت صدها کارگر افغان رو اخراج کرد و این ظلمه" was abuse at 0.96: fa_told_done);
- Persian and Turkish: an institution's address found is no person's ("آدرس دفتر روزنامه رو پیدا کردم",
  "Gazetenin adresini buldum": institution_owns);
- Arabic: homosexuality called deviance or a lack of manhood (شذوذ, قلة رجولة; الشذوذ is named as homophobia,
  no longer as a religion), dealings with a group forbidden ("ولا يجوز التعامل معهم", no counter-speech),
  "don't let" right before a group and a verb of living or entering ("لا تخلوا الهنود يسكنون بين العوايل"),
  a group said to eat the natives' livelihood ("ياكلوا رزقنا"), a people called Zionists, the Upper
  Egyptians and the Amazigh named as peoples, and li- before a verbal noun of a derived form is no jussive
  ("تعرضوا لإبادة", subjected to genocide, was a threat at 0.95)."""
import pytest

from tests.guidelines.harm_helpers import found, rules

EXCLUSION = ("abuse", "exclusion")
CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("text", [
    "مرزها رو روی عراقی‌ها ببندید",
    "باید مرزها رو روی افغانا بست",
    "یهودیا رو باید از این مملکت انداخت بیرون",
    "افغانی‌ها رو باید از ایران بیرون کرد",
])
def test_fa_calls_to_shut_out_a_group(det, text):
    assert EXCLUSION in rules(det, "fa", text)


@pytest.mark.parametrize("text", [
    "دولت صدها کارگر افغان رو اخراج کرد و این ظلمه",
    "مرزها رو روی افغان‌ها بستن",
    "آسان ترین راه برگشت به کشورهایی است که یهودی ها از آنها اخراج شدند",
])
def test_fa_an_expulsion_told_as_done_is_no_call(det, text):
    assert EXCLUSION not in rules(det, "fa", text)


@pytest.mark.parametrize("lang,text", [
    ("fa", "آدرس دفتر روزنامه رو پیدا کردم، فردا میرم نامه‌مو تحویل بدم"),
    ("tr", "Gazetenin adresini buldum, mektubumu yarın göndereceğim"),
])
def test_an_institutions_address_found_is_no_intimidation(det, lang, text):
    assert "threat" not in found(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fa", "آدرس دفتر روزنامه‌تون رو پیدا کردم، منتظر باشید"),
    ("tr", "Adresini buldum, yarın görüşürüz"),
])
def test_the_addressees_address_found_still_is(det, lang, text):
    assert found(det, lang, text).get("threat") == 2


def test_ar_homosexuality_called_deviance(det):
    assert CLAIM in rules(det, "ar", "المثلية شذوذ وقلة رجولة")
    assert not found(det, "ar", "هذا شذوذ عن القاعدة")


def test_ar_deviance_names_homophobia_not_a_religion(det):
    kinds = {f.kind for f in det.analyse("ar", "الشذوذ مرض") if f.clause == "abuse"}
    assert kinds == {"homophobia"}


def test_ar_dealings_with_a_group_forbidden(det):
    r = rules(det, "ar", "العلويين نصيرية كفار ولا يجوز التعامل معهم")
    assert CLAIM in r and ("counter", "counter") not in r
    assert EXCLUSION in rules(det, "ar", "المسيحيين يحرم الزواج منهم")
    # the counter-speech's "لا يجوز" stays counter-speech
    assert ("counter", "counter") in rules(det, "ar", "لا يجوز أن نسمي المهاجرين غزاة")


def test_ar_dont_let_a_group_live_among_us(det):
    assert EXCLUSION in rules(det, "ar", "لا تخلوا الهنود يسكنون بين العوايل")
    assert EXCLUSION not in rules(det, "ar", "ليش ما تخلوا السوريين يسكنون عندكم؟")


@pytest.mark.parametrize("text", [
    "هالسوريين جايين ياكلوا رزقنا",
    "الأكراد صهاينة الشرق الأوسط",
    "الصعايدة أغبى ناس في مصر",
])
def test_ar_claims_against_a_people(det, text):
    assert CLAIM in rules(det, "ar", text)


@pytest.mark.parametrize("text", ["الصعايدة ناس جدعان وكرماء", "الأمازيغ جزء أصيل من تاريخ شمال أفريقيا",
                                  "الصهاينة قتلوا الأطفال"])
def test_ar_peoples_named_without_a_claim(det, text):
    assert "abuse" not in found(det, "ar", text)


def test_ar_li_before_a_derived_verbal_noun_is_no_jussive(det):
    assert "threat" not in found(det, "ar", "اليزيدية تعرضوا لإبادة على يد داعش")
    assert "threat" not in found(det, "ar", "كل العراقيين نبجي لاعدام صدام حسين")
    assert found(det, "ar", "لاقتلنك يا كلب").get("threat") == 2
    assert found(det, "ar", "لابيدكم كلكم").get("threat") == 2
