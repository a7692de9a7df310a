"""Normalisation: each trick folds to the plain spelling, and offsets always point into the original."""
import json
import os

import pytest

from newsroom.guidelines.normalise import normalise, normalise_base, normalise_text

DATA = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))


@pytest.mark.parametrize("raw, plain", [
    ("ＦＵＣＫ", "fuck"),                      # NFKC full-width
    ("ﬁne", "fine"),                          # NFKC ligature
    ("id\u200biot", "idiot"),                 # zero-width space
    ("id\u200d\u2060iot", "idiot"),           # joiner, word joiner
    ("\u202eidiot\u202c", "idiot"),           # bidi override
    ("\u2066idiot\u2069", "idiot"),           # bidi isolate
    ("іdіоt", "idiot"),                       # Cyrillic look-alikes
    ("ιdιοt", "idiot"),                       # Greek look-alikes
    ("1d10t", "idiot"),                       # leetspeak
    ("$h1t", "shit"),
    ("b!tch", "bitch"),
    ("i d i o t", "idiot"),                   # spaced letters
    ("i.d.i.o.t", "idiot"),
    ("i-d-i-o-t", "idiot"),
    ("iiiidiooooot", "idiot"),                # repeated letters
    ("f*ck", "fck"),                          # masking asterisk dropped
])
def test_obfuscations_fold(raw, plain):
    assert normalise_text(raw) == plain


def test_ordinary_text_is_kept():
    assert normalise_text("Hello, world! 2024 was good.") == "hello, world! 2024 was good."
    assert normalise_text("great!") == "great!"
    assert normalise_text("call 555 0100") == "call 555 0100"  # digit runs are never collapsed
    assert normalise_text("@user thanks") == "@user thanks"  # a handle is not leetspeak


def test_real_cyrillic_is_left_alone():
    assert normalise_text("привет мир") == "привет мир"


@pytest.mark.parametrize("raw, plain", [
    ("أحمد", "احمد"), ("إسلام", "اسلام"), ("آمن", "امن"),        # alef forms
    ("على", "علی"), ("علي", "علی"),                           # alef maksura / Arabic yeh -> one yeh
    ("كلب", "کلب"),                                          # Arabic kaf -> keheh
    ("مدرسة", "مدرسه"),                                      # teh marbuta
    ("كـــلب", "کلب"),                                        # tatweel
    ("كَلْبٌ", "کلب"),                                          # diacritics
    ("٠٧٥٠١٢٣٤٥٦٧", "07501234567"), ("۰۹۱۲", "0912"),          # Arabic-Indic and Persian digits
    ("ﻻ", "لا"),                                              # presentation form (NFKC)
])
def test_arabic_script_variants(raw, plain):
    assert normalise_text(raw) == plain


def test_persian_and_kurdish_letters():
    assert normalise_text("می\u200cشوند") == "میشوند"  # ZWNJ dropped (often omitted in typed Persian)
    # old Sorani spelling: heh + ZWNJ/ZWJ is the letter ە; it must not become Persian/Arabic heh
    assert normalise_text("گرنگه\u200c") == normalise_text("گرنگە") == "گرنگە"
    assert normalise_text("كوردستان") == normalise_text("کوردستان")
    assert normalise_text("ڕاپۆرت") == "ڕاپۆرت"  # Sorani-only letters stay distinct
    assert normalise_text("İstanbul") == "istanbul"  # Turkish dotted capital I is one character


def _check_map(text):
    n = normalise(text)
    assert len(n.offsets) == len(n.text)
    assert all(0 <= o < len(text) for o in n.offsets)
    assert n.offsets == sorted(n.offsets)
    return n


@pytest.mark.parametrize("text", ["F U C K you", "fuuuuck", "ﻻ e\u0301", "id\u200biot", "كـــلب يا",
                                  "\u202eidiot\u202c here", "İİİ", "ＦＵＣＫ off", "ﷺ ok"])
def test_offsets_point_into_original(text):
    _check_map(text)


