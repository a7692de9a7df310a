"""The console's keys for rejection reasons: one key per reason, shown once in the picker.
Digits for the seven clauses and the first three kinds of abuse, then a letter for the rest."""

from newsroom.guidelines.clauses import (
    BANNED,
    DUPLICATE,
    REJECT_REASONS,
    RELIGIOUS_HATRED,
    XENOPHOBIA,
)

_LETTERS = {XENOPHOBIA: "x", RELIGIOUS_HATRED: "h", DUPLICATE: "d", BANNED: "b"}


def _keys():
    keys, digit = {}, 0
    for code in REJECT_REASONS:
        if code in _LETTERS:
            keys[code] = _LETTERS[code]
        else:
            digit += 1
            keys[code] = str(digit % 10)
    return keys


REASON_KEYS = _keys()  # {code: key}
assert len(set(REASON_KEYS.values())) == len(REASON_KEYS), "two reasons share a key"


def reason_key(code):
    return REASON_KEYS.get(code, "")
