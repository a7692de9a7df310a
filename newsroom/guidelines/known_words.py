"""Words people really write, per language: what the detectors' spelling-slip reading leaves alone.

The severe-harm detectors also read a word one slip away from a listed one ("immigrnats", "vremin",
"imigrants": two letters swapped, one letter missing or one too many; harm._Lang.slip_tags). A slip
can also turn an ordinary word into a listed one: "laughter" is "slaughter" missing its first letter,
"skills" is "kills" with one too many. So a word written in at least MIN_TEXTS different training
texts is taken as a word of the language, not a slip, and never re-read.

The lists are built from the *train* split's texts only (no labels are read), and for English also
from SCOWL's American English word list (Debian's ``wamerican``, /usr/share/dict/american-english;
Copyright 2000-2011 Kevin Atkinson, a permissive licence that allows redistribution with its notice,
which the list's header carries): a comment's vocabulary is far larger than what the training texts
show twice. ``python -m newsroom.guidelines.known_words --data ../shared/data`` writes
``harm_lexicon/known_<lang>.txt`` (words of two letters or more: the run-together reading,
harm._Lang.run_together_tags, splits a word into two known ones), with the region's place names, the
words the most training texts hold first (ranks(): of the Arabic words a Latin-typed word may spell,
romanised.py, the commoner is taken; the lists were put in that order on 2026-12-03 with their words
unchanged).
Measured fairly (the list from one half of the English training split,
the findings on the other): the training texts alone let ordinary words through as slips ("trains" as
"trans", "strangely" as "strangle"). Arabic, Turkish and Persian have lists from the training texts alone
(no dictionary of theirs ships with Debian in a form to list words), so the detectors read only two
letters swapped and a key pressed twice in them (harm.SLIP_READ_LANGS says why).
"""
import argparse
import os
import re
from collections import Counter

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harm_lexicon")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")  # (also model.LinearModel._english_words)
LANGS = ("en", "ar", "tr", "fa")
MIN_TEXTS = 2
MIN_LEN = 2
DICTIONARIES = {"en": "/usr/share/dict/american-english"}
# The region's places and peoples as the outlet's readers write them in Latin letters: names a word
# list of American English lacks, which the slip readings would otherwise take apart
REGION = ("sinjar shingal kirkuk mosul erbil hewler duhok dohuk zakho halabja sulaimani sulaymaniyah slemani "
          "sulaimaniyah raqqa kobani kobane afrin qamishli hasakah diyarbakir amed mardin hakkari qandil "
          "makhmour nineveh ninawa tikrit hamrin anbar fallujah ramadi basra najaf karbala mahabad sanandaj "
          "kermanshah urmia marivan ilam ankara istanbul damascus aleppo idlib deir ezzor manbij rojava "
          "bashur rojhelat bakur kurdistan kurdish kurmanji sorani badini hawrami zaza yazidi yazidis ezidi "
          "ezidis yezidi peshmerga assyrian assyrians chaldean chaldeans turkmen turkmens shabak kakai "
          "yarsan alevi alevis shiite shiites sunni sunnis").split()
NOTICES = {"en": (
    "SCOWL American English word list: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, "
    "modify, distribute and sell these word lists, the associated scripts, the output created from the "
    "scripts, and its documentation for any purpose is hereby granted without fee, provided that the "
    "above copyright notice appears in all copies and that both that copyright notice and this permission "
    "notice appear in supporting documentation. Kevin Atkinson makes no representations about the "
    "suitability of this array for any purpose. It is provided \"as is\" without express or implied "
    "warranty.")}


def path(lang):
    return os.path.join(HERE, f"known_{lang}.txt")


def load(lang):
    """The known words of ``lang`` (empty when no list ships for it)."""
    try:
        with open(path(lang), encoding="utf-8") as f:
            return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))
    except FileNotFoundError:
        return frozenset()


def ranks(lang):
    """{word: its rank} of the known words of ``lang``, 0 the word the most training texts hold: the
    lists are written most frequent first (the dictionary's words after the training texts' own), so
    where a word may be read several ways (romanised.py) the commoner reading can be taken."""
    try:
        with open(path(lang), encoding="utf-8") as f:
            words = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    except FileNotFoundError:
        return {}
    return {w: k for k, w in enumerate(words)}


