"""The hundred-and-seventy-fourth round (2026-12-07), all four languages: held-out lines written before any
change (`heldout/*_r174b.tsv`) about hate said by denying a people something good -- worth listening to, real
women or real Muslims, anything good done, anything decent about them, respect deserved -- and contrasts that
deny a harm or a prejudice ("No Muslim deserves to be attacked for their faith", "Refugees don't belong in
detention centres", "Gay people are not a threat"). No suite case was read for it.

What was added:
- phrases that claim by negating, the negation inside them so that it denies nothing ("not worth listening
  to", "will never be real women", "have never done anything good", "contribute nothing", "ما بيستاهلوا حدا
  يسمعلهم", "مش مرحب فيهم", "dinlenmeye değmez", "gerçek Müslüman değil", "ارزش گوش دادن ندارن", "زن واقعی
  نمیشن", "شیطان‌پرست"); respect deserved as a virtue the commenter's "I don't think" denies (en, ar, fa);
  English "nothing decent about" before its people;
- a people said not to belong in a prison, a camp or the street is pitied, not excluded (_confined_in:
  "Refugees don't belong in detention centres", "جای پناهنده‌ها تو بازداشتگاه نیست"; still "send them to the
  camps");
- a harm a people "don't deserve" now names being stopped, searched, arrested, deported... ("Black people
  don't deserve to be stopped by police for nothing" was abuse); Persian "لیاقت حمله رو نداره" (the object
  marker before the denied desert) is negated, not a threat;
- (read-back of round 170) "why" before a verb with no negation between is read by one helper
  (harm._why_before) for the people let in and for the English moods; no data comment and no line changed.

When the round closed: held out en 14 -> 20 of 24, ar 13 -> 20, tr 13 -> 19, fa 13 -> 20 of 24; tune lines
(written after the change) 2 -> 10 of 12; two older held-out lines gained (fa_r130b, tr_r130b, Alevis
"not real Muslims"), the suite and the probes unchanged; no data comment's findings changed (the first try of
"... about" read "said something stupid about women" as sexism: narrowed to "nothing ... about").
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Muslim women are not worth hiring.'),
    ('abuse', 'Gay men will never be real men.'),
    ('abuse', 'Afghans have never given anything useful to this country.'),
    ('-', 'Asylum seekers don\'t belong in prison camps.'),
    ('-', 'Muslims don\'t deserve to be searched at every airport.'),
    ('abuse', 'الأفغان ما بينفعوا لشي.'),
    ('abuse', 'الشيعة عمرهم ما قدموا شي مفيد.'),
    ('abuse', 'Göçmenler hiçbir işe yaramaz.'),
    ('abuse', 'Aleviler gerçek Müslüman sayılmaz.'),
    ('abuse', 'افغانیا به هیچ دردی نمی‌خورن.'),
    ('abuse', 'بهاییا مسلمون واقعی نیستن.'),
    ('-', 'جای بچه‌های پناهنده تو زندان نیست.'),
]
# (2 on the tree before the round; still failing: "not worth hiring" (no such phrase), "don't belong in prison
# camps" ("camps" is itself a word of exclusion, "send them to camps"))
PASSED = 10


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Women are not worth listening to."),
    ("en", "There is nothing decent about Arabs."),
    ("ar", "المثليين مش مرحب فيهم بهالبلد."),
    ("tr", "Kadınlar dinlenmeye değmez."),
    ("fa", "ترنس‌ها هیچوقت زن واقعی نمیشن."),
])
def test_a_good_thing_denied_is_the_claim(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Refugees don't belong in detention centres."),
    ("en", "Black people don't deserve to be stopped by police for nothing."),
    ("fa", "جای پناهنده‌ها تو بازداشتگاه نیست."),
    ("en", "I wonder if he said something stupid about women."),
])
def test_a_harm_denied_is_no_abuse(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_a_camp_as_the_exclusion_stays_one(det):
    assert "abuse" in found(det, "en", "Refugees don't belong here, send them to the camps.")


def test_a_desert_denied_is_no_threat(det):
    assert "threat" not in found(det, "fa", "هیچ مسلمونی به خاطر دینش لیاقت حمله رو نداره.")


def test_one_reading_of_why_serves_letting_in_and_the_english_moods():
    """(read-back of rounds 170 and 174) "why" before a verb with no negation between, written once
    (harm._why_before) for _why_let_in and for "Why do we let refugees drown?"."""
    from newsroom.guidelines.harm import HarmDetector, _why_before, _words_as_read
    L = HarmDetector().langs["en"]
    for text, asked in (("why do we let them drown", True), ("why dont we let them in", False)):
        words = _words_as_read("en", text)
        assert (_why_before("en", words, [L.tags(w) for w in words], words.index("let"), 0, 4)
                is not None) is asked
