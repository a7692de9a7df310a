"""Text normalisation with an offset map back to the original text.

Every step keeps ``offsets``: ``offsets[i]`` is the index in the ORIGINAL text of normalised character
``i``, so evidence found in normalised text can be reported as spans of what the commenter typed.

Two levels:
- ``base``: NFKC, zero-width/bidi controls removed, Arabic-script variants folded, digits to ASCII,
  lower case. Detectors (links, phones, emails, handles) run on this: it keeps '@', '.', digits.
- ``full``: base + homoglyphs, leetspeak, spaced-out letters joined, letter runs collapsed. The
  statistical models read this one, so obfuscated spellings land on the same features.

Steps are str.translate (1:1, offsets unchanged) or regex substitutions whose matches map to the
start of what they replaced; both are C-speed, which keeps the scorer above thousands of comments/s.
"""
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

# Controls that change nothing visible but split or reorder words: zero-width space/non-joiner/joiner,
# word joiner, BOM, soft hyphen, Arabic letter mark, LRM/RLM, bidi embeddings/overrides/isolates.
_CONTROLS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
            "\u2066\u2067\u2068\u2069\u180e\u034f"
_CONTROLS_RE = re.compile("[" + _CONTROLS + "]+")

# Older Sorani spelling writes ە as ه followed by a zero-width joiner (or non-joiner): fold it before the
# controls go, or the word would turn into its Persian/Arabic look-alike.
_SORANI_AE_RE = re.compile("\u0647[\u200c\u200d]")

# Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel carry no
# meaning for moderation and are used to dodge word lists.
# A separator between two tatweels ("لأذبـ.ـحك", "حمـ-ـار") stands inside one word: it goes with them; so
# does a space there (round 18: "ابن الكـ ـلب"; a word ends with a tatweel and the next starts with one only
# when one word is split).
_TATWEEL_SEP_RE = re.compile("(?<=\u0640)[ .\\-_*]+(?=\u0640)")
_ARABIC_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8"
                              "\u06ea-\u06ed\u0640]+")

# One spelling per Arabic-script letter family (1:1, so offsets are unchanged). Sorani-only letters
# (ە ۆ ێ ڕ ڵ) stay distinct: they are what tells Sorani from Persian and Arabic.
_ARABIC_FOLD = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627", "\u0672": "\u0627",
    "\u0673": "\u0627",  # alef forms -> bare alef
    "\u0649": "\u06cc", "\u064a": "\u06cc", "\u06d0": "\u06cc",  # alef maksura / Arabic yeh -> Farsi yeh
    "\u0643": "\u06a9", "\u06aa": "\u06a9",  # Arabic kaf -> keheh
    "\u0629": "\u0647", "\u06c0": "\u0647", "\u06c1": "\u0647",  # teh marbuta, heh with yeh -> heh
    "\u0624": "\u0648",  # waw with hamza -> waw
}
# Arabic-Indic and Extended (Persian) digits -> ASCII, so phone numbers are found in every script.
for _i in range(10):
    _ARABIC_FOLD[chr(0x0660 + _i)] = str(_i)
    _ARABIC_FOLD[chr(0x06F0 + _i)] = str(_i)
_ARABIC_FOLD["\u066b"] = "."  # Arabic decimal separator
_ARABIC_FOLD["\u060c"] = ","  # Arabic comma
# Turkish dotted capital I lowercases to two characters in Python; fold it first (1:1).
_ARABIC_FOLD["\u0130"] = "i"
_BASE_TABLE = str.maketrans(_ARABIC_FOLD)
# Turkish typed without its letters (oldurecem, kadinlar): the detectors also look words and phrases up
# folded to ASCII with this table (harm.py, detectors.py)
TR_ASCII = str.maketrans("çğıöşüâîû", "cgiosuaiu")

# Latin look-alikes from Cyrillic and Greek, applied only inside words that also hold Latin letters
# (so real Russian or Greek text is left alone).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w",
}
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
_HOMOGLYPH_WORD_RE = re.compile(r"\w*[" + "".join(_HOMOGLYPHS) + r"]\w*")
_LATIN_RE = re.compile(r"[a-z]")

