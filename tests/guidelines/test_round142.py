"""The hundred-and-forty-second round (2026-12-06): a people named, then an order on "them" in the next
sentence.

Round 141's held-out batch missed "Muslims? Get them out of here." (0.47). Lines written afresh after that
miss was read, before any change (15: four expulsions and three threats on a people taken up by "them" in the
next sentence, two threats to a person by tracking down, six contrasts -- help them, ask them, welcome them,
a leak's source or a kebab tracked down): 13 of 15. "Kurds? Deport them all." and "Refugees. Send them back
where they came from." had no finding: the pronoun took up the people (topic_fragments joins the two
sentences into one), but the order then no longer opened its sentence, where an English imperative stands,
and nothing else gave it a mood. "Kick them out" and "Throw them out" passed only as listed phrases.

What was changed (harm.py `en_after_comma`): a word opens a clause after a comma, and now also after the mark
that ended the sentence before (. ? ! ; :), which the joining had hidden.

When the round closed: 15 of 15 (floor less one line). Held out (`heldout/en_r142b.tsv`, written with these
before the change): 4 -> 6 of 7. Round 141's `en_r141b` 10 -> 11 of 12 ("Muslims? Get them out of here.":
its miss had been read, so no independent figure). Our suite and the probes unchanged; on the data two
comments changed, both labelled toxic ("New York truck attack: BAN MUSLIMS!!!!" gained its exclusion).

Still missed: "I'll track down the editor and make sure he regrets it." (tracking down is no listed act,
and the regret promised no threat the rules read).
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('abuse', 'Kurds? Deport them all.'),
    ('abuse', 'Refugees. Send them back where they came from.'),
    ('abuse', 'Arabs again in the news. Kick them out already.'),
    ('abuse', "I've met Yazidis. Keep them away from our schools."),
    ('threat', 'Shia pilgrims? Bomb them all.'),
    ('threat', 'Syrians in our town? Burn them out.'),
    ('threat', "Those Armenians, I'd gladly shoot them myself."),
    ('threat', 'I will hunt down that columnist and make him pay.'),
    ('threat', "We'll track the reporter down and break his legs."),
    ('-', 'Refugees? Help them, they have nothing.'),
    ('-', 'Kurds? Ask them, they know the region best.'),
    ('-', 'Syrians in our town? Welcome them, they are neighbours now.'),
    ('-', 'Journalists? Protect them, they risk everything.'),
    ('-', 'We tracked down the source of the leak.'),
    ('-', 'I will hunt down the best kebab in Erbil.'),
]
PASSED = 15


def test_tune_lines_keep_their_floor(model):
    assert passing(model, EN_TUNE) >= PASSED - 1


def test_an_order_on_them_after_the_people_is_an_exclusion(det):
    assert found(det, "en", "Kurds? Deport them all.").get("abuse") == 2


def test_a_kind_order_on_them_is_none(det):
    assert "abuse" not in found(det, "en", "Refugees? Help them, they have nothing.")