def test_span_maps_back_to_original_word():
    text = "You are an i\u200bd\u200bi\u200bo\u200bt!"
    n = normalise(text)
    s = n.text.index("idiot")
    a, b = n.span(s, s + 5)
    assert text[a:b] == "i\u200bd\u200bi\u200bo\u200bt"


def test_base_keeps_punctuation_for_detectors():
    assert normalise_base("Mail ME@Example.COM").text == "mail me@example.com"


def test_fast_path_equals_mapped_path_on_naughty_strings():
    with open(os.path.join(DATA, "naughty-strings", "blns.json"), encoding="utf-8") as f:
        strings = json.load(f)
    for s in strings + ["F U C K", "ﻻ e\u0301", "İI", "Ѕhіt", "f**k", "a.b.c.d"]:
        n = _check_map(s) if s else normalise(s)
        assert n.text == normalise_text(s), s


def _nfkc_per_character(text):
    """The NFKC step as first written: a unicodedata call per character (the reference)."""
    import unicodedata

    from newsroom.guidelines.normalise import _compose_clusters
    out, offs = [], []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch)
        out.append(n)
        offs.extend([i] * len(n))
    s = "".join(out)
    if len(unicodedata.normalize("NFC", s)) != len(s):  # the cluster step is not what changed
        s, offs = _compose_clusters(s, offs)
    return s, offs


def _base_without_shortcuts(text):
    from newsroom.guidelines import normalise as N
    s, offs = _nfkc_per_character(text)
    s, offs = N._run(N._BASE_STEPS[:-1], s, offs)
    s, offs = N._lower(s.translate(N._BASE_TABLE), offs)
    return s, offs


def test_the_nfkc_table_and_the_ascii_shortcut_change_nothing():
    """_nfkc translates through a table of each character's NFKC form, and ASCII text skips every base
    step but lower case: the same text and the same offset map as a unicodedata call per character."""
    from newsroom.guidelines.normalise import _nfkc, _nfkc_chars, normalise_base_text
    with open(os.path.join(DATA, "naughty-strings", "blns.json"), encoding="utf-8") as f:
        strings = json.load(f)
    extra = ["ＦＵＣＫ", "ﬁne…\u00a0x", "ﻻ e\u0301", "İI", "Ѕhіt", "x\u0301\u0327y", "ǅ", "①②", "㍻", "",
             "AbC 12.", "\u1100\u1161\u11a8", "e\u0301\u0301"]
    for s in strings + extra:
        ref = _nfkc_per_character(s)
        if not __import__("unicodedata").is_normalized("NFKC", s):
            assert _nfkc(s) == ref, s
            assert _nfkc_chars(s) == ref[0], s
        base = normalise_base(s)
        assert (base.text, base.offsets) == _base_without_shortcuts(s), s
        assert normalise_base_text(s) == base.text, s


def test_the_space_folding_guard_misses_no_whitespace():
    """_SPACE_RE runs only where _SpacesToFold.search says: that is sound because every whitespace
    character but the space is unprintable, checked over all of Unicode (a Python whose tables made
    one printable would fail here, not fold spaces wrongly); and the full normalisation with the guard
    gives what the regex alone gives."""
    import sys

    from newsroom.guidelines import normalise as N
    printable = [hex(c) for c in range(sys.maxunicode + 1)
                 if chr(c).isspace() and chr(c) != " " and chr(c).isprintable()]
    assert printable == []
    with open(os.path.join(DATA, "naughty-strings", "blns.json"), encoding="utf-8") as f:
        strings = json.load(f)
    for s in strings + ["a  b", "a\tb", "a\u00a0b", "a\u3000b", "a\nb", "a b", "ab", "", " ", "a\u200cb"]:
        if N._SPACE_RE.search(s):
            assert N._SpacesToFold.search(s), s
        assert N.normalise_full_text(s) == N._SPACE_RE.sub(" ", N._run_plain(N._FULL_PLAIN[:-1], s)), s
