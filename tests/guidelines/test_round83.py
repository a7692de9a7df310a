"""The eighty-third round (2026-12-04): a group said to ruin, poison or pollute what is ours -- our country,
culture, city, youth or values -- is a sweeping claim, in en, tr, fa and ar (harms_ours: "Afghans pollute our
neighbourhood", "Araplar kültürümüzü bozuyor", "عربا فرهنگمونو نابود کردن", "السوريين خربوا بلدنا"). Not a
flood or a factory, not a group's weapons, not a harm denied, not a group that rebuilt or cleaned."""
import pytest

from tests.guidelines.harm_helpers import rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("lang,text", [
    ("en", "Afghans pollute our neighbourhood"),
    ("en", "Immigrants are wrecking our schools"),
    ("en", "Muslims are eroding our values"),
    ("en", "The Kurds have destroyed our city"),
    ("tr", "Suriyeliler ülkemizi zehirliyor"),
    ("tr", "Araplar kültürümüzü bozuyor"),
    ("tr", "Afganlar mahallemizi kirletiyor"),
    ("tr", "Kürtler şehrimizi mahvetti"),
    ("fa", "عربا فرهنگمونو نابود کردن"),
    ("fa", "کردها شهرمون رو خراب کردن"),
    ("fa", "افغانیا دارن محله‌مونو آلوده می‌کنن"),
    ("ar", "السوريين خربوا بلدنا"),
    ("ar", "الأفغان وسخوا حاراتنا"),
    ("ar", "الشيعة يسممون مجتمعنا"),
])
def test_a_group_ruining_what_is_ours_is_a_claim(det, lang, text):
    assert CLAIM in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The floods destroyed our neighbourhood"),
    ("en", "Syrians are rebuilding our neighbourhood"),
    ("en", "Turkish bombs destroyed our homes"),
    ("en", "Russian missiles have destroyed our city"),
    ("en", "Kurdish fighters destroyed the ISIS positions"),
    ("tr", "Sel mahallemizi mahvetti"),
    ("tr", "Göçmenler şehrimizi güzelleştirdi"),
    ("tr", "Suriyeliler ülkemizi zehirlemiyor"),
    ("fa", "سیل محله‌مون رو خراب کرد"),
    ("fa", "افغانا محله‌مونو تمیز کردن"),
    ("fa", "داعش روستاهای ایزدی رو نابود کرد"),
    ("ar", "السيول خربت حاراتنا"),
    ("ar", "السوريين عمروا بلدنا"),
    ("ar", "القصف دمر بيوتنا"),
])
def test_a_harm_not_done_by_a_group_to_what_is_ours_is_no_claim(det, lang, text):
    assert CLAIM not in rules(det, lang, text)


def test_a_team_of_a_people_beating_us_is_no_claim(det):
    # (a probe line of round 25 the first version read as a claim of the Arabs)
    assert CLAIM not in rules(det, "fa", "تیم عربای بصره دیشب ما رو داغون کرد، حقشون بود ببرن")
