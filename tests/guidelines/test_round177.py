"""Round 177 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r177b.tsv`) about hate behind a disclaimer ("I'm not racist, but", "No offence, but", "Irkçı
değilim ama", "نژادپرست نیستم ولی") and a people set below an animal by a comparison or a preference ("My dog
is smarter than any Persian", "I'd rather my daughter marry a dog than a Turk", "أثق بالأفعى ولا أثق بشيعي",
"Mülteciler hamamböceklerinden beter", "سگم از هر عربی که دیدم باهوش‌تره"); and contrasts: the same disclaimers
before fair criticism, another's hatred told of ("My uncle hates Kurds and I'm ashamed of him", "اللي بيكره
العرب لازم يقرأ هالمقال", "Araplardan nefret edenler bu makaleyi okumalı"), comparisons with pets and paint
drying, a Syrian's life worth the same as anyone's. No suite case was read for it.

What was added (harm.py, the lexicons):
- a people set below an animal by a comparison (_animal_compared: English "than" after a comparative or
  "rather", Arabic "ولا" or an elative with "من", Turkish "daha", "beter", "-eceğime", Persian "از" with a
  comparative; not a people's treatment: "treated worse than dogs" is pity);
- another's hatred told of is not the commenter's (_hate_of_others: English "hates", "who hate" before the
  people; Arabic "اللي بيكره", "من يكره"; Turkish "nefret eden(ler)"), and "I'm ashamed" after a people is
  said of the commenter (_en_of_the_commenter);
- a disclaimer owns the claim after its "but" in Turkish and Persian, as in Arabic (_DISCLAIMED, disclaimed():
  its negation, "değilim", "نیستم", no longer denies the claim);
- Arabic "ما عندهم ثقافة", Persian "هیچ فرهنگی از خودشون ندارن" (no culture of their own);
- Persian "ضعیفه" closing a sentence after no determiner is "is weak" ("طرح بودجه ضعیفه" had been sexism at
  0.98), not the slur.

When the round closed: held out en 19 -> 23 of 24, ar 17 -> 23, tr 17 -> 22, fa 20 -> 24; tune lines (written
after the change) 3 -> 12 of 14; the suite, the probes and the older held-out lines unchanged (a first try
lost "Lesbians are confused women who hate men": the people named before "who hate" are the haters, and the
claim is about them); 15 of 266,546 data comments' findings changed, read one by one (an Arabic comment that
a transgender man is worse than an animal gained abuse; tweets about a third person's hatred lost it). Still
failing: Persian "کردی" (also "you did") beside a comparison, Arabic "لتركي" (a people with the preposition
joined). After the round, from its tune line: a people's treatment told ("Refugees are treated like animals in
the camps", "... treated worse than dogs") is pity, not dehumanisation, unless a word of mood calls for it
("They should be treated like animals"; _en_treated_as): one data comment changed ("women are treated worse
than garbage", labelled clean, lost a sexism finding).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', "I'm not racist, but Turks are all thieves."),
    ('-', 'Refugees are treated worse than dogs in that camp.'),
    ('abuse', 'My cat is more honest than any Arab.'),
    ('-', 'My neighbour hates Syrians, and it breaks my heart.'),
    ('abuse', 'أفضل أعيش مع الكلاب ولا أعيش مع الأكراد.'),
    ('-', 'اللي بيكره الأكراد لازم يتعلم من التاريخ.'),
    ('abuse', 'مع احترامي، الأفغان ما عندهم ثقافة.'),
    ('abuse', 'Irkçı değilim ama Suriyeliler hep hırsız.'),
    ('abuse', 'Köpeğim bütün Araplardan daha temiz.'),
    ('-', 'Kürtlerden nefret edenler bu kitabı okumalı.'),
    ('abuse', 'نژادپرست نیستم ولی افغانیا همشون دزدن.'),
    ('abuse', 'سگم از هر کردی تمیزتره.'),
    ('-', 'طرح جدید شهرداری خیلی ضعیفه.'),
    ('-', 'سگم از من باهوش‌تره.'),
]
# (3 on the tree before the round, 12 after it; then 13 once a people's treatment told, "are treated worse
# than dogs", was read as pity (_en_treated_as: a follow-up made from this line, so not an independent
# figure); still failing: "کردی", which is also "you did", beside a comparison)
PASSED = 13


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "My dog is smarter than any Persian I have met."),
    ("en", "I'd sooner trust a snake than a Shia."),
    ("ar", "كلبي أذكى من أي سوري."),
    ("ar", "حياة اللاجئ أرخص من حياة الكلب."),
    ("tr", "Mülteciler hamamböceklerinden beter."),
    ("fa", "پناهنده‌ها از سوسک هم بدترن."),
])
def test_a_people_set_below_an_animal(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "My dog is smarter than me at finding the remote."),
    ("en", "The Turkish team played better than any team this year."),
    ("ar", "كلبي أذكى مني."),
    ("fa", "سگم از من باهوش‌تره."),
])
def test_a_comparison_with_no_people_set_below(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "My uncle hates Kurds and I'm ashamed of him."),
    ("en", "People who hate Arabs should read this article."),
    ("ar", "من يكره الشيعة ما عرف جيراني."),
    ("tr", "Alevilerden nefret eden biri komşularımı tanımamıştır."),
])
def test_another_persons_hatred_told_of(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "I hate Kurds."),
    ("en", "I always hated Arabs."),
    ("en", "Lesbians are confused women who hate men."),
    ("ar", "أكره الشيعة."),
    ("tr", "Alevilerden nefret ediyorum."),
])
def test_the_commenters_own_hatred_still_counts(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("tr", "Irkçı değilim ama Kürtler hep yalancı."),
    ("fa", "نژادپرست نیستم ولی عربا همشون دروغگوان."),
])
def test_a_disclaimer_owns_the_claim_after_it(det, lang, text):
    assert "abuse" in found(det, lang, text)


def test_a_claim_denied_is_still_denied(det):
    assert "abuse" not in found(det, "tr", "Kürtler yalancı değil.")


def test_persian_is_weak_is_not_the_slur(det):
    assert "abuse" not in found(det, "fa", "به وزیر برنخوره ولی طرح بودجه ضعیفه.")
    assert "abuse" in found(det, "fa", "این ضعیفه باید بره آشپزخونه.")


@pytest.mark.parametrize("text, dehumanising", [
    ("Refugees are treated like animals in the camps.", False),
    ("Refugees are treated worse than dogs in that camp.", False),
    ("Refugees should be treated like animals.", True),
    ("Refugees will be treated like animals here.", True),
])
def test_a_treatment_told_is_pity_a_treatment_called_for_is_not(det, text, dehumanising):
    assert ("abuse" in found(det, "en", text)) is dehumanising
