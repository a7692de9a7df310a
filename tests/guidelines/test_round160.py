"""The hundred-and-sixtieth round (2026-12-06): names called at whoever believes or writes a thing, the
addressee's views called stupid, and "nobody asked you", in every language.

From our suite's Persian personal insults, the one functionality under 70% on the card (0.58), listed
at the start of the session (check cases: not independent): "همچین تیتری رو فقط یه کودن می‌نویسه"
(only a moron writes such a headline: violation 0.68, no clause) and "ساکت شو، کسی نظر جاهلانه‌ی تو رو
نخواست" (shut up, nobody asked your ignorant opinion: 0.53, no clause). Lines written afresh before any
change (`heldout/*_r160b.tsv`): "only a fool would believe...", "لا يصدق هذا الكلام إلا أحمق", "keep your
moronic opinions to yourself", "کامنت‌های بی‌سوادانه‌ت", with contrasts (only a doctor can sign, only
one reporter got in, the government's stupid policies).

What was added (harm): in the insult loop of rule 4, _only_a_doer: an insult right after "only" (en
"only", fa "فقط", tr "ancak/sadece/yalnızca", and Arabic "إلا" or Persian "جز" after a negation), with a
verb of believing, writing or saying in its sentence, is aimed at whoever does it (not a Turkish insult
that is an adjective, "Sadece salak bir sorum var", or a possessor, "sadece yandaşların yazdıkları");
_views_called_foolish: an insulting adjective on the addressee's opinion, comment, idea or words (en
"your" before it; fa the possessive on the noun or the "-انه" adjective, or "تو"/"شما" after it; tr the
possessive on the noun with no one else in the sentence; ar the noun's suffix, the clitics taken off:
not "جرائمك", your crimes). Lexicons: Persian "ساکت شو" and "nobody asked you" forms, English "nobody
asked you" (not "nobody asked us").

When the round closed: the tune lines (written after the change) 10 -> 16 of 17 on the tree before it
and after (still failing in both: "I'm the only idiot who believed their promises", a personal attack
at 1.0 by a rule that reads "I'm" as said to someone). Held out: en 3 -> 4 of 4, ar 2 -> 4 of 4, tr
2 -> 4 of 4, fa 5 -> 9 of 11. Our suite: fa personal_insult 7 -> 9 of 12 (both read: not
independent), ar personal_insult 11 gained (not read this session). On the data 46 comments changed,
41 labelled violations gaining a personal attack; the five clean ones are insults by our guidelines
("only a complete idiot ... could think this", "وكلامك غبي") or a contrast gained.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('personal_attack', 'Only an idiot would write this.'),
    ('-', 'Only a surgeon can perform that operation.'),
    ('-', "I'm the only idiot who believed their promises."),
    ('personal_attack', 'Nobody asked for your opinion.'),
    ('personal_attack', 'Your idiotic comment proves my point.'),
    ('-', 'Nobody asked us before they closed the clinic.'),
    ('personal_attack', 'همچین چیزی رو فقط یه احمق باور می‌کنه.'),
    ('-', 'فقط یه پزشک می‌تونه این گواهی رو امضا کنه.'),
    ('personal_attack', 'نظرت احمقانه‌ست.'),
    ('-', 'نظرت احمقانه نیست، فقط با من فرق داره.'),
    ('personal_attack', 'ساکت شو، هیچی نمی‌دونی.'),
    ('personal_attack', 'Buna ancak bir aptal inanır.'),
    ('-', 'Bu ameliyatı ancak bir cerrah yapabilir.'),
    ('personal_attack', 'Senin aptalca yorumun kimseyi ikna etmez.'),
    ('personal_attack', 'ما يكتب هذا الكلام إلا غبي.'),
    ('-', 'لا يعرف الحقيقة إلا الله.'),
    ('personal_attack', 'تعليقك الغبي لا يستحق الرد.'),
]
PASSED = 16


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_only_a_fool_believes_it_is_a_personal_attack(det):
    assert "personal_attack" in found(det, "en", "Only a fool would believe this article.")
    assert "personal_attack" in found(det, "fa", "همچین تیتری رو فقط یه کودن می‌نویسه.")
    assert "personal_attack" in found(det, "tr", "Bu yazıya ancak bir salak inanır.")
    assert "personal_attack" in found(det, "ar", "لا يصدق هذا الكلام إلا أحمق.")


def test_only_a_person_who_is_no_insult_or_who_does_nothing_said_is_none(det):
    assert "personal_attack" not in found(det, "en", "Only a doctor can sign the certificate.")
    assert "personal_attack" not in found(det, "fa", "فقط یه خبرنگار تونست وارد شهر بشه.")
    assert "personal_attack" not in found(det, "tr", "Sadece salak bir sorum var.")  # a silly question
    # (attackers the news names called cowards: no believing, writing or saying in the sentence)
    assert "personal_attack" not in found(det, "ar", "لا يهاجم المدارس إلا جبان.")
    assert "personal_attack" not in found(det, "tr", "Okula ancak bir korkak saldırır.")  # "okul": no "oku-"


def test_the_addressees_views_called_stupid_are_a_personal_attack(det):
    assert "personal_attack" in found(det, "en", "Keep your moronic opinions to yourself.")
    assert "personal_attack" in found(det, "fa", "نظر احمقانه‌ت رو برای خودت نگه دار.")
    assert "personal_attack" in found(det, "fa", "ساکت شو، کسی نظر جاهلانه‌ی تو رو نخواست.")
    assert "personal_attack" in found(det, "tr", "Aptalca fikirlerini kendine sakla.")
    assert "personal_attack" in found(det, "ar", "احتفظ بآرائك الغبية لنفسك.")


def test_other_views_or_no_views_called_stupid_are_none(det):
    assert "personal_attack" not in found(det, "fa", "سیاست‌های احمقانه‌ی دولت باعث این بحران شد.")
    assert "personal_attack" not in found(det, "fa", "نظرت احمقانه نیست، فقط با من فرق داره.")
    assert "personal_attack" not in found(det, "ar", "جرائمك المنحطة لن تنسى.")  # crimes, not views


def test_nobody_asked_you_is_an_insult_and_nobody_asked_us_is_not(det):
    assert "personal_attack" in found(det, "en", "Nobody asked you.")
    assert "personal_attack" in found(det, "fa", "کسی از تو نظر نخواست.")
    assert "personal_attack" not in found(det, "en", "Nobody asked us before they closed the clinic.")
    assert "personal_attack" not in found(det, "fa", "لطفاً ساکت باشید.")
