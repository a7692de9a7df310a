"""The hundred-and-forty-third round (2026-12-06): a curse hurled at a people, and a people to be
sterilised.

English lines written afresh, before any change (20: ten forms of abuse -- profanity at a people, a
preference for death, "the only good X", forced sterilisation, "it's obvious that" -- and ten contrasts:
negated hate, a people's culture praised, the same frames with no people). Before: 18 of 20. "Fuck Muslims,
every last one of them" was profanity and a personal attack, not abuse of Muslims; "Refugees should be
sterilised" had no finding (0.23).

What was added: a curse (fuck, screw, damn) right before a people's word, an article or "all" perhaps
between and no mark, is hatred, as "I hate" is (harm.py `_EN_CURSE_AT`; "damn" only before a plural: "damn
girl" is a cry); sterilising is an act on a person's body (harm_lexicon/en.py VIOLENT), read with its mood
and target as the others are.

When the round closed: 20 of 20 (floor less one line). Held out (`heldout/en_r143c.tsv`, written after the
changes, run on both trees before it was read): 1 -> 5 of 8. Its three contrasts fail on both trees, and not
for abuse: "Fuck, the Kurds scored again!", "Damn, those Arabic sweets were delicious", "Screw the rules,
..." are profanity, which the outlet's guidelines do not tolerate either (the lines were written as clean:
the label was the writer's slip, kept as written). Our suite and the probes unchanged. On the data 7
comments gained abuse, all labelled offensive ("Damn Christians!", "Fuck the mexicans"); sterilising gave a
threat to two ETHOS comments labelled not hateful ("People who say ... should be sterilised", "Should have
been sterilised upon arrival": calls to harm people, which the guidelines reject) and a report contrast to
two others.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('abuse', 'Fuck Muslims, every last one of them.'),
    ('abuse', 'Kurds are such fucking animals.'),
    ('abuse', 'These bloody immigrants ruin everything.'),
    ('abuse', "I'd rather die than have a Persian neighbour."),
    ('abuse', 'Shia are nothing but dirt under our feet.'),
    ('abuse', 'Women are too stupid to vote.'),
    ('abuse', 'Refugees should be sterilised.'),
    ('abuse', 'The only good Kurd is a dead Kurd.'),
    ('abuse', "It's obvious that Arabs are inferior."),
    ('abuse', 'Gays should not be allowed near children.'),
    ('-', "I would never say Kurds are vermin, that's disgusting."),
    ('-', 'Kurds are not vermin, they are people like us.'),
    ('-', 'Many Muslims live peacefully in Erbil.'),
    ('-', 'Persian poetry is the finest in the world.'),
    ('-', "It's obvious that the minister lied."),
    ('-', 'The only good thing about this article is the photo.'),
    ('-', "I'd rather die than eat that again."),
    ('-', 'Women voted in record numbers this year.'),
    ('-', 'Refugees were given shelter by the church.'),
    ('-', 'Gay couples adopted children in record numbers.'),
]
PASSED = 20


def test_tune_lines_keep_their_floor(model):
    assert passing(model, EN_TUNE) >= PASSED - 1


def test_a_curse_at_a_people_is_hatred(det):
    assert found(det, "en", "Fuck Muslims, every last one of them.").get("abuse") == 2
    assert found(det, "en", "Damn Christians!").get("abuse") == 2


def test_a_curse_beside_a_people_is_not(det):
    assert "abuse" not in found(det, "en", "Fuck, the Kurds scored again!")
    assert "abuse" not in found(det, "en", "Damn girl, that Kurdish dress is beautiful.")


def test_a_people_to_be_sterilised_is_a_threat(det):
    assert found(det, "en", "Refugees should be sterilised.").get("threat") == 2
    assert "threat" not in found(det, "en", "The vet will sterilize the stray dogs next week.")
