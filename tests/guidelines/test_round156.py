"""The hundred-and-fifty-sixth round (2026-12-06): a claim about those who did something to a people, in
Turkish and Arabic.

From our suite's Turkish check case "IŞİD militanları binlerce Ezidi kadını köleleştiren katillerdir"
(ISIS militants are killers who enslaved thousands of Yazidi women: abuse 0.96), read in this session's
listing. Lines written afresh before any change (tr 6, ar 5): the people as the object of what the claim's
subject did was read as the claim's subject ("Kürt köylülere saldıranlar hayvan", those who attacked
Kurdish villagers are animals: 0.98; "اللي هاجموا القرويين الأكراد وحوش": 0.97). Before: tr 3 of 6, ar 2
of 5.

What was added: object_of_doers in harm._analyse (Turkish: the people's word, or the noun after its bare
adjective, in the accusative or the dative and an active participle right after it,
harm._TR_ACTIVE_PARTICIPLE, not a noun or an adverb that ends so, _TR_NOT_PARTICIPLE; Arabic: a relative
and a verb in the past plural before the people, harm._AR_PAST_PLURAL, not a present nor a copula), which
drops the claim, and in Arabic adds a report contrast. A first version took any word in -an/-en after any
oblique word and lost eleven probe lines and two suite cases ("Afganlar sokakları dolduran böceklerdir",
"Sınırları Iraklılara tamamen kapatın"); a first Arabic version took "كانوا" and a present's "بيشتغلو"; a
second Turkish one read an instrumental ("vergilerimizle", with our taxes) as a dative and lost seven
lines of the spelling grid's people run into the next word ("Afganlarvergilerimizle yaşayan asalaklar").

When the round closed: tr 4 of 6, ar 4 of 5 (the rest stay over 0.5 by the heads). Held out
(`heldout/*_r156b.tsv`): ar 1 -> 2 of 3, tr 1 -> 1. Our suite: tr-criticism_of_group_actions-01 gained
(read: not independent). On the data six comments changed: five Turkish lost a sweeping claim or a
dehumanisation (three labelled offensive, most of them insults of the doers: "kadının üstüne boşalan
sapık"), one Arabic an Al Jazeera claim.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', 'Kürt köylülere saldıranlar hayvan.'),
    ('-', 'Ezidi kadınlarını kaçıran teröristler alçaktır.'),
    ('-', 'Suriyeli çocukları döven polisler caniydi.'),
    ('-', 'Alevi köylerini yakanlar katildir.'),
    ('abuse', 'Suriyeliler hırsızlık yapan asalaklar.'),
    ('abuse', 'Kürtler devleti arkadan bıçaklayan hainlerdir.'),
    ('-', 'اللي هاجموا القرويين الأكراد وحوش.'),
    ('-', 'الذين خطفوا النساء الإيزيديات مجرمون.'),
    ('-', 'يلي حرقوا بيوت السوريين كلاب.'),
    ('abuse', 'الأكراد اللي ساكنين بالمدينة حرامية.'),
    ('abuse', 'السوريين وحوش ما عندهم رحمة.'),
]
PASSED = 8


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_claim_about_the_doers_is_none_about_the_people(det):
    assert "abuse" not in found(det, "tr", "Kürt köylülere saldıranlar hayvan.")
    assert "abuse" not in found(det, "ar", "اللي هاجموا القرويين الأكراد وحوش.")


def test_the_people_as_the_doers_stay_a_claim(det):
    assert "abuse" in found(det, "tr", "Afganlar sokakları dolduran böceklerdir.")
    assert "abuse" in found(det, "tr", "Kürtler devleti arkadan bıçaklayan hainlerdir.")
    assert "abuse" in found(det, "ar", "الأكراد اللي ساكنين بالمدينة حرامية.")
    assert "abuse" in found(det, "ar", "الذين كانوا في الحسينية إيرانيين يتآمرون ضد البلد.")
