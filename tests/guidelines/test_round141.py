"""The hundred-and-forty-first round (2026-12-06): English hate in the forms a functional test names --
feelings, questions, opinions, pronouns, negated virtues, threats as norms -- and a quoted threat rejected.

Comments written afresh, before any change (25: twelve forms of abuse of a people, three threats, ten
contrasts: feelings about things and non-protected people, negated hate, counter-speech, neutral mentions).
Before: 24 of 25. The miss: '"Kurds should all be shot" -- that comment made me sick, it's pure hate' was a
violation at 0.65 with no clause -- the threat was read as quoted (a "counter" contrast), but a quote alone is
a loose reading (on the calibration rows it marked retweets of abuse as often as rebuttals), and the head
stayed over 0.5.

What was added (harm.py `quote_rejected`): a people's word in a quoted sentence of three words or more, one
of them harmful, that a rejecting word after the closing quote judges (within twelve words; not an insult, a
stop or a vice, nor said of the addressee), is a rebuttal, not a loose quote. A first version took any
rejecting word anywhere after the quote: on the data twelve comments gained a rebuttal, eleven of them
labelled toxic ("... this is ignorant beyond measure", "Perhaps you are the racist"); as shipped one does (a
sarcastic one).

When the round closed: 25 of 25 (floor less one line). Held out (`heldout/en_r141b.tsv`, written with these
before the change): 9 -> 10 of 12 ('"Persians should all be hanged" is a vile thing to write' kept clean).
An earlier round's held-out line gained ('"Persians are liars" is the oldest prejudice in this region, and it
shames us', en_r129b), two probe lines too; our suite unchanged.

Still missed: "Muslims? Get them out of here." (0.47: the pronoun's people in the question before),
"I will track down every Syrian in my street." (0.29: tracking down is no listed act).
"""
from tests.guidelines.harm_helpers import found, rules
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('abuse', "I really can't stand Kurds."),
    ('abuse', 'Arabs disgust me.'),
    ('abuse', 'I despise Shia Muslims with all my heart.'),
    ('abuse', 'Why are Turks always so violent?'),
    ('abuse', 'I think Persians are the worst people on earth.'),
    ('abuse', "Yazidis? I can't stand them."),
    ('abuse', 'Refugees are not decent people.'),
    ('abuse', "I don't think women are capable of leading anything."),
    ('abuse', 'Immigrants belong in cages.'),
    ('abuse', 'Christians in this region are a disease.'),
    ('abuse', 'Gay men are nothing but perverts.'),
    ('abuse', 'Disabled people are a burden on all of us.'),
    ('threat', 'Kurds should all be shot.'),
    ('threat', 'I will hunt down every Arab in this town.'),
    ('threat', 'Refugees deserve to be burned alive.'),
    ('-', "I really can't stand spiders."),
    ('-', 'Tax collectors disgust me.'),
    ('-', 'I despise people who litter.'),
    ('-', 'I think the Kurdish language is beautiful.'),
    ('-', 'Arabs, Kurds and Turks all live in this city.'),
    ('-', 'We should never say that refugees are not decent people.'),
    ('-', '"Kurds should all be shot" — that comment made me sick, it\'s pure hate.'),
    ('-', 'If you call women incapable, you are the problem.'),
    ('-', 'Disabled athletes won three medals yesterday.'),
    ('-', 'No one deserves to be burned alive, whoever they are.'),
]
PASSED = 25


def test_tune_lines_keep_their_floor(model):
    assert passing(model, EN_TUNE) >= PASSED - 1


def test_a_quoted_threat_judged_after_the_quote_is_a_rebuttal(det):
    text = '"Kurds should all be shot" is a vile thing to write.'
    assert "threat" not in found(det, "en", text)
    assert ("rebuttal", "rebuttal") in rules(det, "en", text)


def test_scare_quotes_round_the_people_alone_are_no_rebuttal(det):
    assert ("rebuttal", "rebuttal") not in rules(det, "en", '"Kurds" are disgusting.')


def test_a_rejecting_word_said_of_the_addressee_is_no_rebuttal(det):
    text = '"Kurds are thieves and liars". Perhaps you are the racist.'
    assert ("rebuttal", "rebuttal") not in rules(det, "en", text)
