"""The hundred-and-thirty-first round (2026-12-06): HateCheck's kinds tried on our lines -- a virtue denied
through the commenter's thinking, a group refused as a neighbour, an insult said of a thing.

Tried as a moderator would: "I don't think Kurds are capable of honesty" was 0.14 and its Arabic form
0.11 (the negation before the group was read as denying the virtue's claim, which it makes); "لا أظن أن
الأكراد والعرب مختلفون كثيرا" (I don't think Kurds and Arabs are very different) was abuse at 0.82 (the
Arabic negation is read only just before the predicate); "I would never want a Yazidi as a neighbour"
0.10, "لا أريد أبدا جارا إيزيديا" 0.05; "I hate this phone, it's a piece of garbage" a personal attack
at 1.0.

Before the round these lines passed en 5 of 12, ar 5 of 10, tr 3 of 4, fa 3 of 6; when it closed en 7,
ar 8, tr 4, fa 6 (the floors, less one line). A third list (THIRD, English and Arabic) was written after
the changes and run on both trees before it was looked at: 8 -> 15 of 16. It is no held-out figure: it
was written knowing the rules. The lines still failing are the violation head's alone, or a frame no
rule reads: "My laptop is useless and slow" 0.80 and "This traffic in Erbil is absolute hell" 0.63 with
no finding (abuse of things, which HateCheck counts as no hate and our guidelines as no violation),
"It's not that I hate Shia, they just don't deserve rights" 0.56, "Arabs are not people you can reason
with" 0.33.

What the round added (harm.py):
- think_negated, _THINK_NOT: the commenter's thinking denied before the group ("I don't think", "I do
  not believe", "لا أظن أن", "فکر نمی‌کنم") denies the claim after it as a negation before the group
  does: a virtue so denied is the claim (rule 3's virtue_denied), a vice so denied is none (the negation
  check of rule 3, where a virtue's own negation is not the thinking's);
- rule 3h, _NOT_WANT, _CLOSE_ROLE: a wish denied, a place in the speaker's life (a neighbour, a
  colleague, a son-in-law) and a group in one sentence: exclusion ("I would never want a Yazidi as a
  neighbour", "Komşu olarak bir Ezidi asla istemem", "هرگز یک ایزدی را به عنوان همسایه نمی‌خواهم"); not
  a wish ("I would love to have Yazidi neighbours"), nor no group ("I don't want a noisy neighbour");
- an English insult phrase after "it's a", "that's a", "this is a" names a thing, no one ("I hate this
  phone, it's a piece of garbage"; "you're a", "he is a" stay attacks).

On the data (266,504 comments in the four languages): 2 English comments' findings changed: "I don't
think Conservative Christians are any blinder or stupider than anyone else" lost its abuse finding, and
one comment lost one of its three personal-attack findings ("that's a 'fuck you...'"). Our suite, the
probes, every grid half and the held-out batches unchanged.
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('abuse', "I don't think Kurds are capable of honesty."),
    ('abuse', 'Arabs are not people you can reason with.'),
    ('abuse', 'I would never want a Yazidi as a neighbour.'),
    ('abuse', "It's not that I hate Shia, they just don't deserve rights."),
    ('abuse', 'Women are not fit to be editors.'),
    ('abuse', 'Refugees have no place among civilised people.'),
    ('-', "I hate this phone, it's a piece of garbage."),
    ('-', 'This traffic in Erbil is absolute hell.'),
    ('-', 'My laptop is useless and slow.'),
    ('-', "I don't think Kurds and Arabs are that different."),
    ('-', 'Nobody is saying refugees have no rights.'),
    ('-', 'I would love to have Yazidi neighbours.'),
]
AR_TUNE = [
    ('abuse', 'لا أظن أن الأكراد قادرون على الصدق'),
    ('abuse', 'العرب ليسوا أناسا يمكن التفاهم معهم'),
    ('abuse', 'لا أريد أبدا جارا إيزيديا'),
    ('abuse', 'النساء لا يصلحن لرئاسة التحرير'),
    ('abuse', 'اللاجئون لا مكان لهم بين المتحضرين'),
    ('-', 'أكره هذا الهاتف، إنه قطعة خردة'),
    ('-', 'زحمة السير في أربيل جحيم حقيقي'),
    ('-', 'حاسوبي بطيء وعديم الفائدة'),
    ('-', 'لا أظن أن الأكراد والعرب مختلفون كثيرا'),
    ('-', 'أحب أن يكون جيراني إيزيديين'),
]
TR_TUNE = [
    ('abuse', 'Komşu olarak bir Ezidi asla istemem.'),
    ('abuse', 'Meslektaş olarak bir Arap istemiyorum.'),
    ('-', 'Gürültücü bir komşu istemem.'),
    ('-', 'Ezidi komşularımı çok seviyorum.'),
]
FA_TUNE = [
    ('abuse', 'فکر نمی\u200cکنم کردها آدم\u200cهای صادقی باشند'),
    ('abuse', 'هرگز یک ایزدی را به عنوان همسایه نمی\u200cخواهم'),
    ('abuse', 'یک عرب را به عنوان همکار نمی\u200cخواهم'),
    ('-', 'فکر نمی\u200cکنم کردها و عرب\u200cها خیلی با هم فرق داشته باشند'),
    ('-', 'همسایه پرسروصدا نمی\u200cخواهم'),
    ('-', 'همسایه\u200cهای ایزدی\u200cام را خیلی دوست دارم'),
]
TUNE = {"en": EN_TUNE, "ar": AR_TUNE, "tr": TR_TUNE, "fa": FA_TUNE}
PASSED = {"en": 7, "ar": 8, "tr": 4, "fa": 6}
# written after the changes and run on both trees before it was looked at (8 -> 15 of 16): not held out
THIRD = {
    "en": [
        ('abuse', "I really don't believe Turks can be trusted with power."),
        ('abuse', "I honestly don't think Afghans are capable of hard work."),
        ('abuse', 'We would never accept a Shia family as neighbours.'),
        ('abuse', 'I do not want a Christian as a colleague, ever.'),
        ('-', "I don't think Yazidis are any different from the rest of us."),
        ('-', 'We would never accept a noisy family as neighbours.'),
        ('-', 'My car is a piece of junk, it broke down again.'),
        ('-', "I don't believe the minister's figures are accurate."),
    ],
    "ar": [
        ('abuse', 'لا أعتقد أن الأتراك أهل للثقة'),
        ('abuse', 'ما أظن أن الأفغان قادرون على العمل الجاد'),
        ('abuse', 'لن نقبل أبدا عائلة شيعية جيرانا لنا'),
        ('abuse', 'لا أريد زميلا مسيحيا في العمل'),
        ('-', 'لا أظن أن الإيزيديين مختلفون عنا'),
        ('-', 'لا نريد جيرانا مزعجين'),
        ('-', 'سيارتي خردة، تعطلت مرة أخرى'),
        ('-', 'لا أعتقد أن أرقام الوزير دقيقة'),
    ],
}
THIRD_PASSED = {"en": 8, "ar": 7}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1
    if lang in THIRD:
        assert passing(model, THIRD[lang]) >= THIRD_PASSED[lang] - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "I don't think Kurds are capable of honesty."),
    ("en", "I do not believe Arabs are honest people."),
    ("ar", "لا أظن أن الأكراد قادرون على الصدق"),
])
def test_a_virtue_denied_through_the_commenters_thinking_is_the_claim(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "I don't think that Kurds are liars."),  # three words before the group: still denied
    ("ar", "لا أظن أن الأكراد والعرب مختلفون كثيرا"),
    ("fa", "فکر نمی\u200cکنم کردها و عرب\u200cها خیلی با هم فرق داشته باشند"),
])
def test_a_vice_denied_through_the_commenters_thinking_is_none(det, lang, text):
    assert "abuse" not in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "I would never want a Yazidi as a neighbour."),
    ("ar", "لا أريد أبدا جارا إيزيديا"),
    ("tr", "Komşu olarak bir Ezidi asla istemem."),
    ("fa", "هرگز یک ایزدی را به عنوان همسایه نمی\u200cخواهم"),
])
def test_a_group_refused_as_a_neighbour_is_excluded(det, lang, text):
    assert found(det, lang, text).get("abuse") == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "I would love to have Yazidi neighbours."),
    ("en", "I don't want a noisy neighbour."),
    ("tr", "Gürültücü bir komşu istemem."),
])
def test_a_neighbour_wished_or_no_group_refused_is_nothing(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_an_insult_phrase_said_of_a_thing_attacks_no_one(det):
    assert "personal_attack" not in found(det, "en", "I hate this phone, it's a piece of garbage.")
    assert found(det, "en", "You're a piece of garbage.").get("personal_attack") == 2
    assert found(det, "en", "He is a piece of garbage.").get("personal_attack") == 2
