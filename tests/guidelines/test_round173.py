"""The hundred-and-seventy-third round (2026-12-07), all four languages: held-out lines written before any
change (`heldout/*_r173b.tsv`) about a people taken up in the next sentence by a pronoun Arabic and Persian
write onto the verb ("بكرههم", "ازشون متنفرم", "نمی‌تونم تحملشون کنم"), by "none of them" ("Hiçbirine
güvenemezsin", "ما فيك تثق بولا واحد منهم"), by "all of them" closing the sentence ("İğrenç ucubeler, hepsi"),
a vice made a people's habit by "like his whole tribe", threats to a people arriving ("We will be waiting for
them with clubs"); and contrasts (the same openings with kind sentences after them, the thieves of a Kurd's
shop called criminals). No suite case was read for it.

What was added:
- the sentence after a people's is about them when Arabic or Persian write "them" onto a verb of dislike or
  distrust in its first words, when "all of them" closes it, or a plural insult after a comma (_about_them:
  the two read as one sentence); Turkish "onlardan", "hiçbirine" take the people up as "onlar" does;
  English "them" a few words after a verb of distrust ("You can't trust a single one of them");
- "they" takes up no people when the sentence before names a plural of wrongdoers besides them
  (_doers_named: "The thieves who robbed the Kurdish shop were caught. They are criminals" was abuse);
- a vice made a people's habit by "like all his people", "like his whole tribe" (LIKEALL, beside a vice as
  "typical" and "always" are, _HABIT; Arabic "نموذجي", Persian "تیپیک" join them), English vices as verbs
  ("lied", "stole");
- weapons waited with ("waiting for them with clubs", "با چماق منتظرشون"); Somalis (every language); the
  Turkish accusative "Arabı", "Kürdü"; "kov"; "can't bear", "ما بطيقهم", "katlanamıyorum", "تحملشون";
  "grateful we let them live", "تاركينهم عايشين"; Persian "عجیب‌الخلقه";
- Persian "کرد" (did) closing a sentence no longer makes it name a people.

When the round closed: held out en 18 -> 23 of 24, ar 17 -> 22, tr 17 -> 22, fa 13 -> 20 of 24; tune lines
(written after the change) 6 -> 12 of 12; five older held-out lines gained (ar_r140b "ما تثق بواحد منهم",
tr_r144b "Suriyelilere katlanamıyorum artık", and three round 171 named as misses, so not independent:
ar_r171b "ما بطيقهم، وسخين", fa_r171b "تحملشون" and "like all his people"); the suite and the probes
unchanged; on the data 32 of 266,546 comments' findings changed (abuse gained on four offensive ones, an
English one naming Somalis on welfare, and on one clean Arabic one; identity mentions of Somalis and of
"Arabı"), none lost.
Still failing: the Turkish people named in two words ("Trans kadınlar": two kinds), a plural insult too far
from its people ("... خدا کنه زود برن، منحرفا"), Persian "we let them live" with no pronoun, Arabic "مسلم"
(also a name) said of one colleague, "دزده" beside "like all his compatriots", and two thieves' contrasts the
violation head alone scores over 0.5.
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'A few Pakistanis opened a restaurant here. I loathe them, the whole lot.'),
    ('-', 'A few Pakistanis opened a restaurant here. I love them, the food is great.'),
    ('abuse', 'Muslims moved into the flat upstairs. Never trust any of them.'),
    ('abuse', 'Typical Kurd, he stole my phone like the rest of his kind.'),
    ('threat', 'The Syrians arrive on Monday. We will be waiting for them with knives.'),
    ('abuse', 'سكنوا سوريين بالبناية. ما بطيقهم، وسخين.'),
    ('abuse', 'اللاجئين فاتحين محل بالسوق. لا تثق بحدا منهم.'),
    ('abuse', 'Apartmana Suriyeliler taşındı. Hiçbirine güvenmem.'),
    ('abuse', 'Mahalleye Afganlar geldi. Onlardan nefret ediyorum.'),
    ('abuse', 'چندتا عرب اومدن محله‌مون. ازشون متنفرم، کثیفن.'),
    ('-', 'چندتا عرب اومدن محله‌مون. ازشون خوشم اومد، مهربونن.'),
    ('threat', 'افغانیا فردا میان. با قمه منتظرشونیم.'),
]
# (6 on the tree before the round: "like the rest of his kind", "ما بطيقهم", "بحدا منهم", "Hiçbirine
# güvenmem", "Onlardan nefret ediyorum", "با قمه منتظرشونیم")
PASSED = 12


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("ar", "في يهود سكنوا بحارتنا. بكرههم، كل واحد فيهم."),
    ("ar", "العرب فاتحين الدكان عالزاوية. ما فيك تثق بولا واحد منهم."),
    ("fa", "چندتا یهودی اومدن تو کوچه‌مون. ازشون متنفرم، از تک‌تکشون."),
    ("fa", "عربا مغازه سر کوچه رو می‌چرخونن. به هیچ‌کدومشون نمیشه اعتماد کرد."),
    ("fa", "ترنس‌ها هی میان باشگاه. عجیب‌الخلقه‌های چندش، همه‌شون."),
    ("tr", "Köşedeki dükkanı Araplar işletiyor. Hiçbirine güvenemezsin."),
    ("tr", "Yan evi lezbiyen bir çift aldı. İnşallah yakında giderler, sapıklar."),
    ("en", "Arabs run the shop on the corner. You can't trust a single one of them."),
])
def test_the_next_sentence_about_the_people(det, lang, text):
    assert "abuse" in found(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fa", "یه زوج لزبین خونه بغلی رو خریدن. امیدوارم از محله خوششون بیاد."),
    ("fa", "چندتا یهودی اومدن تو کوچه‌مون. دعوتشون کردم شام."),
    ("ar", "في يهود سكنوا بحارتنا. عزمتهم على العشا."),
    ("en", "The thieves who robbed the Kurdish shop were caught. They are criminals."),
    ("tr", "Kürt dükkânını soyan hırsızlar yakalandı. Onlar suçlu."),
])
def test_kind_sentences_and_other_doers_are_not_about_the_people(det, lang, text):
    assert "abuse" not in found(det, lang, text)


def test_a_habit_like_all_his_people(det):
    assert "abuse" in found(det, "en", "Typical Persian, he lied to my face just like his whole tribe.")
    assert "abuse" in found(det, "ar", "فارسي نموذجي، كذب بوجهي متل كل قبيلته.")
    assert "abuse" in found(det, "fa", "یه ترک تیپیک، مثل همه‌ی قومش تو روم دروغ گفت.")
    assert "abuse" not in found(det, "en", "Typical Persian hospitality, he cooked for all of us.")


def test_weapons_waited_with(det):
    assert "threat" in found(det, "en", "Refugees come next week. We will be waiting for them with clubs.")
    assert "threat" not in found(det, "en", "Refugees come next week. We will be waiting for them with "
                                            "blankets and food.")
    assert "threat" in found(det, "fa", "پناهنده‌ها هفته بعد میان شهرمون. با چماق منتظرشون میمونیم.")
