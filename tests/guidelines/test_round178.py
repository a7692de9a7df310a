"""Round 178 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r178b.tsv`)
about a people made to answer as a whole for one man's crime or an event (collective blame and punishment:
"Every single Muslim shares the blame for this bombing", "Make the whole Arab neighbourhood pay for what that
man did", "لازم كل الأفغان بالمدينة يتعاقبوا", "Her Suriyeli bu saldırının suç ortağıdır", "کل محله‌ی عربا
باید تاوان کار اون مرد رو بدن") and hate told as a joke; and contrasts: the doer alone blamed ("Only the man
who stabbed her should be punished, not every Afghan in town"), collective punishment reported or condemned,
jokes about one's own people, the weather, the team. No suite case was read for it.

What was added (harm.py, the lexicons):
- a people taken whole (a word of every, all or none right before its name, "all of them", "كلهم", "hepsi",
  "همه‌شون" after it; not narrowed by a relative) and blamed for a crime the comment tells of, its hands
  bloodied, or called to be punished or to pay for it (_collective_charge: a fallback after the older readings
  of a people's predicate, so no older finding changed its rule); a blame denied ("No Muslim shares the blame
  for what one murderer did") is a claim denied, counter-speech;
- the doer alone blamed, the whole people denied, with the word of "only" before the denial (_only_the_doer:
  counter-speech; "Not all Muslims are terrorists, just most of them" denies nothing);
- English: an act against a people called a war crime ("Collective punishment of Kurdish villages is a war
  crime") and a stance against a people judged ("Blaming all Syrians for one crime is how pogroms start") are
  counter-speech, not a claim that the people is a crime (_en_act_called_crime, _en_stance_judged);
- Persian "هیچ" (none) of a people with the negated copula closing the sentence denies the claim
  (_fa_none_denied); the Muslims as spoken, "مسلمون"; a people called a laughing stock ("مسخره‌ان", Turkish
  "bir maskara").

When the round closed: held out en 15 -> 21 of 24, ar 17 -> 20, tr 14 -> 19, fa 15 -> 21; tune lines (written
after the change) 7 -> 13 of 14; the suite, the probes and the older held-out lines unchanged in every
decision and clause; 49 of 266,546 data comments' findings changed, read one by one (most a people named,
"مسلمون", with nothing said of it; five Persian comments labelled abusive gained abuse; an Arabic comment
saying only the Shia celebrate Ashura, "not all Muslims", gained counter-speech). Still failing: hate told as
a joke ("Kurds and soap, name a worse duo lol", "The best joke about refugees is that they think they're
welcome here"), the rotten tree of a people, an Arabic "كل مسلم" (every Muslim; the singular with no article
is a man's name as often, and listing it took forty religious comments for a people named), a Turkish village
called to burn read as a report, and a Turkish joke whose answer opens the next sentence.
"""
import pytest

from newsroom.guidelines import harm
from newsroom.guidelines.normalise import normalise_text
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ("abuse", "Every Kurd in this city is complicit in the bombing."),
    ("-", "No Kurd in this city is complicit in the bombing."),
    ("abuse", "All the Syrians here should be punished for what one man did."),
    ("-", "Only the driver should be punished, not all the Syrians here."),
    ("-", "Killing Yazidis was a crime against humanity, the court ruled."),
    ("abuse", "كل السوريين متورطين بهالهجوم."),
    ("-", "فقط القاتل لازم يتعاقب، مو كل السوريين."),
    ("abuse", "خلوا كل الأكراد يدفعوا ثمن هالجريمة."),
    ("abuse", "Bütün Kürtler bu katliamın suç ortağı."),
    ("-", "Sadece katil cezalandırılmalı, bütün Kürtler değil."),
    ("abuse", "Her Afgan bu cinayetin bedelini ödemeli."),
    ("abuse", "همه‌ی افغانیا تو این قتل شریکن."),
    ("-", "فقط قاتل باید مجازات بشه، نه همه‌ی افغانیا."),
    ("abuse", "همه‌ی عربا باید تاوان این حمله رو بدن."),
]
# (7 on the tree before the round, 13 after it; still failing: "خلوا كل الأكراد يدفعوا ثمن هالجريمة", whose
# "this crime!" reads as the commenter condemning it, counter-speech)
PASSED = 13


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Every single Muslim shares the blame for this bombing."),
    ("en", "Make the whole Arab neighbourhood pay for what that man did."),
    ("en", "Kurds did this, all of them, the whole nation carries this blood."),
    ("ar", "واحد أفغاني طعن بنت، لازم كل الأفغان بالمدينة يتعاقبوا"),
    ("ar", "الأكراد عملوها، كلهم، الشعب الكردي كله ملطخ بالدم"),
    ("tr", "Her Suriyeli bu saldırının suç ortağıdır."),
    ("tr", "Bütün Arap mahallesine o adamın yaptığının bedelini ödetin."),
    ("fa", "هر عربی تو این بمب‌گذاری شریکه"),
    ("fa", "کل محله‌ی عربا باید تاوان کار اون مرد رو بدن"),
])
def test_a_people_made_to_answer_as_a_whole(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Every Syrian who planned the attack is guilty."),
    ("en", "Every Syrian is responsible for his own family."),
    ("ar", "كل سوري شريك ببناء هالبلد."),
    ("tr", "Her Kürt kendi ailesinden sorumlu."),
    ("fa", "هر عربی تو این شرکت شریکه."),
])
def test_some_of_them_or_no_crime_is_no_charge(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "No Muslim shares the blame for what one murderer did."),
    ("en", "Only the man who stabbed her should be punished, not every Afghan in town."),
    ("en", "Collective punishment of Kurdish villages is a war crime, the report says."),
    ("en", "Blaming all Syrians for one crime is how pogroms start."),
    ("fa", "فقط مردی که چاقو زد باید مجازات بشه، نه همه‌ی افغانیای شهر"),
    ("fa", "هیچ مسلمونی تو جنایت یه قاتل شریک نیست"),
])
def test_the_whole_people_defended_is_counter_speech(det, lang, text):
    got = found(det, lang, text)
    assert "abuse" not in got and "counter" in got


@pytest.mark.parametrize("lang, text, defended", [
    ("en", "Only the man who stabbed her should be punished, not every Afghan in town.", True),
    ("en", "Not all Muslims are terrorists, just most of them.", False),
    ("ar", "بس الرجال اللي طعنها لازم يتعاقب، مو كل الأفغان بالمدينة", False),  # ("بس" is "but" as often)
    ("ar", "فقط القاتل لازم يتعاقب، مو كل السوريين.", True),
    ("tr", "Sadece katil cezalandırılmalı, bütün Kürtler değil.", True),
    ("tr", "Bütün Kürtler hırsız değil, sadece çoğu.", False),
])
def test_only_a_denial_after_only_defends_them(lang, text, defended):
    words = harm._words_as_read(lang, normalise_text(text))
    people = ("afghan", "muslim", "الافغان", "السوری", "kürt")
    g = next(g for g, w in enumerate(words) if w.startswith(people))
    assert harm._only_the_doer(lang, words, g, 0, len(words)) is defended


def test_a_war_crime_done_by_a_people_is_still_said_of_them(det):
    assert "abuse" in found(det, "en", "Kurds committed war crimes in that village.")
