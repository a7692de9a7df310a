"""The hundred-and-seventy-second round (2026-12-07), all four languages: held-out lines written before any
change (`heldout/*_r172b.tsv`) about hate asked as a question, a people kept out of sight or apart from
"normal" families, lined up against a wall, a defect said to be in their blood or their brains, "typical lazy
refugee", money before people, not knowing how to wash, breeding like rabbits; and contrasts (real questions,
ISIS's executions reported, the elderly at home in a heatwave, children kept from a river). No suite case was
read for it.

What was added:
- a people kept out of sight or apart from "normal", "decent" people, with a mood as every English exclusion
  ("Disabled people should be kept at home where no one has to see them", "... away from normal families",
  "وما حدا يشوفهم", "kimse onları görmek zorunda kalmasın", "دور از خانواده‌های عادی");
- "should stay (at) home" is said of women only (SEXPRED): "Elderly people should stay at home during the
  heatwave" was abuse at 0.96;
- "Line the Yazidis up against the wall": the imperative "line" before the people, the act the line-up (not
  "ISIS lined ... up", told); Persian "بچینین جلوی دیوار", a threat only with a target (_TARGET_ONLY_ACTS: not
  books);
- English "typical" before a vice and a people ("Typical lazy refugee"); Persian a vice "in the blood" of a
  people named after it ("خیانت تو خون ترکاست");
- Arabic "بعدوا" (keep away) as the imperative opening its sentence only (_AR_KEEP_AWAY: "they went far" is
  told);
- words: never telling the truth, money before people, not knowing how to wash (the negation inside the
  phrase claims it), a smaller brain, lazy (ar), violent (fa), breeding like rabbits (tr, fa).

When the round closed: held out en 16 -> 24 of 24, ar 17 -> 24, tr 16 -> 23, fa 14 -> 24 of 24; tune lines
(written after the change) 9 -> 14 of 14; five older held-out lines gained (en_r166b, en_r167b, fa_r166b,
fa_r169b, tr_r169b: "stay home where nobody has to look at them", "a typical dumb immigrant", "why are Muslims
so violent", "their brains are small" -- lines the previous rounds' notes named as misses, so not independent
evidence), the suite and the probes unchanged; on the data one comment of 266,546 changed (an Arabic YouTube
comment calling a singer "وكسلان", lazy, lost its praise contrast).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Trans people should be kept indoors, out of sight.'),
    ('-', 'Old people should stay home when it snows.'),
    ('abuse', 'Jews only care about money.'),
    ('abuse', 'Typical filthy Pakistani, no manners at all.'),
    ('threat', 'Line the Kurds up against a wall, every one of them.'),
    ('-', 'Line the chairs up against the wall before the meeting.'),
    ('abuse', 'الإيزيديين لازم يكونوا بعيد عن الناس الطبيعيين.'),
    ('abuse', 'الأفغان ما بيعرفوا النظافة.'),
    ('abuse', 'Çingeneler hiç yıkanmaz.'),
    ('abuse', 'Mülteciler fareler gibi çoğalıyor.'),
    ('abuse', 'افغانیا پول‌پرستن.'),
    ('abuse', 'دروغ تو خون عرباست.'),
    ('-', 'صندلیا رو بچینین جلوی دیوار.'),
    ('-', 'اللاجئين بعدوا عن بلدهم كتير وما رجعوا.'),
]
# (9 on the tree before the round: out of sight, old people at home in the snow, Arabic "away from normal
# people", Turkish "never wash", Persian "lies in the Arabs' blood")
PASSED = 14


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_staying_at_home_is_said_of_women_only(det):
    assert "abuse" in found(det, "en", "Women should stay at home.")
    assert "abuse" not in found(det, "en", "Elderly people should stay at home during the heatwave.")


@pytest.mark.parametrize("lang, text", [
    ("en", "Disabled people should be kept at home where no one has to see them."),
    ("en", "Gay men should have their own buses, away from normal families."),
    ("ar", "المعاقين لازم يضلوا بالبيت وما حدا يشوفهم."),
    ("tr", "Engelliler evde tutulmalı, kimse onları görmek zorunda kalmasın."),
    ("fa", "همجنسگراها باید اتوبوس جدا داشته باشن، دور از خانواده‌های عادی."),
])
def test_a_people_kept_out_of_sight_or_apart(det, lang, text):
    assert "abuse" in found(det, lang, text)


def test_lined_up_against_a_wall(det):
    assert "threat" in found(det, "en", "Line the Yazidis up against the wall and be done with it.")
    assert "threat" not in found(det, "en", "ISIS lined the Yazidi men up against the wall in 2014.")
    assert "threat" not in found(det, "en", "Line the chairs up against the wall.")
    assert "threat" in found(det, "fa", "ایزدیا رو بچینین جلوی دیوار و تمومش کنین.")
    assert "threat" not in found(det, "fa", "کتابا رو بچینین جلوی دیوار.")


def test_keep_them_away_is_an_imperative(det):
    assert "abuse" in found(det, "ar", "بعدوا هالأفغان عن مدرسة ولادنا.")
    assert "abuse" not in found(det, "ar", "اللاجئين بعدوا عن بلدهم كتير")


def test_typical_and_in_their_blood(det):
    assert "abuse" in found(det, "en", "Typical lazy refugee, waiting for handouts again.")
    assert "abuse" in found(det, "fa", "خیانت تو خون ترکاست.")
    assert "abuse" not in found(det, "fa", "خیانت تو خون این سیاستمدار است.")


@pytest.mark.parametrize("lang, text", [
    ("en", "Do Kurds even know how to wash?"),
    ("ar", "الأكراد ما بيعرفوا يتحمموا"),
    ("tr", "Kürtler yıkanmayı biliyor mu acaba?"),
    ("fa", "کردا اصلاً بلدن حموم کنن؟"),
])
def test_not_knowing_how_to_wash_is_claimed_not_denied(det, lang, text):
    assert "abuse" in found(det, lang, text)
