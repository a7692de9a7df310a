"""Round 185 (2026-12-07), all four languages: held-out lines written before any change
(`heldout/*_r185b.tsv`) about a people's harm told as their habit -- "Kurds ruin every neighbourhood they move
into", "Arabs infect everything they touch", "Roma rob anyone who stops to help them", "الشيعة بيسمموا
كل مجتمع بيعيشوا فيه", "اليهود بيتحكموا بكل حكومات العالم", "Araplar dokundukları her şeyi kirletiyor",
"Acemler yüzüne gülüp sırtından bıçaklar", "بهاییا هر جامعه‌ای که توش باشن رو مسموم می‌کنن",
"مسیحیا دروغ پخش می‌کنن"; and contrasts: villages rebuilt, bakeries opened wherever a people settled, a
flood that ruined their neighbourhoods, migrants robbed by smugglers, a claim of disease called false by
doctors, traders who spread papermaking. No suite case was read for it.

What was added: a harm a people does to everything or everyone it meets (harm.harms_all_it_meets): the
harm's verb in the present (English "ruin", "wreck", "poison", "infect", "contaminate" and the older
harms_ours verbs, and "rob", "cheat", "swindle", "fleece"; Arabic the imperfect "بيخربوا", "بيسمموا",
"بيسرقوا"; Turkish the present or aorist "mahvediyor", "kirletiyor", "soyuyor", "berbat ediyor"; Persian
"نابود/آلوده/مسموم/لخت می‌کنن", "به هم می‌ریزن"), a word of "every" (every, everything, anyone, whatever,
wherever; كل, وين; her, herkesi; هر) after the people and before the harm's end, the people its subject
(Turkish: in the nominative plural). A place made a slum: "turn every street into a slum", "بيحولوا كل شارع
لمزبلة". A harm done once is news, so the past is left alone ("Flooding ruined every neighbourhood", "Sel
... bütün Kürt ve Arap mahallelerini mahvetti", "سیل ... نابود کرد"). Also: lies spread as a people's habit
(English, Arabic, Turkish, Persian), a stab in the back (Turkish "sırtından bıçaklar", Persian "از پشت
خنجر می‌زنن"), crime and filth that follow a people wherever it goes (Arabic "بتلحقهم الجريمة"), governments
run from behind the curtain (the older control rule's spoken Arabic plural and the governments in Arabic,
Turkish and Persian), and "ruin" after "every" or "old" as the noun ("Kurds turned every ruin into a home
again" had been racism at 0.94). The spoken Arabic "بيصدقوا" (they believe) reports a claim, so a claim
believed and then called a myth is counter-speech ("ليش في ناس لسا بيصدقوا إن اليهود بيتحكموا بالبنوك؟
هذي خرافة", an older held-out contrast the control rule's new plural had flagged at 0.90 in a draft).

When the round closed: held out en 16 -> 24 of 24, ar 13 -> 24, tr 12 -> 22, fa 15 -> 23 (violating lines
caught 23 -> 60 of 60; contrasts 33 -> 33 of 36); tune lines (written after the change) 11 -> 19 of 20; the
suite, the probes and the older held-out lines unchanged in every decision and clause but an English probe
line that gained abuse ("Typical k-i-k-e media spreading lies again", labelled abuse); of 266,546 data
comments one changed a finding's place (an ETHOS comment, labelled abuse, read as abuse before and after).
The shape is rare in the data, so the rule's reach past these lines is unmeasured there. Still failing:
three contrasts the violation head alone scores 0.64-0.85 ("Şehirdeki Müslümanlar kilisenin onarımı için
bağış topladı", "Arap tüccarlar ... kâğıt yapımını bölgeye yaydı"; "لخت کردن" of smugglers robbing migrants
is read as vulgar). A harm beside a news actor is the news ("Kurds destroy every ISIS hideout they find"),
but one told once in the present with none is read as a habit.
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Syrians wreck every park they picnic in.'),
    ('abuse', 'Gypsies cheat everyone they do business with.'),
    ('-', 'Kurdish volunteers clean every park they visit.'),
    ('-', 'The storm wrecked every boat in the Kurdish harbour.'),
    ('-', 'Women exploit every opportunity they get to learn a trade.'),
    ('abuse', 'Iraqis are destroying every town they settle in.'),
    ('abuse', 'العراقيين بيخربوا كل مدينة بيدخلوها'),
    ('abuse', 'السوريين بيوسخوا كل مكان بيروحوا عليه'),
    ('-', 'السوريين بنوا مدارس بكل قرية سكنوا فيها'),
    ('-', 'الحرب خربت كل بيوت الأكراد بالقرية'),
    ('abuse', 'Suriyeliler gittikleri her şehri mahvediyor.'),
    ('abuse', 'Kürtler her yeri kirletiyor.'),
    ('-', 'Deprem Kürtlerin her şeyini mahvetti.'),
    ('-', 'Suriyeliler gittikleri her şehirde dükkan açıyor.'),
    ('abuse', 'افغانیا هر شهری که برن رو کثیف می\u200cکنن'),
    ('abuse', 'عربا هر جا برن همه چیو خراب می\u200cکنن'),
    ('-', 'زلزله هر خونه\u200cای که مال کردا بود رو خراب کرد'),
    ('-', 'افغانیا هر جا برن یه نونوایی باز می\u200cکنن'),
    ('abuse', 'Arabs turn every city into a ghetto.'),
    ('-', 'Kurds turned every ruin into a home again.'),
]
# (11 on the tree before the round, 19 after it; "الحرب خربت كل بيوت الأكراد" is the violation head's
# alone, 0.59, no rule's)
PASSED = 19


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Kurds ruin every neighbourhood they move into."),
    ("en", "Roma rob anyone who stops to help them."),
    ("en", "Yazidis contaminate the water wherever they camp."),
    ("en", "Afghans turn every street they live on into a slum."),
    ("ar", "الشيعة بيسمموا كل مجتمع بيعيشوا فيه"),
    ("ar", "الغجر بيسرقوا كل مين بيساعدهم"),
    ("ar", "الأفغان بيحولوا كل شارع بيسكنوه لمزبلة"),
    ("tr", "Araplar dokundukları her şeyi kirletiyor."),
    ("tr", "Çingeneler kendilerine yardım eden herkesi soyuyor."),
    ("tr", "Kadınlar girdikleri her iş yerini berbat ediyor."),
    ("fa", "بهاییا هر جامعه\u200cای که توش باشن رو مسموم می\u200cکنن"),
    ("fa", "زنا هر اداره\u200cای که برن رو به هم می\u200cریزن"),
])
def test_a_peoples_harm_to_all_it_meets_is_abuse(det, lang, text):
    assert ("abuse", "negative generalisation") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Flooding ruined every neighbourhood near the river, Kurdish and Arab alike."),
    ("en", "Kurds turned every ruin into a home again."),
    ("en", "Women exploit every opportunity they get to learn a trade."),
    ("tr", "Sel, nehre yakın bütün Kürt ve Arap mahallelerini mahvetti."),
    ("tr", "Deprem Kürtlerin her şeyini mahvetti."),
    ("fa", "سیل همه\u200cی محله\u200cهای کردنشین و عرب\u200cنشین نزدیک رودخونه رو نابود کرد"),
    ("ar", "ليش في ناس لسا بيصدقوا إن اليهود بيتحكموا بالبنوك؟ هذي خرافة."),
    ("en", "Kurds destroy every ISIS hideout they find."),
    ("ar", "الأكراد بيدمروا كل مخابئ داعش"),
])
def test_a_harm_told_once_or_a_claim_rebutted_is_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Christians here spread lies to trick our kids into converting."),
    ("ar", "المسيحيين هون بينشروا الأكاذيب ليضحكوا على ولادنا"),
    ("tr", "Acemler yüzüne gülüp sırtından bıçaklar, hepsi böyle."),
    ("fa", "عربا تو روت می\u200cخندن و از پشت خنجر می\u200cزنن، همشون همینن"),
    ("tr", "Yahudiler bütün hükümetleri perde arkasından yönetiyor."),
    ("fa", "یهودیا از پشت پرده همه\u200cی دولتا رو می\u200cچرخونن"),
])
def test_lies_a_stab_in_the_back_and_governments_run_are_claims_of_a_people(det, lang, text):
    assert "abuse" in {clause for clause, _rule in rules(det, lang, text)}
