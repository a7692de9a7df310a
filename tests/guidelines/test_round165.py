"""The hundred-and-sixty-fifth round (2026-12-06): sexism the suite's check half showed in every language (its
cases are written in parallel, and were read for this round: the check half's gain is not independent; the
held-out batches `heldout/*_r165b.tsv`, written before any change, are).

What was added (harm_lexicon, and one filter in harm.py):
- women sent from war, politics or the news to "the men" (en "leave war to the men", tr "savaşı erkeklere
  bıraksın", fa "جنگو بذاره برای مردا", ar "وتخلي الحرب للرجال") and told to write about fashion or
  recipes, as tropes said of women only (SEXPRED: Arabic gains the tag, which English, Turkish and Persian
  had);
- what women "can't" do in the feminine forms only (ar "الحرمة ما تقدر تقاتل", "البنات ما يعرفن يسوقن"; en
  "can't fight", "can't command"); Persian "no warrior comes of a woman" ("از زن جنگجو درنمیاد");
- women of a profession named as women in English ("the lady correspondent", "female pilots") are women as a
  group;
- and the contrast: what women "can't" do alone is a circumstance, no claim of their nature ("Women
  can't fight this injustice alone; they need our support", "زنا نمی‌تونن تنهایی با این بی‌عدالتی بجنگن";
  the Turkish and Persian inability rules fired on these before the round).

Tried and dropped: English "can't fly" (also a journey: "Women can't fly home this week because the airport is
closed" was abuse at 0.94); Turkish "karıdan asker olmaz" (the phrase's "olmaz" negates it for the rule that
reads tropes of one woman); Turkish roles with "hanım" as a group (a personal attack on "Sunucu hanım"
became a claim about women).

When the round closed: held out en 5 -> 6 of 7, tr 3 -> 5, fa 3 -> 6, ar 4 -> 6; suite +7 (read); tune lines
(written after the change) 4 -> 9 of 11 on the tree before and after; probes and other held-out batches none
lost; the data's findings unchanged in all 266,546 comments (none of them holds these phrases).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse,sexism', 'That female anchor should stick to gossip and leave the news to the men.'),
    ('-', 'That anchor should stick to the facts and leave the commentary to the columnists.'),
    ('abuse,sexism', "Women can't fly fighter jets."),
    ('-', "Women can't fly home this week because the airport is closed."),
    ('abuse,sexism', 'Spiker hanım moda yazsın, siyaseti erkeklere bıraksın.'),
    ('-', 'Spiker hanım siyaset haberlerini çok iyi sunuyor.'),
    ('abuse,sexism', 'این خانم خبرنگار بره از مد بنویسه، سیاستو بذاره برای مردا.'),
    ('-', 'زنا نمی‌تونن تنهایی با این بحران بجنگن، باید کمکشون کنیم.'),
    ('abuse,sexism', 'المذيعة ترجع لبرامج الطبخ وتخلي الأخبار للرجال.'),
    ('-', 'النساء لا يستطعن مواجهة هذا الغلاء وحدهن.'),
    ('abuse,sexism', 'البنات ما يعرفن يسوقن.'),
]
# (4 on the tree before the round; failing after it: "can't fly", dropped, and the Arabic head's 0.55 on the
# rising prices women cannot face alone)
PASSED = 9


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_women_sent_from_war_to_the_men(det):
    assert "abuse" in found(det, "en",
                            "The lady correspondent should stick to fashion and leave war to the men.")
    assert "abuse" in found(det, "tr", "Muhabir hanım magazine baksın, savaşı erkeklere bıraksın.")
    assert "abuse" in found(det, "fa", "خانم خبرنگار بره از مد و لباس بنویسه، جنگو بذاره برای مردا.")
    assert "abuse" in found(det, "ar", "المراسلة تكتب عن الموضة أحسن وتخلي الحرب للرجال.")
    assert "abuse" not in found(det, "en",
                                "She left the politics desk to her male colleagues when she went on leave.")


def test_what_women_cannot_do(det):
    assert "abuse" in found(det, "en", "Women can't fight.")
    assert "abuse" in found(det, "ar", "الحرمة ما تقدر تقاتل.")
    assert "abuse" in found(det, "fa", "از زن جنگجو درنمیاد.")
    # the masculine forms are no trope of women, and no claim about a people either
    assert "abuse" not in found(det, "ar", "الأكراد ما يقدرون يقاتلون بدون ذخيرة.")


def test_what_women_cannot_do_alone_is_a_circumstance(det):
    assert "abuse" not in found(det, "en", "Women can't fight this injustice alone; they need our support.")
    assert "abuse" not in found(det, "tr",
                                "Kadınlar bu adaletsizliğe karşı yalnız savaşamaz, desteğe ihtiyaçları var.")
    assert "abuse" not in found(det, "fa", "زنا نمی‌تونن تنهایی با این بی‌عدالتی بجنگن، باید کمکشون کنیم.")
    # "alone" before what they can't do is the trope's own; "themselves" is no "alone"
    assert "abuse" in found(det, "en", "A woman who travels alone for work is not a decent girl.")
    assert "abuse" in found(det, "en", "Women can't fight or even fly a kite themselves.")
    assert "abuse" in found(det, "tr", "Kadınlar savaşamaz.")
