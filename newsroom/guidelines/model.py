"""The trained linear scorer: loads the shipped artifacts and scores batches of comments.

Result contract (docs/scorer.md): {"language", "language_confidence", "violation", "categories",
"abuse", "evidence", "needs_human", "model", "relatedness", "signals"}. Every probability is
calibrated (Platt scaling on a held-out split) with 0.5 as the decision point; a clause the model was
not trained to judge in that language is None, and so is everything but the language-independent
detectors for languages without a model (ckb, kmr, other), which always need a human.
"""
import json
import math
import os
import re

import numpy as np

from . import detectors
from .clauses import ABUSE_KINDS, CLAUSES, OFF_TOPIC, PROMOTION
from .features import Featurizer
from .normalise import normalise, normalise_base_text, normalise_full_text

DEFAULT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "artifacts")
UNCERTAIN = (0.35, 0.65)  # a violation score in this band is sent to a person
LANGUAGE_SURE = 0.6  # below this language confidence the model may be judging the wrong language
EVIDENCE_MIN = 0.15  # a word's contribution (in logit units) needed to be shown as evidence
_WORD_RE = re.compile(r"\w+")


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


class LinearModel:
    def __init__(self, model_dir=None):
        model_dir = model_dir or DEFAULT_DIR
        with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
            self.manifest = m = json.load(f)
        # weights.npz holds float16 matrices already laid out (features x outputs), one per language,
        # so loading is a read and one contiguous float32 conversion each (see training.save_weights)
        z = np.load(os.path.join(model_dir, "weights.npz"))
        self.feat = Featurizer(idf=z["idf"].astype(np.float32))
        self.lid_W = z["lid_W"].astype(np.float32)  # (features, classes)
        self.lid_b = z["lid_b"]
        self.lid_classes = m["langid_classes"]
        self.name = f"{m['name']}@{m['version']}"
        self.heads = {}
        for lang, hs in m["heads"].items():
            if not hs:
                continue
            platt = np.array(m["platt"][lang], dtype=np.float32)
            self.heads[lang] = {"names": hs, "W": z[f"W_{lang}"].astype(np.float32), "b": z[f"b_{lang}"],
                                "a": platt[:, 0], "c": platt[:, 1]}
        pr = m["promotion_rules"]
        self.promo_w = np.array(pr["weights"], dtype=np.float32)
        self._promo_w = [float(w) for w in pr["weights"]]
        self.promo_b = pr["bias"]
        self.rel = m.get("relatedness")

    # ---- pieces, usable on their own (evaluation uses them) ----
    def language(self, X):
        logits = X @ self.lid_W + self.lid_b
        logits = logits - logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        best = p.argmax(axis=1)
        return [self.lid_classes[i] for i in best], p[np.arange(len(best)), best]

    def head_probs(self, lang, X):
        h = self.heads.get(lang)
        if h is None:
            return None, None
        raw = X @ h["W"] + h["b"]
        return h["names"], _sigmoid(raw * h["a"] + h["c"])

    def promotion_prob(self, rule_feats):
        z = self.promo_b + sum(w * f for w, f in zip(self._promo_w, rule_feats, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def off_topic_prob(self, rel):
        if rel is None or not self.rel:
            return None
        return float(_sigmoid(self.rel["a"] * rel + self.rel["b"]))

    # ---- the batch scorer ----
    def score(self, batch, language=None):
        """batch: [{"text", "article"?, "language"?}] -> results. ``language`` (or an item's
        "language") forces the language instead of identifying it (used by evaluation)."""
        texts = [(item.get("text") or "") for item in batch]
        bases = [normalise_base_text(t) for t in texts]
        fulls = [normalise_full_text(b) for b in bases]
        X, norms = self.feat.transform_normalised(fulls, return_norms=True)
        langs, confs = self.language(X)
        forced = [item.get("language") or language for item in batch]
        langs = [f or lang for f, lang in zip(forced, langs, strict=False)]
        articles = [item.get("article") for item in batch]
        rels = [None] * len(batch)
        with_article = [i for i, a in enumerate(articles) if a and a.strip()]
        if with_article:
            from .relatedness import relatedness_many
            r = relatedness_many(self.feat, [texts[i] for i in with_article],
                                 [articles[i] for i in with_article])
            for i, v in zip(with_article, r, strict=False):
                rels[i] = v
        # clause heads, one matrix product per language present in the batch
        probs = [None] * len(batch)
        for lang in set(langs):
            rows = [i for i, lg in enumerate(langs) if lg == lang]
            names, P = self.head_probs(lang, X[rows])
            if names is None:
                continue
            for k, i in enumerate(rows):
                probs[i] = dict(zip(names, P[k].tolist(), strict=False))
        out = []
        for i in range(len(batch)):
            out.append(self._result(texts[i], bases[i], float(norms[i]), langs[i], float(confs[i]), probs[i],
                                    rels[i]))
        return out

    def _result(self, text, base, norm, lang, conf, probs, rel):
        det = detectors.detect(text, base)  # base: the base-normalised string (no offset map yet)
        promo_rule = self.promotion_prob(det["features"])
        cats = dict.fromkeys(CLAUSES)
        abuse = dict.fromkeys(ABUSE_KINDS)
        model_ok = probs is not None
        if model_ok:
            for c in CLAUSES:
                if c in probs:
                    cats[c] = probs[c]
            for k in ABUSE_KINDS:
                if k in probs:
                    abuse[k] = probs[k]
        # promotion: the rules hold in every language; an English head adds what it learnt
        cats[PROMOTION] = max(promo_rule, cats[PROMOTION] or 0.0)
        if model_ok:
            cats[OFF_TOPIC] = self.off_topic_prob(rel)
        violation = None
        if model_ok and "violation" in probs:
            judged = [probs["violation"], cats[PROMOTION]]
            if cats[OFF_TOPIC] is not None:
                judged.append(cats[OFF_TOPIC])
            violation = max(judged)
        else:
            # no model for this language: only the detectors speak; this is a lower bound, not a verdict
            violation = cats[PROMOTION]
        evidence = []
        for _rule, s, e in det["spans"]:
            evidence.append({"category": PROMOTION, "start": s, "end": e, "text": text[s:e]})
        if model_ok:
            flagged = [(c, p) for c, p in list(cats.items()) + list(abuse.items())
                       if p is not None and p >= 0.5 and c not in (PROMOTION, OFF_TOPIC)]
            if flagged:
                # the offset map is built only here, for flagged comments
                evidence.extend(self._evidence(lang, normalise(text), [c for c, _ in flagged], text, norm))
        needs_human = ((not model_ok) or violation is None or UNCERTAIN[0] <= violation <= UNCERTAIN[1]
                       or conf < LANGUAGE_SURE)
        return {
            "language": lang, "language_confidence": round(conf, 4),
            "violation": _r(violation), "categories": {k: _r(v) for k, v in cats.items()},
            "abuse": {k: _r(v) for k, v in abuse.items()}, "evidence": evidence,
            "needs_human": bool(needs_human), "model": self.name, "relatedness": _r(rel),
            "signals": det["signals"],
        }

    def _evidence(self, lang, full, clauses, text, norm, top=3):
        """Words whose features push a flagged clause up the most, as spans of the original text."""
        h = self.heads[lang]
        words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(full.text)]
        if not words:
            return []
        # A word's contribution: its own features (IDF-weighted) scaled by the whole comment's norm,
        # through the head's weights -- roughly its share of the comment's score. Frequent words have
        # a low IDF, so "you" or "a" rarely show up as evidence on their own.
        col = {n: j for j, n in enumerate(h["names"])}
        idf = self.feat.idf
        flat, lens = [], []
        cache, word = self.feat._cache, self.feat._word
        for w, _, _ in words:
            f = cache.get(w) or word(w)
            flat.extend(f)
            lens.append(len(f))
        allf = np.asarray(flat, dtype=np.int32)
        starts = np.zeros(len(lens), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        raw = np.add.reduceat(h["W"][allf] * idf[allf][:, None], starts, axis=0) / norm
        out = []
        for c in clauses:
            j = col.get(c)
            if j is None:
                continue
            contrib = raw[:, j] * h["a"][j]
            order = np.argsort(-contrib)[:top]
            for k in order:
                if contrib[k] < EVIDENCE_MIN:
                    break
                sp = full.span(words[k][1], words[k][2])
                if sp:
                    out.append({"category": c, "start": sp[0], "end": sp[1], "text": text[sp[0]:sp[1]]})
        return out


def _r(v):
    if v is None or v != v:  # None or NaN
        return None
    return round(min(1.0, max(0.0, float(v))), 4)


__all__ = ["LinearModel", "DEFAULT_DIR", "normalise"]
