"""The sixty-third round (2026-12-03): veiled and conditional threats, in en, ar, tr and fa (harm.py).
- A weapon asked for and what the speaker will do with it to a person or a group (rule 2a', _ARMED):
  "Hand me a rifle and I'll deal with every Shia on this street" -- the verb is a euphemism no act list
  holds.
- A death foretold by the coffin or body bag they will leave in (ar, tr, fa VIOLENT entries; fa _FA_COFFIN
  with the present that is the colloquial future): "O mülteciler bu şehirden ceset torbalarında çıkacak".
- Turkish "bıçaklarım" (my knives) read as the first-person aorist of "bıçakla-" (I stab) when it ends its
  clause after an accusative target (_tr_noun_verb_aorist); "haberi yazan gazeteci" (the journalist who
  wrote the news) no longer makes "haberi" a news subject (_TR_WHO_MADE_IT).
- Arabic "if I could / if I had the chance" with its answer in la- and the past ("لو أتيحت لي الفرصة لطعنت
  المحرر").
- A target behind a quantifier ("every one of those journalists") and settlers as people.
Not a pen or a microphone asked for, not the addressee shown how to do a chore, not the fallen told."""
import pytest

from tests.guidelines.harm_helpers import rules


@pytest.mark.parametrize("lang, text", [
    ("en", "Hand me a rifle and I'll deal with every Shia on this street."),
    ("en", "Give me a knife and I'll take care of the guy who wrote this."),
    ("ar", "عطوني بندقية وأنا أتكفل بكل الأكراد اللي بالحارة."),
    ("ar", "اعطوني سكين وأنا أتكفل باللي كتب هالمقال."),
    ("tr", "Bana bir tüfek verin, bu sokaktaki bütün Alevileri ben temizlerim."),
    ("fa", "یه چاقو بدین دستم، خودم کار کسی که اینو نوشته رو تموم می‌کنم."),
])
def test_a_weapon_asked_for_against_someone_is_a_threat(det, lang, text):
    assert ("threat", "armed promise") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Hand me a pen and I'll write a better article myself."),
    ("en", "Give me a knife and I'll show you how to gut a fish."),
    ("en", "Give me a microphone and I'll take care of the interview."),
    ("ar", "عطوني قلم وأنا أكتب مقال أحسن."),
    ("ar", "اعطوني سكين وأنا أقطع الكيكة للضيوف."),
    ("tr", "Bana bir kalem verin, daha iyi bir yazı yazarım."),
    ("fa", "یه قلم بدین دستم، خودم یه مقاله‌ی بهتر می‌نویسم."),
])
def test_a_pen_or_a_chore_is_no_armed_promise(det, lang, text):
    assert not any(c == "threat" for c, _ in rules(det, lang, text))


@pytest.mark.parametrize("lang, text", [
    ("ar", "الشيعة راح يرجعون بتوابيت."),
    ("ar", "اللاجئين راح يطلعون من هالمدينة بأكياس الجثث."),
    ("tr", "O mülteciler bu şehirden ceset torbalarında çıkacak."),
    ("fa", "افغانی‌ها با تابوت برمی‌گردن."),
    ("fa", "اون پناهنده‌ها تو کیسه‌ی جنازه از این شهر می‌رن."),
])
def test_a_group_foretold_to_leave_in_coffins_is_a_threat(det, lang, text):
    assert ("threat", "act+mood+target") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "رجع المقاتلين لبلادهم بالتوابيت حسب التقرير."),
    ("tr", "Habere göre askerler ceset torbalarında döndü, aileleri hâlâ cevap bekliyor."),
    ("tr", "Askerler tabutla döndü."),
    ("fa", "طبق گزارش جنگجوها با تابوت برگشتن."),
    ("fa", "سربازا با تابوت برمیگشتن."),
])
def test_the_fallen_told_are_no_threat(det, lang, text):
    assert not any(c == "threat" for c, _ in rules(det, lang, text))


@pytest.mark.parametrize("text", [
    "Seni bıçaklarım.",
    "Fırsatını bulursam editörü kendi ellerimle bıçaklarım.",
])
def test_turkish_i_stab_after_its_target_is_a_threat(det, text):
    assert ("threat", "act+mood+target") in rules(det, "tr", text)


@pytest.mark.parametrize("text", ["Bıçaklarım mutfakta.", "Bütün bıçaklarım kayboldu."])
def test_turkish_my_knives_are_no_threat(det, text):
    assert not any(c == "threat" for c, _ in rules(det, "tr", text))


def test_turkish_who_wrote_the_news_is_no_news_subject(det):
    text = "Bu haberi yazan gazeteci vurulmalı, bu kadar basit."
    assert ("threat", "act+mood+target") in rules(det, "tr", text)
    assert ("report", "report") in rules(det, "tr", "Habere göre gazeteci vuruldu.")


@pytest.mark.parametrize("lang, text", [
    ("ar", "لو أتيحت لي الفرصة لطعنت المحرر بنفسي."),
    ("ar", "لو أقدر لقتلت المحرر."),
    ("en", "If I could I would shoot every one of those so-called journalists."),
])
def test_a_counterfactual_wish_to_kill_is_a_threat(det, lang, text):
    assert ("threat", "act+mood+target") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ar", "لو أتيحت لي الفرصة لقابلت المحرر وشكرته."),
    ("en", "If I could I would interview every one of those journalists."),
])
def test_a_counterfactual_wish_to_meet_is_no_threat(det, lang, text):
    assert not any(c == "threat" for c, _ in rules(det, lang, text))
