"""Round 191 (2026-12-08), all four languages: held-out lines written before any change
(`heldout/*_r191b.tsv`) about a people likened to an animal through an act done with them -- "Trusting a Turk
is like trusting a scorpion not to sting", "Hiring an Afghan is like letting a fox guard the henhouse",
"Talking politics with a woman is like talking to a parrot", "Feeding refugees is like feeding stray cats",
and the same in Arabic ("الثقة بالتركي متل الثقة بالعقرب"), Turkish ("Türke güvenmek akrebe güvenmek
gibidir") and Persian ("اعتماد به ترک مثل اعتماد به عقربه"); and contrasts: a stranger online, an airport
beside a beehive, a kind likeness ("Having a Kurdish neighbour is like having a second family"),
counter-speech, a grandfather's saying rejected, an MP fined for such words, a printer argued with,
engineers like a Swiss watch. No suite case was read for it.

What was added (harm._likened_by_act, in the group rules after round 180's ruin welcomed, rule
"dehumanisation"): a likeness ("like" after a copula, "متل", "مثل", "زي", "gibi" after both sides) with the
people on one side and an animal a person is called in contempt on the other (_LIKENED_ANIMAL: a snake, a
scorpion, a fox, a parrot, a goat, stray cats, a sty; not a lion), each side an act: an English gerund (or
"to") opening the sentence and another after "like"; a Turkish verbal noun after each (-mak, -ması); in
Arabic and Persian the act's noun before the people's name ("الثقة بالكردي", "اعتماد به کرد": a Persian
"کرد" after "به", "با" or "از" is the people, not the verb "did"). Not a treatment ("treated like animals",
_TREATED), nor a likeness denied ("is not like"). No word says such a people *are* animals, and the animal
may stand further from the name than the group rules read (GROUP_AROUND), or be a word that is an insult at a
person rather than a dehumanising one ("snake", "parrot").

When the round closed: held out en 14 -> 22 of 24, ar 13 -> 18, tr 15 -> 20, fa 16 -> 23 (violating lines
caught 22 -> 47 of 56... see the probes README for the exact figures; no line that passed before fails);
the round's own lines below (written before the change, and the lines it was made from) 9 -> 17 of 20.
Still failing: an Arabic people's name behind a clitic the lists do not read ("لسوري", "فارسية"); "Living
next to Gypsies is like living next to a pigsty" (the group rules' own reading of "gypsies"); reports of such
a saying (an MP fined, a grandfather's saying rejected in Turkish and Persian); "a stranger" read as a
people in Arabic and Turkish ("الغرباء", "yabancı"); and older false alarms the round did not touch
("کار کرد مثل سگ", he worked like a dog: "کرد" read as Kurd; "treated like animals" outside English).
"""
import pytest

from tests.guidelines.harm_helpers import rules
from tests.guidelines.test_probes import passing

TUNE = [
    ('abuse', 'Trusting a Kurd is like trusting a snake.'),
    ('abuse', 'Marrying a Persian is like adopting a stray dog.'),
    ('abuse', 'Working with Arabs is like working with a herd of goats.'),
    ('-', 'Trusting the weather forecast is like trusting a coin toss.'),
    ('-', 'Adopting a stray dog is like gaining a friend for life.'),
    ('abuse', 'الثقة بالكردي متل الثقة بالأفعى'),
    ('abuse', 'الزواج من فارسية متل تبني كلب شارد'),
    ('abuse', 'الشغل مع العرب متل الشغل مع قطيع ماعز'),
    ('-', 'الثقة بالنشرة الجوية متل الثقة بالحظ'),
    ('-', 'تبني كلب شارد متل ما تكسب صديق للعمر'),
    ('abuse', 'Kürde güvenmek yılana güvenmek gibidir.'),
    ('abuse', 'Bir Acemle evlenmek sokak köpeği sahiplenmek gibi.'),
    ('abuse', 'Araplarla çalışmak bir keçi sürüsüyle çalışmak gibi.'),
    ('-', 'Hava durumuna güvenmek yazı tura atmak gibidir.'),
    ('-', 'Sokak köpeği sahiplenmek ömürlük bir dost kazanmak gibi.'),
    ('abuse', 'اعتماد به کرد مثل اعتماد به ماره'),
    ('abuse', 'ازدواج با فارس مثل اینه که یه سگ ولگرد به فرزندی بگیری'),
    ('abuse', 'کار کردن با عربا مثل کار کردن با یه گله بزه'),
    ('-', 'اعتماد به پیش\u200cبینی هوا مثل شیر یا خط انداختنه'),
    ('-', 'به فرزندی گرفتن یه سگ ولگرد مثل به دست آوردن یه دوست برای همه\u200cی عمره'),
]
# (9 on the tree before the round, 17 after it)
PASSED = 17


def test_tune_lines_keep_their_floor(model):
    assert passing(model, TUNE) >= PASSED - 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Trusting a Kurd is like trusting a snake."),
    ("en", "Trusting a snake is like trusting a Kurd."),
    ("en", "Marrying a Persian is like adopting a stray dog."),
    ("en", "Working with Arabs is like working with a herd of goats."),
    ("ar", "الثقة بالكردي متل الثقة بالأفعى"),
    ("tr", "Bir Acemle evlenmek sokak köpeği sahiplenmek gibi."),
    ("tr", "Araplarla çalışmak bir keçi sürüsüyle çalışmak gibi."),
    ("fa", "اعتماد به کرد مثل اعتماد به ماره"),
    ("fa", "کار کردن با عربا مثل کار کردن با یه گله بزه"),
])
def test_a_people_likened_to_an_animal_through_an_act_is_abuse(det, lang, text):
    assert ("abuse", "dehumanisation") in rules(det, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Trusting the weather forecast is like trusting a coin toss."),
    ("en", "Trusting a stranger online is like trusting a snake."),
    ("en", "Working with Arab colleagues is like working with family."),
    ("en", "Trusting a Kurd is not like trusting a snake, whatever your uncle says."),
    ("en", "Feeding the pigeons is like feeding the whole city."),
    ("ar", "الثقة بالكردي مش متل الثقة بالأفعى"),
    ("tr", "Kürt komşuyla yaşamak bir aile ile yaşamak gibi."),
    ("tr", "Hava durumuna güvenmek yazı tura atmak gibidir."),
    ("fa", "اعتماد به پیش\u200cبینی هوا مثل شیر یا خط انداختنه"),
])
def test_a_likeness_with_no_people_or_no_animal_or_denied_is_no_abuse(det, lang, text):
    assert "abuse" not in {clause for clause, _rule in rules(det, lang, text)}


def test_counter_speech_quoting_such_a_likeness_is_counter_speech(det):
    text = "Saying that marrying a Persian is like adopting a stray dog is disgusting racism."
    found = rules(det, "en", text)
    assert "abuse" not in {clause for clause, _rule in found}
