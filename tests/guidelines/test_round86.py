"""The eighty-sixth round (2026-12-04): a group blamed for all our misfortunes (scapegoat: "Every
misfortune we have is the fault of the Shia", "Bütün sorunlarımızın sebebi Suriyeliler", "كل مصايبنا من ورا
الشيعة", "همه‌ی مشکلاتمون تقصیر افغانیاست") and a group said to stir up trouble wherever it goes
(troublemaking) are sweeping claims. Not a misfortune blamed on no group, nor the misfortune of a group ("كل
مصائب الإيزيديين من ورا داعش"), nor trouble a group faces."""
import pytest

from tests.guidelines.harm_helpers import found, rules

CLAIM = ("abuse", "negative generalisation")


@pytest.mark.parametrize("lang,text", [
    ("en", "Every misfortune we have is the fault of the Shia"),
    ("en", "All our problems are because of the refugees"),
    ("en", "Jews stir up trouble wherever they go"),
    ("tr", "Bütün sorunlarımızın sebebi Suriyeliler"),
    ("tr", "Yahudiler gittikleri her yerde fitne çıkarır"),
    ("tr", "Kürtler her yerde kargaşa çıkarıyor"),
    ("ar", "كل مصايبنا من ورا الشيعة"),
    ("ar", "سبب كل مشاكلنا السوريين"),
    ("ar", "اليهود يثيرون الفتنة أينما حلوا"),
    ("fa", "هر چی بدبختی داریم زیر سر این آخوندای شیعه‌ست"),
    ("fa", "همه‌ی مشکلاتمون تقصیر افغانیاست"),
    ("fa", "یهودیا همه‌جا فتنه درست میکنن"),
])
def test_a_group_blamed_for_everything_or_bringing_trouble_is_a_claim(det, lang, text):
    assert CLAIM in rules(det, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "All our problems are because of corruption"),
    ("en", "Every misfortune the Yazidis faced was the fault of ISIS"),
    ("en", "Stop blaming refugees for all our problems"),
    ("en", "Refugees face trouble wherever they go"),
    ("tr", "Bütün sorunlarımızın sebebi yolsuzluk"),
    ("tr", "Ezidilerin başına ne geldiyse IŞİD yüzünden"),
    ("ar", "سبب كل مشاكلنا الفساد"),
    ("ar", "كل مصائب الإيزيديين من ورا داعش"),
    ("ar", "اللاجئين يواجهون المشاكل أينما ذهبوا"),
    ("fa", "همه‌ی مشکلاتمون تقصیر فساده"),
    ("fa", "همه‌ی بدبختی ایزدی‌ها زیر سر داعش بود"),
    ("fa", "افغانیا هر جا میرن با مشکل روبرو میشن"),
    ("fa", "تقصیر همه‌ی مشکلات رو گردن مهاجرا ننداز"),
])
def test_a_misfortune_of_no_group_or_trouble_faced_is_no_claim(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_all_the_misfortune_is_no_insult(det):
    # "بدبختی" after "همه‌ی" is misfortune, not "you are a wretch"
    assert "personal_attack" not in found(det, "fa", "همه‌ی بدبختی ایزدی‌ها زیر سر داعش بود")
