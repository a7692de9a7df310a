"""Words people really write, per language: what the detectors' spelling-slip reading leaves alone.

The severe-harm detectors also read a word one slip away from a listed one ("immigrnats", "vremin",
"imigrants": two letters swapped, one letter missing or one too many; harm._Lang.slip_tags). A slip
can also turn an ordinary word into a listed one: "laughter" is "slaughter" missing its first letter,
"skills" is "kills" with one too many. So a word written in at least MIN_TEXTS different training
texts is taken as a word of the language, not a slip, and never re-read.

The lists are built from the *train* split's texts only (no labels are read) by
``python -m newsroom.guidelines.known_words --data ../shared/data`` and ship as
``harm_lexicon/known_<lang>.txt``; only words of at least harm.SLIP_MIN_LEN letters are kept, since
shorter ones are never re-read.
"""
import argparse
import os
from collections import Counter

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harm_lexicon")
LANGS = ("en",)
MIN_TEXTS = 2


def path(lang):
    return os.path.join(HERE, f"known_{lang}.txt")


def load(lang):
    """The known words of ``lang`` (empty when no list ships for it)."""
    try:
        with open(path(lang), encoding="utf-8") as f:
            return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))
    except FileNotFoundError:
        return frozenset()


def build(data_dir, langs=LANGS, log=print):
    from . import data as D
    from .harm import _TOKEN_RE, SLIP_MIN_LEN
    from .normalise import normalise_text
    rows = [e for e in D.load_all(data_dir) if e["split"] == "train" and e["language"] in langs]
    for lang in langs:
        df = Counter()
        for e in rows:
            if e["language"] == lang:
                text = normalise_text(e["text"]).replace("'", "").replace("’", "")
                df.update(set(_TOKEN_RE.findall(text)))
        words = sorted(w for w, n in df.items() if n >= MIN_TEXTS and len(w) >= SLIP_MIN_LEN and w.isalpha())
        with open(path(lang), "w", encoding="utf-8") as f:
            f.write(f"# words of {SLIP_MIN_LEN}+ letters in at least {MIN_TEXTS} training texts ({lang}); "
                    "built by python -m newsroom.guidelines.known_words\n")
            f.write("\n".join(words) + "\n")
        log(f"known words {lang}: {len(words)}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join("..", "shared", "data"))
    build(ap.parse_args().data)