# Leetspeak inside a word that has Latin letters: sh1t, b!tch, @ss is left alone (a handle-like token).
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}
_LEET_TABLE = str.maketrans(_LEET)
# Only words holding a leet character and a Latin letter match, so ordinary words cost no callback.
_LEET_WORD_RE = re.compile(r"(?<![\w@$!|])(?=[\w@$!|]*(?:[013457@$|]|!\w))(?=[\w@$!|]*[a-z])[\w@$!|]+")
_LEET_CHARS_RE = re.compile(r"[013457@$!|]")
# what a leet word must hold for _leet to change it: a digit or $ it reads, an @ after the word's first
# character (a leading one is a handle's), a ! or | before another of its characters (trailing ones are
# kept: "great!"). The leading lookahead lets the regex engine skip to those characters.
_LEET_CHANGE_RE = re.compile(r"(?=[013457$@!|])(?:[013457$]|(?<=[\w@$!|])@|[!|](?=[\w@$!|]))")

# Spaced-out letters: "f u c k", "f.u.c.k", "f-u-c-k", "f*u*c*k" (three or more single letters).
# One separator through a run: "b.u.l.u.p k.e.s.e.c.e.ğ.i.m" is two words, the space between them
# no letter's separator (joining across it gave one word, "bulupkeseceğim", that no list reads).
_SPACED_RE = re.compile(r"(?<!\w)[^\W\d_]([ .\-_*])(?:[^\W\d_]\1)+[^\W\d_](?!\w)")
_SEPARATORS_RE = re.compile(r"[ .\-_*]")
# Masking asterisks inside a word ("f*ck", "sh**") are dropped so the stem remains.
_MASK_RE = re.compile(r"(?<=[^\W\d_])[*]+(?=[^\W\d_])")
# Three or more of the same character collapse to one: "fuuuuck", "!!!!!", "هههههه".
_REPEAT_RE = re.compile(r"(\D)\1\1+")  # digits are left alone (phone numbers, years); = (\D)\1{2,}, faster
# runs of whitespace and any non-space whitespace become one space; a lone space is left alone (the
# same result as \s+ -> " ", without a replacement -- and an offset-map update -- per word)
_SPACE_RE = re.compile(r"\s{2,}|[^\S ]")


class _SpacesToFold:
    """_SPACE_RE's guard, in C string methods: every whitespace character but the space is
    unprintable (str.isprintable), so a printable text without a double space has nothing to fold
    (most comments: the regex scan cost more than the rest of the full normalisation's guards)."""

    @staticmethod
    def search(s):
        return not s.isprintable() or "  " in s


@dataclass
class Normalised:
    text: str
    offsets: list  # offsets[i] = index in the original text of text[i]
    original: str

    def span(self, start, end):
        """The original-text span [s, e) covering normalised characters start..end-1."""
        if start >= end:
            return None
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1
        # a folded character may come from several original ones (NFKC, ZWJ pairs): extend to the end
        # of the original character group by looking at the next normalised character's origin.
        nxt = self.offsets[end] if end < len(self.offsets) else len(self.original)
        while e < nxt and (unicodedata.combining(self.original[e]) or self.original[e] in _CONTROLS):
            e += 1
        return s, e


def _sub(regex, repl, text, offsets):
    """re.sub that keeps the offset map: a replacement inherits the origin of its match's start,
    and its characters beyond the match length take the origin of the match's last character."""
    out, offs, pos = [], [], 0
    for m in regex.finditer(text):
        s, e = m.span()
        out.append(text[pos:s])
        offs.extend(offsets[pos:s])
        r = repl(m) if callable(repl) else repl
        if isinstance(r, tuple):  # (replacement, indices into the match each character comes from)
            r, rel = r
            out.append(r)
            offs.extend(offsets[s + k] for k in rel)
        elif r:
            out.append(r)
            if len(r) == e - s:
                offs.extend(offsets[s:e])
            else:
                first = offsets[s] if s < len(offsets) else (offsets[-1] if offsets else 0)
                last = offsets[e - 1] if e > s else first
                offs.extend([first] + [last] * (len(r) - 1) if len(r) > 1 else [first])
        pos = e
    if pos == 0:
        return text, offsets
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(out), offs


