"""A small, deterministic scorer backend for the scoring tests: it follows the library's contract
(newsroom.guidelines.backends.BaseScorer) with keyword rules, so the tests check what the scoring
app does with scores, independent of how the trained model evolves.

With model_dir, it reads extra reject words from <model_dir>/words.json (written by `train_words`
below): a real, tiny learner for the retraining tests.
"""

import json
import os
import re

from newsroom.guidelines.backends import BaseScorer
from newsroom.guidelines.clauses import ABUSE_KINDS, CLAUSES

WORDS = {
    "profanity": ("fuck", "shit"),
    "threat": ("kill", "hurt you"),
    "abuse": ("vermin",),
    "personal_attack": ("idiot",),
}
LINK = re.compile(r"https?://\S+|www\.\S+")
ARABIC = re.compile(r"[\u0600-\u06ff]")
SORANI = re.compile(r"[ەێۆڕڵ]")  # letters Sorani uses and Arabic does not


class KeywordScorer(BaseScorer):
    name = "keyword-test@1"

    def __init__(self, model_dir=None, **options):
        super().__init__(**options)
        self.learned = []
        if model_dir:
            path = os.path.join(model_dir, "words.json")
            with open(path, encoding="utf-8") as f:  # missing file -> error, like a missing model
                self.learned = json.load(f)["reject_words"]
            self.name = f"keyword-test@{os.path.basename(model_dir)}"

    def _one(self, item):
        text = item["text"]
        lower = text.lower()
        categories = {c: 0.05 for c in CLAUSES}
        evidence = []
        for clause, words in WORDS.items():
            for word in words:
                for m in re.finditer(re.escape(word), lower):
                    categories[clause] = max(categories[clause], 0.92 if clause != "personal_attack" else 0.7)
                    evidence.append({"category": clause, "start": m.start(), "end": m.end(),
                                     "text": text[m.start():m.end()]})
        for m in LINK.finditer(text):
            categories["promotion"] = 0.88
            evidence.append({"category": "promotion", "start": m.start(), "end": m.end(),
                             "text": m.group(0)})
        for word in self.learned:
            for m in re.finditer(re.escape(word), lower):
                categories["personal_attack"] = max(categories["personal_attack"], 0.8)
                evidence.append({"category": "personal_attack", "start": m.start(), "end": m.end(),
                                 "text": text[m.start():m.end()]})
        language, needs_human = "en", False
        if SORANI.search(text):
            language, needs_human = "ckb", True
            categories = {c: None for c in CLAUSES}
            categories["promotion"] = 0.88 if LINK.search(text) else 0.05
        elif ARABIC.search(text):
            language = "ar"
        judged = [p for p in categories.values() if p is not None]
        article = item.get("article") or ""
        shared = set(re.findall(r"\w+", lower)) & set(re.findall(r"\w+", article.lower()))
        return {
            "language": language, "language_confidence": 0.9,
            "violation": max(judged),
            "categories": categories,
            "abuse": {k: (0.9 if k == "xenophobia" and (categories.get("abuse") or 0) > 0.5 else 0.02)
                      for k in ABUSE_KINDS},
            "evidence": evidence, "needs_human": needs_human, "model": self.name,
            "relatedness": min(1.0, len(shared) / 5) if article else None,
        }

    def score(self, batch):
        return [self._one(item) for item in batch]


class BrokenScorer(BaseScorer):
    """Loads, then fails on every comment (a bug or an outage inside the scorer)."""

    name = "broken@1"

    def score(self, batch):
        raise RuntimeError("scorer exploded")


class UnavailableScorer(BaseScorer):
    """Cannot even load (a missing or corrupt model file)."""

    def __init__(self, **options):
        raise FileNotFoundError("model file weights.npz is missing")


def train_words(data_dir, out_dir, extra_examples, log):
    """A real, tiny trainer: words that occur only in rejected comments (at least twice) become
    reject words. Good enough to learn a newsroom's own insult from its decisions."""
    from collections import Counter

    rejected, approved = Counter(), Counter()
    for e in extra_examples:
        words = set(re.findall(r"\w+", e["text"].lower()))
        (rejected if e["labels"]["violation"] else approved).update(words)
    learned = sorted(w for w, n in rejected.items() if n >= 2 and w not in approved and len(w) > 3)
    with open(os.path.join(out_dir, "words.json"), "w", encoding="utf-8") as f:
        json.dump({"reject_words": learned}, f)
    log(f"learned {learned}")


def train_nothing(data_dir, out_dir, extra_examples, log):
    """A trainer that learns nothing: the candidate equals the active model (not better)."""
    with open(os.path.join(out_dir, "words.json"), "w", encoding="utf-8") as f:
        json.dump({"reject_words": []}, f)