def frequencies(data_dir, lang):
    """Counter {word: number of training texts holding it} of ``lang``, as build() counts them."""
    from . import data as D
    from .harm import _TOKEN_RE
    from .normalise import normalise_text
    df = Counter()
    for e in D.load_all(data_dir):
        if e["split"] == "train" and e["language"] == lang:
            text = normalise_text(e["text"]).replace("'", "").replace("’", "")
            df.update(set(_TOKEN_RE.findall(text)))
    return df


def build(data_dir, langs=LANGS, log=print):
    from .normalise import normalise_text
    for lang in langs:
        df = frequencies(data_dir, lang)
        words = {w for w, n in df.items() if n >= MIN_TEXTS and len(w) >= MIN_LEN and w.isalpha()}
        if lang == "en":
            words.update(REGION)
        dictionary = DICTIONARIES.get(lang)
        if dictionary:  # required where named: a list without it lets ordinary words through as slips
            with open(dictionary, encoding="utf-8") as f:
                for line in f:
                    w = normalise_text(line.strip())
                    if len(w) >= MIN_LEN and w.isalpha():
                        words.add(w)
        with open(path(lang), "w", encoding="utf-8") as f:
            write(f, lang, words, df)
        log(f"known words {lang}: {len(words)}")


# (2026-12-06) English words that Kurdish written in Latin letters uses too: model.LinearModel.language
# reads a Latin-script comment the identifier took for Kurdish as English when every word of it is a known
# English word and none but the Kurds' own name is in this list ("Kurdish pigs", "kurds = rats": the
# identifier's n-grams of "kurd" outweighed two English words; a Kurmanji "Wee tu" stays Kurdish, "tu" being
# Kurmanji)
KURDISH_ALSO = os.path.join(HERE, "known_en_kurdish_too.txt")


def build_kurdish_too(data_dir, log=print):
    """Writes KURDISH_ALSO: the known English words (load("en")) that MIN_TEXTS or more Latin-script Kurdish
    sentences of the language-identification text's train split hold (Kurmanji and Latin Sorani)."""
    from . import data as D
    from .harm import _TOKEN_RE
    from .normalise import normalise_text
    english = load("en")
    df = Counter()
    for text, lang, split in D.langid_examples(data_dir):
        if lang in ("kmr", "ckb") and split == "train" and not ARABIC_SCRIPT.search(text):
            df.update(w for w in set(_TOKEN_RE.findall(normalise_text(text))) if w in english)
    words = {w for w, n in df.items() if n >= MIN_TEXTS}
    with open(KURDISH_ALSO, "w", encoding="utf-8") as f:
        f.write(f"# known English words (known_en.txt) in at least {MIN_TEXTS} Latin-script Kurdish "
                "sentences of the language-identification text (kurdish-langid, train split), the most "
                "frequent first; built by python -m newsroom.guidelines.known_words\n")
        f.write("\n".join(sorted(words, key=lambda w: (-df[w], w))) + "\n")
    log(f"English words Kurdish writes too: {len(words)}")


def load_kurdish_too():
    try:
        with open(KURDISH_ALSO, encoding="utf-8") as f:
            return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))
    except FileNotFoundError:
        return frozenset()


def write(f, lang, words, df):
    """The list of ``words`` to the open file ``f``, most frequent first (``df``), then alphabetical."""
    dictionary = DICTIONARIES.get(lang)
    f.write(f"# words of {MIN_LEN}+ letters in at least {MIN_TEXTS} training texts ({lang})"
            + (f" and in {dictionary}" if dictionary else "")
            + ", the most frequent first; built by python -m newsroom.guidelines.known_words\n")
    if lang in NOTICES:
        f.write(f"# {NOTICES[lang]}\n")
    f.write("\n".join(sorted(words, key=lambda w: (-df.get(w, 0), w))) + "\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join("..", "shared", "data"))
    data_dir = ap.parse_args().data
    build(data_dir)
    build_kurdish_too(data_dir)
