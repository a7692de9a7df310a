"""The hundred-and-forty-eighth round (2026-12-06): English threats and wishes phrased as questions,
conditionals and hopes. (The hundred-and-forty-seventh was a look, no lines kept: English insults at
people no law protects -- "Politicians are scum", "I hate fascists" -- are violations at 0.64-0.95 by the
heads alone, with no rule, and the guidelines do not say they are not.)

Lines written afresh, before any change (18: ten threats and wishes of harm -- "wouldn't it be great if",
"it would be a shame if", "about time someone", "I hope", "what if someone", "people like you end up" -- and
eight contrasts in the same frames). Before: 14 of 18. "Wouldn't it be great if all the Kurds just
disappeared?" had no finding but praise ("great" read as praise of the Kurds); a hope that refugees' boats
sink, "people like you end up in ditches" (profanity 0.75 from the heads: "ditches" reads as "bitches"), and
"the traitor in the novel ends up in a ditch" (0.87, heads) were missed. The group threats are labelled
"threat,abuse", as our suite's threat_group cases are.

What was added (harm_lexicon/en.py): "be great/nice/better ... if" as a mood, and "disappeared", "vanished"
as an exclusion (an exclusion needs its mood: "Thousands of Yazidis disappeared in 2014" stays news).

When the round closed: 15 of 18 (floor less one line). Held out (`heldout/en_r148b.tsv`, written with these
before the change): 5 -> 5 of 7. Our suite, the probes and the data's findings unchanged.
"""
from tests.guidelines.harm_helpers import found
from tests.guidelines.test_probes import passing

EN_TUNE = [
    ('threat,abuse', "Wouldn't it be great if all the Kurds just disappeared?"),
    ('threat', 'It would be a shame if something happened to your family.'),
    ('threat', 'About time someone put a bullet in that editor.'),
    ('threat,abuse', "I hope the refugees' boats sink before they get here."),
    ('threat', "Someone ought to teach that reporter a lesson she won't forget."),
    ('threat,abuse', 'What if someone set fire to the Yazidi temple tonight?'),
    ('threat,abuse', 'I wish someone would blow up that mosque.'),
    ('threat', 'People like you end up in ditches.'),
    ('threat', "Keep talking and you'll find out what happens to traitors."),
    ('threat,abuse', 'The day will come when we hang every Shia from the lampposts.'),
    ('-', "Wouldn't it be great if the war just ended?"),
    ('-', 'It would be a shame if the festival were cancelled.'),
    ('-', 'About time someone fixed the potholes on our street.'),
    ('-', "I hope the refugees' boats reach the shore safely."),
    ('-', 'What if the government set up a fund for the Yazidi survivors?'),
    ('-', "I wish someone would fix the mosque's roof."),
    ('-', 'In the film, the hero hangs the villain from a lamppost.'),
    ('-', 'The traitor in the novel ends up in a ditch.'),
]
PASSED = 15


def test_tune_lines_keep_their_floor(model):
    assert passing(model, EN_TUNE) >= PASSED - 1


def test_a_peoples_disappearance_wished_is_abuse(det):
    assert found(det, "en", "Wouldn't it be great if all the Kurds just disappeared?").get("abuse") == 2


def test_a_disappearance_told_is_not(det):
    assert "abuse" not in found(det, "en", "Thousands of Yazidis disappeared in 2014.")