class _NFKCTable(dict):
    """A str.translate table: each character's own NFKC form, worked out the first time the
    character is seen (so translating a text is one C loop, not a Python call per character)."""

    def __missing__(self, cp):
        ch = chr(cp)
        n = unicodedata.normalize("NFKC", ch)
        if len(n) != 1:
            _NFKC_NOT_ONE.add(ch)
        if len(self) > 20000:  # bounded memory: start afresh (_NFKC_NOT_ONE is kept)
            self.clear()
        self[cp] = n
        return n


_NFKC_TABLE = _NFKCTable()
_NFKC_NOT_ONE = set()  # every character seen whose NFKC form is not one character


def _nfkc_chars(text):
    """Each character NFKC-normalised on its own, then composed again where a combining mark
    followed its base (the text of _nfkc, without the offset map)."""
    s = text.translate(_NFKC_TABLE)
    if len(unicodedata.normalize("NFC", s)) != len(s):
        s, _ = _compose_clusters(s)
    return s


def _compose_clusters(s, offs=None):
    """Each base character and the combining marks after it composed (NFC) as one cluster; with
    ``offs``, the offset map carried along (a composed cluster maps to its base's offset)."""
    out, offs2, j = [], [], 0
    while j < len(s):
        k = j + 1
        while k < len(s) and unicodedata.combining(s[k]):
            k += 1
        cluster = unicodedata.normalize("NFC", s[j:k])
        out.append(cluster)
        if offs is not None:
            offs2.extend([offs[j]] * len(cluster))
        j = k
    return "".join(out), (offs2 if offs is not None else None)


def _nfkc(text):
    if unicodedata.is_normalized("NFKC", text):
        return text, list(range(len(text)))
    # Per character keeps the map exact; combining marks are composed with their base afterwards.
    s = text.translate(_NFKC_TABLE)
    if len(s) == len(text) and _NFKC_NOT_ONE.isdisjoint(text):
        offs = list(range(len(s)))  # every character became one character
    else:
        offs = []
        for i, ch in enumerate(text):
            offs.extend([i] * len(_NFKC_TABLE[ord(ch)]))
    composed = unicodedata.normalize("NFC", s)
    if len(composed) != len(s):
        # rebuild the map for compositions (base + combining -> one char): walk clusters
        s, offs = _compose_clusters(s, offs)
    return s, offs


def _lower(s, offs):
    low = s.lower()
    if len(low) == len(s):
        return low, offs
    # rare: characters whose lower case is longer than one character
    out, offs2 = [], []
    for i, ch in enumerate(s):
        lc = ch.lower()
        out.append(lc)
        if offs is not None:
            offs2.extend([offs[i]] * len(lc))
    return "".join(out), (offs2 if offs is not None else None)


def _homoglyph(m):
    w = m.group(0)
    return w.translate(_HOMOGLYPH_TABLE) if _LATIN_RE.search(w) else w


def _leet(m):
    w = m.group(0)
    head = "@" if w.startswith("@") else ""  # a leading @ is a handle, not an "a"
    core = w[len(head):]
    stripped = core.rstrip("!|")  # "great!" keeps its exclamation mark
    if not _LEET_CHARS_RE.search(stripped):
        return w
    return head + stripped.translate(_LEET_TABLE) + core[len(stripped):]


def _spaced(m):
    w = m.group(0)
    keep = [i for i, ch in enumerate(w) if ch not in " .-_*"]
    return "".join(w[i] for i in keep), keep


def _first(m):
    return m.group(1)


