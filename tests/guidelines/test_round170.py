"""The hundred-and-seventieth round (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r170b.tsv`) about a people held unfit, denied a role, unwanted, or their admission asked about as
a wrong. No suite case was read for it.

What was added:
- a people denied a post, a responsibility or a passport ("Jews should never be given positions of power",
  "No Arab deserves to hold a passport", "اليهود لازم ما ياخذوا أي منصب", "یهودیا هیچ وقت نباید پست بگیرن"),
  and not a single one of them wanted ("ما بدي ولا كردي يسكن بحارتنا");
- "why do we (even) let them in?" (LETIN, harm._why_let_in): "Why do we even let Syrians into our
  universities?", "ليش أصلاً بنخلي السوريين يدخلوا جامعاتنا؟", "Suriyelileri neden üniversitelerimize alıyoruz
  ki?", "اصلاً چرا عربا رو تو دانشگاه‌هامون راه میدیم؟"; not "Why don't we let refugees in?", nor "Why do we let
  refugees drown?" (which the old "why do we let" phrase of hatred had made abuse, and a threat);
- Turkish "daha az zeki", Persian "کم‌هوش", "نمی‌تونن اداره کنن"; Persian "معلوم نیست که ...؟" asks the
  reader to agree and negates nothing;
- contrasts: women "belong" only where it confines them (not "women belong in parliament"); a harm a people
  "don't deserve" is said for them ("Refugees don't deserve to be treated like this"); hating "this woman" is
  one person; Persian "پست" before a verb of getting is a post; Turkish "kabul" (acceptance) rejects only when
  negated, and a conspiracy "masalı" (tale) rebuts.

When the round closed: held out en 25 -> 29 of 30, ar 20 -> 24 of 24, tr 21 -> 24 of 24, fa 18 -> 23 of
24; tune lines (written after the change) 2 -> 10 of 12 on the tree before and after; the suite, probes and
other held-out batches unchanged; the data's findings changed in 31 of 266,546 comments; "belong in a zoo"
read from "belong" on, so nineteen English grid cases show that word as evidence (test_spelling_grid).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Christians should never be given any positions in government.'),
    ('-', "Refugees don't deserve to be treated like animals."),
    ('abuse', 'Why do we even let Afghans into this country?'),
    ('-', "Why don't we let more refugees in?"),
    ('-', 'Women belong in parliament and in every boardroom.'),
    ('abuse', 'السود لازم ما يتولوا أي منصب.'),
    ('abuse', 'ليش أصلاً بنستقبل الأفغان؟'),
    ('abuse', 'Afganları neden hâlâ kabul ediyoruz ki?'),
    ('abuse', 'Kürtler daha az zeki.'),
    ('abuse', 'افغانیا کم‌عقلن.'),
    ('-', 'زنا باید پست بگیرن و کشور رو اداره کنن.'),
    ('abuse', 'چرا هنوز افغانیا رو تو کشور راه میدیم؟'),
]
# (2 on the tree before the round; still failing: "Refugees don't deserve to be treated like animals" and
# "زنا باید پست بگیرن ...", women should get posts, no rule firing and the violation head's 0.64 and 0.54)
PASSED = 10


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Jews should never be given positions of power."),
    ("en", "No Arab deserves to hold a passport of this country."),
    ("ar", "اليهود لازم ما ياخذوا أي منصب."),
    ("ar", "ما بدي ولا كردي يسكن بحارتنا."),
    ("fa", "یهودیا هیچ وقت نباید پست بگیرن."),
    ("fa", "به زنا نباید هیچ مسئولیتی داد."),
])
def test_a_people_denied_a_role(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Refugees should never be given false hope."),
    ("en", "Women should be given more positions of power."),
    ("ar", "ما بدي أحكي عن الشيعة."),
    ("fa", "زنا باید پست بگیرن."),
])
def test_a_role_given_or_nothing_denied(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Why do we even let Syrians into our universities?"),
    ("en", "Why do they let Muslims run for office?"),
    ("ar", "ليش أصلاً بنخلي السوريين يدخلوا جامعاتنا؟"),
    ("tr", "Suriyelileri neden üniversitelerimize alıyoruz ki?"),
    ("fa", "اصلاً چرا عربا رو تو دانشگاه‌هامون راه میدیم؟"),
])
def test_why_do_we_let_them_in(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Why don't we let refugees in?"),
    ("en", "Why do we let refugees drown in the sea?"),
    ("en", "Then why did Harper bring in so many immigrants?"),
    ("en", "why cant girls just admit that they were right"),
    ("ar", "ليش بنستقبل لاجئين أكثر من غيرنا؟"),
    ("tr", "Suriyelileri neden üniversitelerimize almıyoruz?"),
])
def test_a_plain_or_kind_question_is_no_exclusion(det, lang, text):
    got = found(det, lang, text)
    assert "abuse" not in got and "threat" not in got


def test_less_intelligent_and_unable_to_run_anything(det):
    assert "abuse" in found(det, "tr", "Afrikalıların daha az zeki olduğu belli değil mi?")
    assert "abuse" in found(det, "fa", "معلوم نیست که آفریقایی‌ها کم‌هوش‌ترن؟")
    assert "abuse" in found(det, "fa", "سیاه‌پوستا حتی یه روستا رو هم نمی‌تونن اداره کنن.")
    # the claim rebutted stays a rebuttal
    assert "abuse" not in found(det, "fa", "اینکه بگی زنا نمی‌تونن مدیریت کنن کاملاً غلطه.")


def test_where_women_belong(det):
    assert "abuse" in found(det, "en", "Women belong in the kitchen.")
    assert "abuse" in found(det, "en", "Women belong in chains.")
    assert "abuse" not in found(det, "en", "The minister said women belong in parliament, and she is right.")
    assert "abuse" not in found(
        det, "en", "Someone below wrote that women belong in the kitchen, that is disgusting.")


def test_a_harm_not_deserved_is_said_for_them(det):
    assert "abuse" not in found(det, "en", "Refugees don't deserve to be treated like this.")
    assert "abuse" not in found(det, "en", "Muslims don't deserve this hatred.")
    assert "abuse" in found(det, "en", "Lesbians don't deserve rights anywhere.")
    assert "abuse" in found(det, "en", "Immigrants don't deserve to be here.")


def test_hating_this_one_is_no_hatred_of_a_people(det):
    assert "abuse" not in found(det, "en", "I hate this woman, she lies.")
    assert "abuse" not in found(det, "tr", "bu kadını hiç sevmiyorum")
    assert "abuse" not in found(det, "ar", "أكره هذه المرأة")
    assert "abuse" in found(det, "en", "I hate these women.")
    assert "abuse" in found(det, "tr", "bu kadınları hiç sevmiyorum")


def test_turkish_acceptance_rejects_only_negated(det):
    assert "counter" not in found(det, "tr", "Hatasını kabul etti, Kürtlerden özür diledi.")
    assert "counter" in found(det, "tr", "Kadına şiddeti kabul etmiyoruz.")
    assert "abuse" not in found(
        det, "tr", "Hâlâ Yahudilerin bankaları yönettiğine inanan insanlar var, bu bir komplo masalı.")
