"""The hundred-and-sixty-seventh round (2026-12-06): what the held-out batches `heldout/*_r167b.tsv` showed,
written before any change: hate put as an opinion, a question, a pronoun or a misspelling, veiled threats, and
contrasts. No suite case was read for it.

What was added (harm.py and harm_lexicon):
- a claim about a people reported and answered by the sayer's criticism or by the genocide such talk led to,
  in every language (_REBUTTAL: "The minister said immigrants are a burden, and he was rightly criticised",
  "... وانتقدوه بحق", "... haklı olarak eleştirildi", "... به حق ازش انتقاد شد"; "... أدى للإبادة",
  "... soykırıma giden dil", "... به نسل‌کشی رسید"); "rightly" is no confirmation of the claim (_rightly:
  "haklı olarak", "به حق"); in Persian the label may come before the people, its verbal noun right after it
  ("حشره خوندن مهاجرا");
- Persian: the desert of a bullet denied after it ("هیچ‌کس ... لیاقت گلوله نداره");
- Turkish: "see what will befall you" after a deed told to go on ("... yazmaya devam et, bak başına ne
  gelecek"), as English and Arabic read it;
- English: "queer" used of oneself or one's own is the community's name, read as a group named
  (_en_own_reclaimed: "As a queer woman I found this article empowering"; not "I trusted you queer cakes");
- a verdict after a question naming a people may say how far it reaches ("Jews? Greedy rats, every single
  one": _VERDICT_EVERY).

When the round closed: held out en 25 -> 28 of 31, ar 18 -> 20 of 22, tr 9 -> 12 of 12, fa 9 -> 12 of 12;
tune lines (written after the change) 5 -> 14 of 14 on the tree before and after; the suite, probes and
other held-out batches unchanged; the data's findings changed in 8 of 266,546 comments, all English "queer"
used of oneself or one's own in Davidson's tweets ("my fellow queer folk", "Im a queer", "identifies as
queer"), five of them labelled offensive there.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

TUNE = [
    ('-', 'The MP said refugees are parasites and he was widely criticised for it.'),
    ('-', 'النائب قال إن اللاجئين طفيليات، وانتقدوه الناس.'),
    ('-', 'Milletvekili mültecilerin parazit olduğunu söyledi ve haklı olarak eleştirildi.'),
    ('-', 'نماینده گفت پناهنده‌ها انگلن و به حق ازش انتقاد شد.'),
    ('-', 'Calling Kurds rats is the kind of talk that led to genocide.'),
    ('-', 'Kürtlere fare demek soykırıma giden yolun başı.'),
    ('-', 'موش خوندن کردها همون حرفیه که به نسل‌کشی رسید.'),
    ('-', 'هیچ‌کس لیاقت گلوله نداره، حتی دشمنت.'),
    ('threat', 'این خبرنگارا لیاقتشون گلوله‌ست.'),
    ('threat', 'Kürtler hakkında yazmaya devam et, bak başına ne gelecek.'),
    ('-', "I'm queer and this is the best coverage of our community I have read."),
    ('abuse', 'Queers are a disease on society.'),
    ('abuse', 'Gypsies? Filthy thieves, every single one.'),
    ('abuse', 'Afganlar mı? Hırsızlar, hepsi.'),
]
# (5 on the tree before the round)
PASSED = 14


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


def test_a_sayer_criticised_and_talk_that_led_to_genocide(det):
    assert "abuse" not in found(det, "tr",
                                "Bakan göçmenlerin yük olduğunu söyledi ve haklı olarak eleştirildi.")
    assert "abuse" not in found(det, "fa", "وزیر گفت مهاجرا سربارن و به حق ازش انتقاد شد.")
    assert "abuse" not in found(det, "ar", "الوزير قال إن المهاجرين عبء، وانتقدوه بحق.")
    assert "abuse" not in found(det, "en",
                                "The minister said immigrants are a burden, and he was rightly criticised.")
    assert "abuse" not in found(det, "ar", "وصف المهاجرين بالحشرات هو نفس الكلام اللي أدى للإبادة.")
    assert "abuse" not in found(det, "fa", "حشره خوندن مهاجرا همون زبونیه که به نسل‌کشی رسید.")
    # the claim called right stays the commenter's own ("haklı", "راست می‌گه")
    assert "abuse" in found(det, "tr", "Bakan göçmenlerin yük olduğunu söyledi ve çok haklı.")
    assert "abuse" in found(det, "fa", "وزیر گفت مهاجرا سربارن و راست می‌گه.")


def test_no_one_deserves_a_bullet(det):
    assert "threat" not in found(det, "fa", "هیچ‌کس به خاطر کسی که دوستش داره لیاقت گلوله نداره.")
    assert "threat" in found(det, "fa", "همه‌ی ترنس‌ها لیاقتشون یه گلوله‌ست.")


def test_turkish_see_what_befalls_you(det):
    assert "threat" in found(det, "tr", "Ezidiler hakkında yazmaya devam et, bak başına ne gelecek.")
    assert "threat" not in found(det, "tr", "Bak başına ne gelecek diye korkuyorum, çocuğum hasta.")


def test_queer_of_oneself_is_a_name(det):
    assert "abuse" not in found(det, "en", "As a queer woman I found this article empowering.")
    assert "abuse" not in found(det, "en", "Another weekend to celebrate progress, my fellow queer folk!")
    assert "abuse" in found(det, "en", "I trusted you queer cakes")
    assert "abuse" in found(det, "en", "As a queer you deserve nothing.")
    assert "abuse" in found(det, "en", "That queer reporter should be fired.")
    # what is said of the group still counts
    assert "abuse" in found(det, "en", "We don't want queers in our town.")


def test_a_verdict_that_says_how_far_it_reaches(det):
    assert "abuse" in found(det, "en", "Jews? Greedy rats, every single one.")
    assert "abuse" not in found(det, "en", "Jews? Nice people, every single one.")