class _Holds:
    """A step's guard (see _FULL_STEPS) in str's own search: the step can only match a text that
    holds one of ``chars``."""

    def __init__(self, *chars):
        self.chars = chars

    def search(self, s):
        for ch in self.chars:
            if ch in s:
                return True
        return False


# The ordered steps. A step is a regex with its replacement, or a translation table (1:1). A third
# element is a cheap guard: the step only runs when the guard finds something (the Sorani ae needs a
# joiner or non-joiner, a tatweel's separators a tatweel).
_BASE_STEPS = [(_SORANI_AE_RE, "\u06d5", _Holds("\u200c", "\u200d")), (_CONTROLS_RE, ""),
               (_TATWEEL_SEP_RE, "", _Holds("\u0640")), (_ARABIC_MARKS_RE, ""), _BASE_TABLE]
_FULL_STEPS = [(_HOMOGLYPH_WORD_RE, _homoglyph, re.compile("[" + "".join(_HOMOGLYPHS) + "]")),
               # the leet step's guard: something _leet would change (was any leet character, or a
               # "!" before a letter, which ran the step on every comment with a handle)
               (_LEET_WORD_RE, _leet, _LEET_CHANGE_RE),
               (_MASK_RE, "", re.compile(r"\*")),
               (_SPACED_RE, _spaced, None), (_REPEAT_RE, _first, None), (_SPACE_RE, " ", _SpacesToFold)]


def _plain(repl):
    if not callable(repl):
        return repl

    def f(m):
        r = repl(m)
        return r[0] if isinstance(r, tuple) else r
    return f


_BASE_PLAIN = [s if isinstance(s, dict) else (s[0], _plain(s[1]), *s[2:]) for s in _BASE_STEPS]
_FULL_PLAIN = [(s[0], _plain(s[1]), s[2]) for s in _FULL_STEPS]


def _run(steps, s, offs):
    for step in steps:
        if isinstance(step, dict):
            s = s.translate(step)
        elif len(step) < 3 or step[2] is None or step[2].search(s):
            s, offs = _sub(step[0], step[1], s, offs)
    return s, offs


def _run_plain(steps, s):
    for step in steps:
        if isinstance(step, dict):
            s = s.translate(step)
        elif len(step) < 3 or step[2] is None or step[2].search(s):
            s = step[0].sub(step[1], s)
    return s


def normalise_base(text):
    """NFKC, controls, Arabic-script variants, digits, lower case (see module docstring)."""
    if text.isascii():  # no step but lower case changes ASCII, and none moves a character
        return Normalised(text.lower(), list(range(len(text))), text)
    s, offs = _nfkc(text)
    s, offs = _run(_BASE_STEPS[:-1], s, offs)
    s, offs = _lower(s.translate(_BASE_TABLE), offs)
    return Normalised(s, offs, text)


def normalise_full(base):
    """From a base-normalised text to the form the models read (see module docstring)."""
    s, offs = _run(_FULL_STEPS, base.text, base.offsets)
    return Normalised(s, offs, base.original)


def normalise(text):
    """Fully normalised text with its offset map (a Normalised)."""
    return normalise_full(normalise_base(text))


