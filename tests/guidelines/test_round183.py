"""Round 183 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r183b.tsv`) about a people taken up in the next sentence by "their kind", "such people", "people
like that", "that lot", "أمثالهم", "هيك ناس", "böyleleri", "bu soy", "امثال اینا", "این قماش", and sent away
with "them" written onto the verb ("لموهم وكبوهم برا", "جمعشون کنید بفرستیدشون برن") -- "Their kind should not
be allowed to own property", "Ship the lot back to Ankara", "Scum like that should be locked up for life",
"أمثالهم سرطان", "Bu soy kanser gibi", "این قماش سرطانن"; and contrasts: the same openings with "their kind of
hospitality", "such people deserve our help", "أمثالهم بالكرم قليل", a card sent to them ("Onlara hayırlı
olsun kartı gönderin", racism at 0.90 before), and the sayers of a slur shamed ("اللي بيحكوا هيك لازم
يخجلوا", "Böyle konuşanlar utanmalı", racism at 0.96-0.98 before). No suite case was read for it.

What was added (harm.py, round 181's reading of the sentence after a people's): English "their
kind/sort/ lot", "such people", "scum like that", "that lot", "the lot", "that sort of people"
(_en_them_again); Arabic "أمثالهم" and "هيك" before a word of people, Turkish "böyleleri" and "böyle"
before one, "bu soy", "bu türler", Persian "امثال اینا" and "این قماش" (_this_people, _THEIR_LIKES),
with an exclusion now hostile enough (_TAKEN_UP_HOSTILE); "them" on a verb that sends away opening the
sentence, Arabic and Persian (_about_them, _THEM_ON_VERB); Persian "همه‌شونو" and Turkish "hepsini" (all
of them, the object) as "they"; exclusions the lists lacked ("put them all back", "ship the lot back",
"kept away from", "شحنوهم", "كبوهم", "خلصونا من", "uzak tutulmalı", "ait değil", "دور نگه داشت"); a
Turkish people in the dative is sent something, not sent away (_TR_SENT_TO); the Arabic "بيحكوا" and
Turkish "konuşanlar" as verbs of saying, so their sayers can be shamed (_sayers_shamed).

When the round closed: held out en 11 -> 22 of 24, ar 11 -> 19, tr 13 -> 19, fa 16 -> 20 (violating
lines caught 16 -> 43 of 56; contrasts 35 -> 37 of 40); tune lines (written after the change) 7 -> 18 of
20; the suite, the probes and the older held-out lines unchanged in every decision and clause but one
round-181 line that now passes ("A Kurdish family runs the bakery. Their kind should not be allowed to
own anything."); 2 of 266,546 data comments' findings changed, read: "خلصونا من الاسلام رجائا" (rid us
of Islam, please; labelled offensive) is now an exclusion, and a Persian line gained an identity
mention. Still failing: a people implied by its mosque, two kinds side by side outside English ("لاجئين
يزيديين ... رجعوهم كلهم"), hate with a verb the lists do not hold ("Their kind poison young minds",
"أمثالهم بيسمموا عقول الولاد"), and three contrasts the violation head alone scores 0.53-0.82.
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Kurds are marching again. Their kind are vermin.'),
    ('abuse', 'Refugees moved into the hostel. Such people are parasites.'),
    ('abuse', 'Afghans bought the corner shop. Send the lot back.'),
    ('-', 'Kurds are marching again. Their kind of courage is rare.'),
    ('-', 'Refugees moved into the hostel. Such people need our help.'),
    ('abuse', 'السوريين فتحوا فرن هون. أمثالهم حشرات'),
    ('abuse', 'الأفغان سكنوا بالبناية. هيك ناس وسخين'),
    ('-', 'السوريين فتحوا فرن هون. أمثالهم بالشغل قليل'),
    ('-', 'في ناس بتقول السوريين حشرات. اللي بيحكوا هيك لازم يخجلوا'),
    ('abuse', 'Suriyeliler fırın açtı. Böyleleri haşere.'),
    ('abuse', 'Afganlar apartmana taşındı. Bu soy pis.'),
    ('-', 'Suriyeliler fırın açtı. Böyleleri çok çalışkan.'),
    ('-', 'Afganlara yardım paketi gönderin.'),
    ('-', 'Bazıları Suriyelilere haşere diyor. Böyle konuşanlar utanmalı.'),
    ('abuse', 'افغانیا تو ساختمون ما ساکن شدن. این قماش کثیفن'),
    ('abuse', 'سوریا نونوایی باز کردن. امثال اینا انگلن'),
    ('-', 'سوریا نونوایی باز کردن. امثال اینا کم پیدا میشن'),
    ('-', 'افغانیا تو ساختمون ما ساکن شدن. این جماعت خیلی مهربونن'),
    ('abuse', 'عربا اومدن محله\u200cمون. جمعشون کنید بفرستیدشون برن'),
    ('abuse', 'Yazidis settled in the camp. Scum like that should be sent home.'),
]
# (7 on the tree before the round, 18 after it)
PASSED = 18


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurds moved into the flats on our street. Their kind should not be allowed to own property."),
    ("en", "Syrians are on the news again. Such people are a plague on every town they enter."),
    ("en", "Turks opened a shop near the station. Ship the lot back to Ankara."),
    ("en", "Kurds are protesting in the square. Scum like that should be locked up for life."),
    ("en", "A gay couple adopted a child here. That sort of people should be kept away from kids."),
    ("ar", "سكنوا أكراد بحارتنا. أمثالهم ما لازم يملكوا بيوت"),
    ("ar", "الشيعة عم يزيدوا بالمنطقة كل سنة. أمثالهم سرطان"),
    ("ar", "اللاجئين أخدوا بيوت قبل أهل البلد. لموهم وكبوهم برا"),
    ("tr", "Bu semtte her yıl daha çok Şii var. Bu soy kanser gibi."),
    ("tr", "Kürtler meydanda eylem yapıyor. Böyle pislikler ömür boyu hapse atılmalı."),
    ("tr", "Burada eşcinsel bir çift çocuk evlat edindi. Bu türler çocuklardan uzak tutulmalı."),
    ("fa", "هر سال سنیا تو این محله بیشتر میشن. این قماش سرطانن"),
    ("fa", "پناهنده‌ها زودتر از مردم محل خونه گرفتن. جمعشون کنید بفرستیدشون برن"),
    ("fa", "یه زوج همجنسگرا اینجا بچه به فرزندی گرفتن. این جور آدما رو باید از بچه‌ها دور نگه داشت"),
])
def test_their_likes_and_them_sent_away_are_the_people_before(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurds moved into the flats on our street. Their kind of hospitality is rare these days."),
    ("en", "Syrians are on the news again. Such people deserve our help after what they survived."),
    ("ar", "سكنوا أكراد بحارتنا. أمثالهم بالكرم قليل"),
    ("ar", "في ناس بتقول الأكراد حثالة. اللي بيحكوا هيك لازم يخجلوا"),
    ("tr", "Türkmenler istasyonun yanında dükkan açtı. Onlara hayırlı olsun kartı gönderin."),
    ("tr", "Bazıları Kürtlere pislik diyor. Böyle konuşanlar utanmalı."),
    ("fa", "کردا اومدن تو کوچه‌ی ما. این جور مهمون‌نوازی دیگه کم پیدا میشه"),
])
def test_kind_words_a_card_sent_and_sayers_shamed_are_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}
