"""The hundred-and-thirty-second round (2026-12-06): the disclaimer before the claim -- "I'm not racist,
but", "Not all Kurds are bad, but most of them", "I respect Christians, but they" -- in English and
Arabic.

Most of these passed already (en 7 of 11, ar 7 of 8). "Not all Kurds are bad, but most of them are
thieves" did not: the sentence after ", but" began with "but", so its "them" fell outside the three
words where a pronoun takes up the group named before. When the round closed en 8 of 11, ar 7 of 8 (the
floors, less one line). No held-out batch was written for it.

What the round added (harm.py): after the "but", "and" or "so" that opens a sentence, a pronoun takes up
the group of the sentence before ("them", "they"; not "And all meat animals ...", "and those who ...",
which the data showed). "hypocrites" as a sweeping claim of a people was tried and left out: on the data
it made "Wow feminists are real hypocrites ... it's not OK for men to ..." a claim that the loose
counter-speech reading then took for counter-speech (a violating ETHOS dev comment lowered, the card's
ETHOS dev AUC 0.6754 -> 0.6698).

On the data (266,504 comments in the four languages): 9 English comments' findings changed, each a
neutral mention added on a pronoun. Our suite, the probes, every grid half and the held-out batches
unchanged. Still missed: "I respect Christians, but they are all hypocrites" (a personal attack, not
abuse), "It's not that I hate Shia, they just don't deserve rights" (0.56, no finding), "ليس كل الأكراد
سيئين لكن معظمهم لصوص" (one Arabic sentence with no comma: "معظمهم", most of them, takes up no group),
and "Not all politicians are corrupt, but many are" (0.72, the violation head's: no identity group, no
violation under our guidelines).
"""
import pytest

from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('abuse', "I'm not racist, but Arabs are lazy."),
    ('abuse', 'Not all Kurds are bad, but most of them are thieves.'),
    ('abuse', 'I have Yazidi friends, but Yazidis are dirty.'),
    ('abuse', "It's not that I hate Shia, they just don't deserve rights."),
    ('abuse', "No offence, but women can't think logically."),
    ('abuse', 'I respect Christians, but they are all hypocrites.'),
    ('abuse', 'With all due respect, refugees are parasites.'),
    ('-', "I'm not racist, and I think Arabs deserve the same respect as anyone."),
    ('-', 'Not all politicians are corrupt, but many are.'),
    ('-', 'I have Yazidi friends, and they are wonderful people.'),
    ('-', 'No offence, but this article is badly written.'),
]
AR_TUNE = [
    ('abuse', 'أنا لست عنصريا لكن العرب كسالى'),
    ('abuse', 'ليس كل الأكراد سيئين لكن معظمهم لصوص'),
    ('abuse', 'لدي أصدقاء إيزيديون لكن الإيزيديين قذرون'),
    ('abuse', 'بدون إساءة، لكن النساء لا يفكرن بمنطق'),
    ('abuse', 'مع كل الاحترام، اللاجئون طفيليات'),
    ('-', 'أنا لست عنصريا وأرى أن العرب يستحقون الاحترام'),
    ('-', 'لدي أصدقاء إيزيديون وهم أناس رائعون'),
    ('-', 'بدون إساءة، لكن هذا المقال مكتوب بشكل سيئ'),
]
TUNE = {"en": EN_TUNE, "ar": AR_TUNE}
PASSED = {"en": 8, "ar": 7}


@pytest.mark.parametrize("lang", sorted(TUNE))
def test_tune_lines_keep_their_floor(model, lang):
    assert passing(model, TUNE[lang]) >= PASSED[lang] - 1


def test_the_claim_after_the_disclaimer_is_abuse(det):
    assert found(det, "en", "Not all Kurds are bad, but most of them are thieves.").get("abuse") == 2


@pytest.mark.parametrize("text", [
    # what opens the sentence after "And" is no pronoun
    "Gays will have to hide again. And all meat animals will suffer more at slaughter.",
    "We should take in more refugees, and those who will be nothing but trouble should be sent home.",
    "Not all politicians are corrupt, but most of them are honest.",
])
def test_no_group_is_taken_up_by_what_is_no_pronoun(det, text):
    assert "abuse" not in found(det, "en", text)