class Maps:
    """The offset maps of one text, each built at most once and only when first asked for: the
    detectors, the scorer's spans and its evidence all map spans of the same comment.

    ``base_text`` and ``full_text`` (optional): normalise_base_text(text) and
    normalise_full_text(base_text), which the scorer has already. With them a map whose steps moved
    no character is written down instead of being built step by step (most comments' full map, many
    base maps): every step either keeps a character where it is (a translation, a replacement of the
    same length) or takes characters out, so a text of the same length as the one it came from had
    nothing taken out and keeps its map (see base and full)."""

    __slots__ = ("original", "_base", "_full", "_base_text", "_full_text")

    def __init__(self, text, base_text=None, full_text=None):
        self.original, self._base, self._full = text, None, None
        self._base_text, self._full_text = base_text, full_text

    @property
    def base(self):
        """normalise_base(text)"""
        if self._base is None:
            b, text = self._base_text, self.original
            if b is not None and len(b) == len(text) and unicodedata.is_normalized("NFKC", text):
                # NFKC changed nothing, and the base steps after it only take characters out (the
                # controls, the marks, a tatweel's separators; "ه" + ZWNJ -> "ە") or replace one with
                # one (the Arabic-script table; lower case, which lengthens only "İ" and the table has
                # made that "i" first: tests/guidelines/test_fast_paths.py checks all of Unicode) --
                # so the same length means no character moved
                self._base = Normalised(b, list(range(len(text))), text)
            else:
                self._base = normalise_base(text)
        return self._base

    @property
    def full(self):
        """normalise(text)"""
        if self._full is None:
            base = self.base
            f = self._full_text
            if f is not None and len(f) == len(base.text):
                # the full steps only replace a character by one (homoglyphs, leet, a whitespace
                # character by a space) or take characters out (masks, spaced letters, repeats,
                # runs of spaces): the same length means each character kept its place
                self._full = Normalised(f, base.offsets, base.original)
            else:
                self._full = normalise_full(base)
        return self._full


def normalise_base_text(text):
    """Fast path of normalise_base (no offset map); equals ``normalise_base(text).text``."""
    if text.isascii():  # NFKC, controls, Arabic script and digits leave ASCII as it is
        return text.lower()
    s = text if unicodedata.is_normalized("NFKC", text) else _nfkc_chars(text)
    s = _run_plain(_BASE_PLAIN, s)
    return _lower(s, None)[0]


def normalise_base_texts(texts):
    """[normalise_base_text(t) for t in texts], with the last base step, the Arabic-script table,
    applied to all the non-ASCII texts at once (_translate_base; str.translate for a few words)."""
    out = [t.lower() if t.isascii() else None for t in texts]
    todo = [i for i, t in enumerate(texts) if out[i] is None]
    if todo:
        # every step of normalise_base_text but the table, which is _BASE_PLAIN's last
        steps = [_run_plain(_BASE_PLAIN[:-1], texts[i] if unicodedata.is_normalized("NFKC", texts[i])
                            else _nfkc_chars(texts[i])) for i in todo]
        # (numpy's fixed cost is a few microseconds: a text or two of a few words is quicker alone)
        mapped = (_translate_base(steps) if sum(map(len, steps)) >= 64
                  else [s.translate(_BASE_TABLE) for s in steps])
        for i, s in zip(todo, mapped, strict=True):
            out[i] = _lower(s, None)[0]
    return out


# _BASE_TABLE as an array indexed by code point (every character it maps is below U+0700)
_BASE_CODES = np.arange(max(_BASE_TABLE) + 1, dtype=np.uint32)
for _cp, _ch in _BASE_TABLE.items():
    _BASE_CODES[_cp] = ord(_ch)


def _translate_base(strings):
    """[s.translate(_BASE_TABLE) for s in strings], all at once with numpy. str.translate looks each
    character up in the dict as a new Python int -- most of the base step's time on Arabic-script
    text; here the strings' code points are one array (UTF-32) looked up in _BASE_CODES. The table maps
    one character to one, so each string keeps its length and its place in the joined text. (Lone
    surrogates, which a str may hold, pass through as they are.)"""
    joined = "".join(strings)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(_BASE_CODES)
    codes = np.where(codes < n, _BASE_CODES[np.minimum(codes, n - 1)], codes)
    mapped = codes.tobytes().decode("utf-32-le", "surrogatepass")
    out, pos = [], 0
    for s in strings:
        out.append(mapped[pos:pos + len(s)])
        pos += len(s)
    return out


def normalise_full_text(base_text):
    """Fast path of normalise_full on a base-normalised string."""
    return _run_plain(_FULL_PLAIN, base_text)


def normalise_text(text):
    """Just the fully normalised string, without the offset map: the fast path the feature extractor
    uses. It runs the very same steps, so it equals ``normalise(text).text`` (a test checks this).
    The offset map is only built (normalise()) when a span has to be reported."""
    return normalise_full_text(normalise_base_text(text))
