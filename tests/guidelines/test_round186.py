"""Round 186 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r186b.tsv`) about a people named by what its members do -- "People who pray five times a day are
brainwashed terrorists", "Anyone who celebrates Newroz should be thrown out", "People who come from
Afghanistan are all thieves", "اللي بيصوموا رمضان همج متخلفين", "أي حدا بيحتفل بالنوروز لازم ينطرد",
"Ramazanda oruç tutanlar ilkel vahşiler", "Evde Farsça konuşanlar casus", "اونایی که تو خونه ترکی حرف می‌زنن
جاسوسن", "هر کی عید پاک جشن بگیره باید بیرون انداخته بشه"; and contrasts: the same people at an evening
class, breaking the fast at sunset, teaching their language to their children, keeping the bonfire of
Newroz, a fifth of the town, and the saying called bigotry. No suite case was read for it.

What was added: a people named in a clause of what its members do (harm._practice_named): a head ("people
who", "anyone who", "whoever"; "اللي", "الذين", "كل مين", "أي حدا"; "اونایی که", "کسایی که", "هر کی"; in
Turkish the participle itself, "tutanlar", "konuşanlar", "giden herkes", after its practice) and a practice
after it (praying, fasting, worshipping, a headscarf, hijab, niqab or turban worn, Ramadan, Easter, Newroz,
a church, mosque or synagogue gone to, a people's language spoken, a country come from -- "from", "من", "از"
before it); the practice word names the people of its kind (a faith's, a people's, a country's), only with a
hostile word after it in its sentence and no addressee in it. A comment with no other word a rule starts
from is read when it holds a practice and a hostile word or phrase (harm._practice_cue, in the prefilter).
Also: "an enemy" (English), "haşarat" (Turkish vermin), "خطرن" (Persian, are a danger), Arabic "تعصب"
(bigotry) as a word that rejects a claim, Turkish "bağnazlık" (bigotry, the noun) no predicate of the
people said of, and Persian "از ممنوعیت" (of the ban) no call to ban. Left out after the data's changes of a
draft: Arabic "عدو" and "أعداء" and Persian "دشمن" (the enemy: "أعداء الإسلام", the enemies of Islam, took
Islam for the people abused in some 60 Al Jazeera comments; "ما هیچ دشمن خارجی نداریم"), the Arabic "الي"
(also "to") and the formal singular "الذي", "التي", a country with no "from" ("اللي يعتقد إن إيران ...", who
believes that Iran ...), a Turkish participle of any verb ("cami isteyen", who want a mosque), and a
Persian headscarf taken off ("کسانی که روسری برداشتند").

When the round closed: held out en 18 -> 24 of 24, ar 16 -> 23, tr 16 -> 23, fa 16 -> 23 (violating lines
caught 32 -> 58 of 60; contrasts 34 -> 35 of 36); tune lines (written after the change) 13 -> 20 of 20; the
suite's Arabic counter-speech case "... هذا تعصب" lost its racism (0.98 before; the violation head alone
keeps it at 0.62, so it still fails, but it left the urgent lane); three older held-out worshippers told
by a clause gained abuse (round 184's "Everyone who prays there is a traitor", a personal attack before)
and a Turkish probe contrast passes ("Kürtlere hain demek ... bağnazlık"); nothing lost; 9 of
266,546 data comments' findings changed, read: a Persian exclusion of women lost (a clean comment about a
ban), two counter contrasts and four identity mentions gained. Still failing: "اللي بتلبس حجاب بهالبلد عدوة"
and "هر کی تو این کشور روسری سرش کنه دشمنه" (the enemy, left out), and "Namaz kılanların terörist olduğunu
söylemek düpedüz bağnazlık", which the violation head alone scores 0.65.
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'People who wear the niqab are walking bin bags.'),
    ('abuse', 'Anyone who goes to a synagogue is scum.'),
    ('-', 'People who wear the niqab spoke to the court about the ban.'),
    ('-', 'Those who fast during Ramadan should drink plenty of water at night.'),
    ('abuse', 'Everyone who speaks Arabic in this town is a parasite.'),
    ('-', 'Everyone who speaks Arabic in this town is welcome at the festival.'),
    ('abuse', 'اللي بيلبسوا نقاب حشرات'),
    ('abuse', 'اللي بيصوموا رمضان متخلفين ولازم يترحلوا'),
    ('-', 'اللي بيصوموا رمضان بيتجمعوا عالفطور بالحارة'),
    ('-', 'اللي بيلبسوا نقاب حكوا للمحكمة عن المنع'),
    ('abuse', 'Türban takanlar cahil yobazlar.'),
    ('abuse', 'Kiliseye gidenler hain pislikler.'),
    ('-', 'Türban takanlar mahkemede yasağı anlattı.'),
    ('-', 'Kiliseye gidenler pazar günü kahvaltı yaptı.'),
    ('abuse', 'اونایی که چادر سر می\u200cکنن عقب\u200cافتاده\u200cان'),
    ('abuse', 'کسایی که تو خونه کردی حرف می\u200cزنن حشره\u200cان'),
    ('-', 'اونایی که چادر سر می\u200cکنن تو دادگاه از ممنوعیت گفتن'),
    ('-', 'کسایی که روزه می\u200cگیرن شب آب زیاد می\u200cخورن'),
    ('abuse', 'Those who celebrate Easter are brainwashed idiots.'),
    ('-', 'Those who celebrate Easter paint eggs with their children.'),
]
# (13 on the tree before the round, 20 after it; "اونایی که چادر سر می‌کنن تو دادگاه از ممنوعیت گفتن" was an
# exclusion at 0.94 in a draft, as "زنا تو دادگاه از ممنوعیت گفتن" had been before the round)
PASSED = 20


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "People who pray five times a day are brainwashed terrorists."),
    ("en", "Those who fast during Ramadan are primitive savages."),
    ("en", "Anyone who celebrates Newroz should be thrown out."),
    ("en", "People who come from Afghanistan are all thieves."),
    ("ar", "اللي بيصوموا رمضان همج متخلفين"),
    ("ar", "أي حدا بيحتفل بالنوروز لازم ينطرد"),
    ("ar", "اللي جايين من أفغانستان كلهم حرامية"),
    ("tr", "Ramazanda oruç tutanlar ilkel vahşiler."),
    ("tr", "Nevruz kutlayan herkes kovulmalı."),
    ("tr", "Hristiyanlığa geçenler vatan haini."),
    ("fa", "اونایی که روزی پنج بار نماز می\u200cخونن تروریستای مغزشسته\u200cان"),
    ("fa", "هر کی عید پاک جشن بگیره باید بیرون انداخته بشه"),
])
def test_a_people_named_by_what_its_members_do_is_abused(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "People who pray five times a day told us about their routine."),
    ("en", "People who drive fast are idiots."),
    ("ar", "أكبر حيوان اللي يعتقد إن إيران دولة مسلمة"),
    ("ar", "وانت يعني اللي شيخ جامع انت اول الفاسدين يا كلب"),
    ("tr", "Cami isteyen kitlesi yokmuş omurgasız yavşaklar."),
    ("fa", "کسانی که روسری برداشتند احمقن"),
    ("fa", "زنا تو دادگاه از ممنوعیت گفتن"),
    ("tr", "Kürtlere hain demek tam da bu bölgeyi parçalayan bağnazlık"),
])
def test_no_people_is_named_by_a_practice_it_does_not_keep(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}
