"""The hundred-and-seventy-first round (2026-12-07), all four languages: held-out lines written before any
change (`heldout/*_r171b.tsv`) about a people taken up by a pronoun in the next sentence, asked about and then
judged, likened to animals or a disease, known by their smell; and contrasts (animals found in a camp, the
likeness named as hate, equal worth). No suite case was read for it.

What was added:
- English "them" or "they" a few words into the next sentence, after a word of dislike, takes up the people
  named before ("Immigrants moved in next door. I can't stand them, they are filthy"); Turkish "onlara",
  "onları" as "onlar";
- a people asked about ("X?") and a sentence of a predicate with no subject after it are one sentence
  (topic_fragments): "المثليين؟ مش أكتر من مرض بالمجتمع", "همجنسگراها؟ چیزی جز یه مرض تو جامعه نیستن",
  "Eşcinseller mi? ... bir hastalıktan başka bir şey değiller";
- an animal found, seen or caught is the animal (_animals_found): "Rats were found in the refugee camp's food
  store", "... fareler bulundu", "... موش پیدا کردن" (not "از میمون تکامل پیدا نکردن", evolved from);
- "worth as much as anyone's" is equal worth; "the hate", "pure hatred" reject what was said; Turkish "the
  hate the news tells of" too;
- words: backstabbers, sneaky; Arabic snake, greedy, "useless mouths", known "by the smell" (ar, tr, fa);
  Persian "نون‌خور"; Turkish a woman's opinion "worth nothing".

When the round closed: held out en 19 -> 24 of 24, ar 16 -> 20 of 24, tr 17 -> 23 of 24, fa 18 -> 22 of 24;
tune lines (written after the change) 3 -> 11 of 12 on the tree before and after; one older held-out line
gained (ar_r146b, "ليش اليهود طماعين لهالدرجة؟"), the suite, probes and other held-out lines unchanged.
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Muslims opened a shop on our road. I hate them, they are vermin.'),
    ('-', 'Muslims opened a shop on our road. I love them, they are so friendly.'),
    ('-', "A mouse was spotted in the asylum centre's kitchen."),
    ('-', 'Calling refugees parasites is pure hatred.'),
    ('-', "My sister's vote is worth as much as his."),
    ('abuse', 'Kurds have always been backstabbers.'),
    ('abuse', 'الأفغان؟ مش أكتر من حشرات.'),
    ('abuse', 'كل سوري شفته كان طماع.'),
    ('abuse', 'Afganlar mı? Toplum için bir vebadan başka bir şey değiller.'),
    ('abuse', 'Arabı kokusundan tanırsın.'),
    ('abuse', 'بلوچا؟ چیزی جز یه مشت انگل نیستن.'),
    ('abuse', 'مهاجرا فقط نون‌خورن.'),
]
# (3 on the tree before the round; still failing: "Arabı kokusundan tanırsın", the Arab known by his smell:
# the singular accusative is read as no people)
PASSED = 11


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_them_a_few_words_into_the_next_sentence(det):
    assert "abuse" in found(det, "en", "Immigrants moved in next door. I can't stand them, they are filthy.")
    assert "abuse" not in found(det, "en", "Immigrants moved in next door. I like them, they are very kind.")
    assert "abuse" in found(det, "tr", "Göçmenler yan daireye taşındı. Onlara katlanamıyorum, pisler.")


@pytest.mark.parametrize("lang, text", [
    ("ar", "المثليين؟ مش أكتر من مرض بالمجتمع."),
    ("fa", "همجنسگراها؟ چیزی جز یه مرض تو جامعه نیستن."),
    ("tr", "Eşcinseller mi? Toplumun başına bela bir hastalıktan başka bir şey değiller."),
])
def test_a_people_asked_about_then_judged(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Rats were found in the refugee camp's food store, the report says."),
    ("tr", "Rapora göre mülteci kampının yiyecek deposunda fareler bulundu."),
    ("fa", "طبق گزارش تو انبار غذای کمپ پناهنده‌ها موش پیدا کردن."),
])
def test_animals_found_are_animals(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_a_likeness_to_apes_is_still_one(det):
    assert "abuse" in found(det, "fa", "سیاه‌پوستا هنوز از میمون تکامل پیدا نکردن")


def test_the_likeness_named_as_hate_is_counter_speech(det):
    assert "abuse" not in found(det, "en", "Calling Kurds rats is exactly the hate the article describes.")
    assert "abuse" not in found(det, "tr", "Kürtlere fare demek tam da haberin anlattığı nefret.")


def test_equal_worth_is_no_sexism(det):
    assert "abuse" not in found(det, "en", "A woman's opinion on football is worth as much as anyone's.")
    assert "abuse" in found(det, "en", "A woman's opinion on football is worth nothing.")
    assert "abuse" in found(det, "en", "A woman's opinion is worth as much as the dirt on my shoe.")
    assert "abuse" in found(det, "tr", "Bir kadının futbol hakkındaki fikri hiçbir şey etmez.")


@pytest.mark.parametrize("lang, text", [
    ("en", "Persians have always been sneaky backstabbers."),
    ("ar", "كل يهودي شفته كان أفعى طماعة."),
    ("ar", "بتعرف السوري من ريحته."),
    ("ar", "المعاقين مجرد أفواه بلا فايدة."),
    ("tr", "Suriyeliyi kokusundan tanırsın."),
    ("fa", "افغانی رو از بوش میشه شناخت."),
    ("fa", "معلولا فقط نون‌خور اضافه‌ان."),
])
def test_the_words_of_the_round(det, lang, text):
    assert "abuse" in found(det, lang, text)
