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
import threading
from collections import OrderedDict
from functools import cached_property

import numpy as np
from scipy import sparse

from . import detectors, known_words
from . import weights as weight_file
from .clauses import ABUSE_KINDS, CLAUSES, OFF_TOPIC, PROMOTION
from .evidence import NO_SPAN, content_word
from .features import Featurizer, Rows
from .harm import CLAUSE_KEYS, HarmDetector, summarise, typed_words
from .normalise import (
    Maps,
    normalise,
    normalise_base_text,
    normalise_base_texts,
    normalise_full_text,
    normalise_text,
)
from .romanised import FROM as ROMANISED_FROM

DEFAULT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "artifacts")
UNCERTAIN = (0.35, 0.65)  # a violation score in this band is sent to a person
ARTICLE_CACHE = 256  # articles whose feature vectors (relatedness) and languages (the prior) are kept
LANGUAGE_SURE = 0.6  # below this language confidence the model may be judging the wrong language
# A comment is read as likelier to be in its article's language (identified from the article's text) by this
# factor: the identifier's probability of that language is multiplied by it before the choice. Short comments
# are where the identifier errs (two words: 9% wrong; Persian read as Arabic most often), and most comments on
# a newsroom's article are in its language. Measured on the held-out language rows (evaluation.langid_figures,
# cut to 2 and 4 words; 24,000 rows, each also set beside an article of each other edition language,
# 144,000): factor 4 takes two-word comments from 0.907 to 0.963 correct under an article of their own
# language and from 0.871 to 0.853 under an article of another one (4 words: 0.975 -> 0.989, 0.955 -> 0.948;
# whole comments 0.992 -> 0.996, 0.983 -> 0.980); 8 gained about 1 point more and lost 1 more. It pays while
# more than a quarter of an article's short comments are in its language. The card prints these figures.
# language_confidence stays the identifier's own probability of the language chosen, so an unsure short
# comment still goes to a person.
ARTICLE_LANGUAGE_PRIOR = 4.0
EVIDENCE_MIN = 0.15  # a word's contribution (in logit units) needed to be shown as evidence
# The written-threat head (training.train_written_heads): one more column of a language's weight
# matrix, learnt from the comments we wrote from the guidelines. At or above its threshold it is a weak
# threat finding, which the stack weighs like any other detector's (see with_written).
WRITTEN = "written_threat"
_WORD_RE = re.compile(r"\w+")
# Persian morphology written with the zero-width non-joiner a Persian keyboard types: a plural, a
# pronoun or a copula joined to its word ("ممه‌هاش", "داعشی‌ان", "خونه‌ات") or the present's می‌.
# Arabic almost never writes it inside a word (12 of 102,000 labelled Arabic comments hold one at all,
# one inside a Persian name), and the identifier, trained on longer text, read short
# Persian comments that carry it as Arabic (two of 86 written afresh on 2026-12-01).
_PERSIAN_ZWNJ_RE = re.compile("(?<!\\w)ن?می\u200c\\w|\\w\u200c(?:ها(?:ی|یی|یش|م|ت|ش|مون|تون|شون|مان|تان|شان)?"
                              "|ای|ام|ات|اش|ان|اند|ست|تر|ترین|شون|تون|مون|شان|تان|مان)(?!\\w)")
# Persian's own keys: a Persian keyboard types ک and ی where an Arabic one types ك and ي (with ة and ى,
# letters Persian hardly writes). Of the labelled comments, 21,707 of 24,141 Persian ones hold ک or ی and
# none of Arabic's four, against 404 of 102,930 Arabic ones (Arabic typed on a Persian keyboard). A comment
# the identifier reads as Arabic with less than PERSIAN_KEYS_BELOW of its probability, typed so, is Persian:
# on every labelled Arabic and Persian comment that mends 566 Persian ones cut to two words for 27 Arabic
# ones lost, 219 for 14 at four words, 60 for 10 whole (bench/scorer/langid_keys.py).
_PERSIAN_KEYS_RE = re.compile("[\u06a9\u06cc]")
KURDISH = ("kmr", "ckb")
_KURD_NAMES = frozenset({"kurd", "kurds", "kurdish", "kurdistan"})
_ARABIC_KEYS_RE = re.compile("[\u0643\u064a\u0629\u0649]")
PERSIAN_KEYS_BELOW = 0.8
_NOTHING = (0, (), ())  # no finding of a clause: (strength, spans, kinds)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


class LinearModel:
    # True: features as plain CSR arrays (features.Rows) multiplied by the same sparsetools routine
    # scipy uses; False: through scipy matrices. The same numbers either way (tests/guidelines check).
    fast = True

    def __init__(self, model_dir=None):
        model_dir = model_dir or DEFAULT_DIR
        with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
            self.manifest = m = json.load(f)
        # weights.npz holds matrices already laid out (features x outputs), one per language, so loading
        # is a read and one float32 conversion each (the heads' int8 codes decoded: weights.py)
        z = weight_file.load(os.path.join(model_dir, "weights.npz"))
        self.feat = Featurizer(idf=z["idf"].astype(np.float32), unread=m.get("unread_words") or ())
        # the languages whose violation heads read a text without the peoples' names (training.UNREAD_GROUPS)
        self.unread_langs = frozenset(m.get("unread_langs") or ()) if self.feat.unread else frozenset()
        self.lid_W = z["lid_W"].astype(np.float32)  # (features, classes)
        self.lid_b = z["lid_b"]
        self.lid_classes = m["langid_classes"]
        self._lid_index = {lang: i for i, lang in enumerate(self.lid_classes)}
        self.name = f"{m['name']}@{m['version']}"
        self.heads = {}
        self.written_threshold = {}
        for lang, hs in m["heads"].items():
            if not hs:
                continue
            platt = np.array(m["platt"][lang], dtype=np.float32)
            W = np.asarray(z[f"W_{lang}"], dtype=np.float32)  # (decoded heads are float32 already: no copy)
            self.heads[lang] = {"names": hs, "W": W, "b": z[f"b_{lang}"],
                                "a": platt[:, 0], "c": platt[:, 1], "out": hs}
            written = (m.get("written_heads") or {}).get(lang)
            if written:
                self.heads[lang].update(written=int(written["col"]), out=[*hs, WRITTEN])
                self.written_threshold[lang] = float(written["threshold"])
            mix = (m.get("mixture") or {}).get(lang)
            if mix:
                # violation = sigmoid(w0 * pooled + w1 * sum_d gate_d * expert_d + b); the experts and
                # the gate are extra columns of W after the named heads (training._violation_mixture)
                self.heads[lang]["mix"] = (hs.index(mix["head"]), np.asarray(mix["expert_cols"]),
                                           np.asarray(mix["gate_cols"]), [float(v) for v in mix["stack"]])
            if lang in self.unread_langs and "violation" in hs:
                # the columns that read a text without the peoples' names in it (training.UNREAD_GROUPS):
                # the violation head and, where there is one, its mixture's experts and gate
                cols = {hs.index("violation")}
                if mix:
                    cols.update(mix["expert_cols"], mix["gate_cols"])
                self.heads[lang]["unread_cols"] = np.array(sorted(cols))
        pr = m["promotion_rules"]
        self.promo_w = np.array(pr["weights"], dtype=np.float32)
        self._promo_w = [float(w) for w in pr["weights"]]
        self.promo_b = pr["bias"]
        self._promo_none = None  # promotion_prob of a comment no rule found anything in
        self.rel = m.get("relatedness")
        # severe-harm detectors (harm.py); the stack that weighs their findings is manifest["harm_stack"]
        self.harm = HarmDetector(_harm_extra(model_dir))
        self.clause_share = m.get("clause_share") or {}
        # article text -> (feature row, language): the row for its comments' relatedness, the language for
        # their prior (LRU, ARTICLE_CACHE entries)
        self._articles = OrderedDict()
        self._article_lock = threading.Lock()
        self._plan_key = self._plan = None  # the harm stack laid out for _harm (_stack_plan)

    def _article(self, article):
        """(feature row, identified language) of an article's text, cached."""
        with self._article_lock:
            entry = self._articles.get(article)
            if entry is not None:
                self._articles.move_to_end(article)
                return entry
        row = self.feat.transform_normalised([normalise_text(article)])
        if not row.has_canonical_format:
            row.sum_duplicates()
        entry = (row, self.language(row)[0][0])
        with self._article_lock:
            self._articles[article] = entry
            while len(self._articles) > ARTICLE_CACHE:
                self._articles.popitem(last=False)
        return entry

    # ---- pieces, usable on their own (evaluation uses them) ----
    def language(self, X, texts=None, priors=None):
        """The identified language and its confidence for each row of X; with ``texts`` (the raw
        comments), a comment read as Arabic that is written with Persian morphology, or with Persian's own
        keys and little confidence (PERSIAN_KEYS_BELOW), is Persian (its confidence stays the one the
        identifier gave Arabic). ``priors``: for each row, the language
        of the article it was posted under (or None), made ARTICLE_LANGUAGE_PRIOR times likelier
        before the choice; the confidence stays the identifier's own probability of the one chosen."""
        # (ndarray.max and .sum are these reductions behind a Python wrapper: the same values)
        logits = X @ self.lid_W + self.lid_b
        logits = logits - np.maximum.reduce(logits, axis=1, keepdims=True)
        p = np.exp(logits)
        p /= np.add.reduce(p, axis=1, keepdims=True)
        if priors is not None and any(priors):
            weighted = p.copy()
            for i, lang in enumerate(priors):
                if lang in self._lid_index:
                    weighted[i, self._lid_index[lang]] *= ARTICLE_LANGUAGE_PRIOR
            best = weighted.argmax(axis=1)
        else:
            best = p.argmax(axis=1)
        langs = [self.lid_classes[i] for i in best.tolist()]
        conf = p[np.arange(len(best)), best]
        if texts is not None and "ar" in langs:
            langs = ["fa" if lg == "ar" and (("\u200c" in t and _PERSIAN_ZWNJ_RE.search(t)) or (
                c < PERSIAN_KEYS_BELOW and _PERSIAN_KEYS_RE.search(t) and not _ARABIC_KEYS_RE.search(t)))
                     else lg for lg, t, c in zip(langs, texts, conf.tolist(), strict=True)]
        if texts is not None and ("kmr" in langs or "ckb" in langs):
            langs = ["en" if lg in KURDISH and self._english_words(t) else lg
                     for lg, t in zip(langs, texts, strict=True)]
        return langs, conf

    def _english_words(self, text):
        """(2026-12-06) A comment in Latin letters whose every word is a known English word and, but for
        the Kurds' own name, none one that Kurdish written in Latin letters uses too (known_words.
        KURDISH_ALSO): English, though the identifier read Kurdish in it. Short English comments about
        Kurds were read as Kurmanji or Sorani ("Kurdish pigs", "kurds = rats": scored 0.02, as a language
        without a model) -- the identifier's n-grams of "kurd" outweighed every other word. On the
        identification text's held-out rows cut to two, three and four words (54,822), it mends 2 English
        rows and reads 1 Sorani row as English (a date written in English, "6-6-2020 ~ Saturday"); whole
        rows (18,757) are unchanged. (With one word not Kurdish's enough, "Wee tu" and "Bi ara" were read
        as English too: 5 Kurdish rows.)"""
        if known_words.ARABIC_SCRIPT.search(text):
            return False
        words = [w for w in _WORD_RE.findall(normalise_text(text)) if len(w) >= 2 and w.isalpha()]
        english, kurdish_too = self._english_known
        return (any(w not in _KURD_NAMES for w in words) and all(w in english for w in words)
                and all(w not in kurdish_too or w in _KURD_NAMES for w in words))

    @cached_property
    def _english_known(self):
        """(known English words, those Latin-script Kurdish writes too), read when first needed."""
        return known_words.load("en"), known_words.load_kurdish_too()

    def probs_of(self, lang, X, norm_texts):
        """head_probs of rows X, the features of ``norm_texts``: the violation columns of a text that
        names a people read its features without the name (Featurizer.naming, training.UNREAD_GROUPS)."""
        h = self.heads.get(lang)
        pos = self.feat.naming(norm_texts) if h is not None and "unread_cols" in h else ()
        if not pos:
            return self.head_probs(lang, X)
        return self.head_probs(lang, X, (pos, self.feat.transform_rows([norm_texts[k] for k in pos],
                                                                      unread=True)[0]))

    def head_probs(self, lang, X, unread=None):
        """(head names, probabilities) of rows X. ``unread``: (positions, their rows without the unread
        words), which the violation columns read instead (probs_of)."""
        h = self.heads.get(lang)
        if h is None:
            return None, None
        raw = X @ h["W"] + h["b"]
        if unread is not None:
            pos, Xu = unread
            cols = h["unread_cols"]
            raw[np.ix_(pos, cols)] = (Xu @ h["W"] + h["b"])[:, cols]
        k = len(h["names"])
        P = _sigmoid(raw[:, :k] * h["a"] + h["c"])
        mix = h.get("mix")
        if mix is not None:
            j, ecols, gcols, (w0, w1, b) = mix
            g = raw[:, gcols]
            g = np.exp(g - np.maximum.reduce(g, axis=1, keepdims=True))
            g /= np.add.reduce(g, axis=1, keepdims=True)
            P[:, j] = _sigmoid(w0 * raw[:, j] + w1 * np.add.reduce(g * raw[:, ecols], axis=1) + b)
        col = h.get("written")
        if col is not None:  # its own logistic output, not Platt-scaled: only its threshold is used
            P = np.concatenate([P, _sigmoid(raw[:, col:col + 1])], axis=1)
        return h["out"], P

    def promotion_prob(self, rule_feats):
        if not any(rule_feats):  # most comments: no rule found anything (worked out once, the same sum)
            p = self._promo_none
            if p is None:
                p = self._promo_none = self._promotion_prob([0] * len(self._promo_w))
            return p
        return self._promotion_prob(rule_feats)

    def _promotion_prob(self, rule_feats):
        z = self.promo_b + sum(w * f for w, f in zip(self._promo_w, rule_feats, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def off_topic_prob(self, rel):
        if rel is None or not self.rel:
            return None
        return float(_sigmoid(self.rel["a"] * rel + self.rel["b"]))

    # ---- the batch scorer ----
    def score(self, batch, language=None, evidence=True):
        """batch: [{"text", "article"?, "language"?}] -> results. ``language`` (or an item's
        "language") forces the language instead of identifying it (used by evaluation).
        ``evidence=False``: no evidence spans (results carry an empty "evidence" and
        "evidence_notes"), for callers that show none -- the scores are the same, the offset maps
        and the per-word products are skipped."""
        texts = [(item.get("text") or "") for item in batch]
        bases = normalise_base_texts(texts)
        fulls = [normalise_full_text(b) for b in bases]
        if self.fast:
            X, norms = self.feat.transform_rows(fulls)
        else:
            X, norms = self.feat.transform_normalised(fulls, return_norms=True)
        articles = [item.get("article") for item in batch]
        forced = [item.get("language") or language for item in batch]
        priors = [self._article(a)[1] if a and a.strip() and not f else None
                  for a, f in zip(articles, forced, strict=True)]
        langs, confs = self.language(X, texts, priors)
        langs = [f or lang for f, lang in zip(forced, langs, strict=False)]
        typed = [typed_words(b) for b in bases]  # (read here and by the detectors)
        romanised = self.read_romanised(langs, bases, fulls, forced, typed)
        rels = [None] * len(batch)
        with_article = [i for i, a in enumerate(articles) if a and a.strip()]
        if with_article:
            # the comment's own feature row (X) against the article's, cached: the comments of one
            # article arrive one by one, and featurising a long article each time cost far more
            # than scoring the comment (same cosine as relatedness.relatedness_many). Both rows are
            # L2-normalised with sorted, unique indices, so the cosine is a dot product over the
            # shared indices: 10 us a comment, where stacking and multiplying sparse rows took 50.
            if not X.has_canonical_format:
                X.sum_duplicates()
            for i in with_article:
                a = self._article(articles[i])[0]
                start, end = X.indptr[i], X.indptr[i + 1]
                _, ix, ia = np.intersect1d(X.indices[start:end], a.indices, assume_unique=True,
                                           return_indices=True)
                v = float(X.data[start:end][ix] @ a.data[ia])
                rels[i] = min(1.0, max(0.0, v))
        # clause heads, one matrix product per language present in the batch
        probs = [None] * len(batch)
        for lang in set(langs):
            rows = [i for i, lg in enumerate(langs) if lg == lang and i not in romanised]
            if not rows:
                continue
            names, P = self.probs_of(lang, X[rows], [fulls[i] for i in rows])
            if names is None:
                continue
            for i, row in zip(rows, P.tolist(), strict=True):
                probs[i] = dict(zip(names, row, strict=False))
        for i, p in self._romanised_probs(romanised, langs).items():
            probs[i] = p
        confs = confs.tolist()
        out, pending = [], []
        # each comment's offset maps, built once if a span needs them (from the normalised texts when
        # no character moved)
        maps = [Maps(t, b, f) for t, b, f in zip(texts, bases, fulls, strict=True)]
        for i in range(len(batch)):
            r, flagged = self._result(texts[i], bases[i], langs[i], confs[i], probs[i], rels[i],
                                      fulls[i], evidence, maps[i], typed[i])
            out.append(r)
            if flagged:
                pending.append((i, flagged))
        if not evidence:
            for r in out:
                r["evidence_notes"] = {}
            return out
        if pending:  # evidence for every flagged comment of the batch in one sparse product per language
            for lang in {langs[i] for i, _ in pending}:
                group = [(i, fl) for i, fl in pending if langs[i] == lang]
                spans = self._evidence_batch(lang, [texts[i] for i, _ in group], [fl for _, fl in group],
                                             [float(norms[i]) for i, _ in group],
                                             maps=[maps[i] for i, _ in group])
                for (i, _), ev in zip(group, spans, strict=True):
                    out[i]["evidence"].extend(ev)
        for r in out:
            # a clause flagged at 0.5 or more always shows evidence, or says why there is none
            shown = {e["category"] for e in r["evidence"]}
            notes = {}
            for probs_of in (r["categories"], r["abuse"]):
                for c, p in probs_of.items():
                    if p is not None and p >= 0.5 and c not in shown:
                        notes[c] = ("judged on relatedness to the article" if c == OFF_TOPIC else NO_SPAN)
            r["evidence_notes"] = notes
        return out

    def _result(self, text, base, lang, conf, probs, rel, full=None, evidence_wanted=True, maps=None,
                typed=None):
        """One result without the model's evidence; returns (result, clauses that need evidence).
        evidence_wanted=False: no spans at all (and no clauses returned for evidence). ``maps``: the
        text's normalise.Maps, shared with the evidence; ``typed``: its typed_words, if at hand."""
        if maps is None:
            maps = Maps(text)
        # base: the base-normalised string (no offset map yet); without evidence no span is mapped
        det = detectors.detect(text, base, maps, spans=evidence_wanted, full_text=full)
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
        evidence = []
        fired, stacked = {}, None
        if model_ok and lang in self.harm.langs and self.manifest.get("harm_stack"):
            fired, stacked = self._harm(lang, full if full is not None else normalise_full_text(base), probs,
                                        cats, abuse, typed_words(base) if typed is None else typed)
        violation = None
        if model_ok and "violation" in probs:
            judged = [probs["violation"] if stacked is None else stacked, cats[PROMOTION]]
            if cats[OFF_TOPIC] is not None:
                judged.append(cats[OFF_TOPIC])
            # a clause a detector found raises the violation score with it (a threat is a violation
            # whatever the offensive-language head thought of its ordinary words)
            judged.extend(cats[c] for c in fired if cats.get(c) is not None)
            violation = max(judged)
            # every clause is a kind of violation, so none is likelier than the violation itself. A
            # clause head trained only on offensive rows (Pars-OFF's targeted/untargeted levels) says
            # "given it is offensive, is it abuse?" and answered 0.5+ for a quarter of clean Persian
            # comments ("RT @USER: @USER @URL": abuse 0.99, violation 0.06), which put them in the urgent
            # lane; the clauses a detector found are already in the max above
            for c in cats:
                if c not in (PROMOTION, OFF_TOPIC) and cats[c] is not None and cats[c] > violation:
                    cats[c] = violation
            for k in abuse:
                if abuse[k] is not None and abuse[k] > violation:
                    abuse[k] = violation
        else:
            # no model for this language: only the detectors speak; this is a lower bound, not a verdict
            violation = cats[PROMOTION]
        for _rule, s, e in det["spans"] if evidence_wanted else ():
            evidence.append({"category": PROMOTION, "start": s, "end": e, "text": text[s:e]})
        if fired and evidence_wanted:
            shown = [(c, spans) for c, (_s, spans, _k) in fired.items()]
            if "abuse" in fired:  # an abuse kind the detector named shows the abuse's words
                shown += [(kind, fired["abuse"][1]) for kind in sorted(fired["abuse"][2]) if kind in abuse]
            for clause, spans in shown:
                p = cats.get(clause) if clause in cats else abuse.get(clause)
                if p is None or p < 0.5:
                    continue
                for a, b in _merged(spans, full):
                    if not content_word(full[a:b], lang):
                        continue  # a phrase's function words ("slept her way ... because she is a woman")
                    sp = maps.full.span(a, b)  # the offset map, built the first time a span needs it
                    if sp:
                        evidence.append({"category": clause, "start": sp[0], "end": sp[1],
                                         "text": text[sp[0]:sp[1]]})
        flagged = []
        if model_ok and evidence_wanted:
            named = set(fired["abuse"][2]) if "abuse" in fired else set()
            flagged = [c for probs_of in (cats, abuse) for c, p in probs_of.items()
                       if p is not None and p >= 0.5 and c not in (PROMOTION, OFF_TOPIC) and c not in fired
                       and c not in named]
            if "written" in fired.get("threat", _NOTHING)[2] and (cats["threat"] or 0) >= 0.5:
                flagged.append(WRITTEN)  # a written finding has no spans: the head's words are shown
        needs_human = ((not model_ok) or violation is None or UNCERTAIN[0] <= violation <= UNCERTAIN[1]
                       or conf < LANGUAGE_SURE)
        return ({
            "language": lang, "language_confidence": round(conf, 4),
            "violation": _r(violation), "categories": _rounded(cats),
            "abuse": _rounded(abuse), "evidence": evidence,
            "needs_human": bool(needs_human), "model": self.name, "relatedness": _r(rel),
            "signals": det["signals"],
        }, flagged)

    def _harm(self, lang, full, probs, cats, abuse, typed=()):
        """Combine the severe-harm detectors with the heads, in place; returns the detectors'
        findings {clause: (strength, spans, kinds)} and the stacked violation probability (or None).

        Each clause a detector covers gets p = sigmoid(w . [logit(base), weak, strong] + b), where
        base is the clause head's probability (or, where the language has no head for the clause,
        p(violation) x the clause's share of violations in the training data) and weak/strong say what
        the detector found; w and b are fitted (training.fit_harm_stack) on labelled calibration rows
        and on the tune half of our functional suite. The violation probability is restacked the same
        way from its head, the strong findings and the contrasts (news report, negation, counter-speech;
        one weight per language, see violation_features). A detector is weighed evidence, never an
        override. The written-threat head's finding joins the rules' findings first (with_written).
        Only called with a fitted stack: a manifest without one scores as before the detectors."""
        found = self.findings(lang, full, probs, typed)
        plans, vplan = self._stack_plan()
        plan = plans.get(lang, plans[None])
        pv = probs.get("violation")
        lpv = None if pv is None else _logit(pv)
        exp = math.exp
        for row in plan:
            clause, kinds_plan = row[0], row[7]
            strength, _spans, kinds = found.get(clause, _NOTHING)
            p_clause = _planned(row, cats.get(clause), row[6], strength, pv, lpv)
            if p_clause is None:
                continue
            cats[clause] = p_clause
            for kind, kshare in kinds_plan:  # the abuse kinds (clause == "abuse")
                named = kind in kinds
                if abuse[kind] is None and not named:
                    continue
                # (a kind reads no p(violation) column: its stack weight is fitted for abuse as a whole,
                # and where that weight is negative it ranked a people's abuse below clean comments --
                # training.CLAUSES_VIOLATION_BY_LANGUAGE)
                p = _planned(row, abuse[kind], kshare, strength if named else 0, pv, None)
                if p is None:
                    continue
                # the detector tied this abuse to a group of this kind ("Arabs are savages"):
                # the kind is then as likely as the abuse itself
                abuse[kind] = max(p, p_clause) if named else p
        pv2 = None
        if pv is not None and vplan is not None:
            st, b0, w0, strong_cols, contrast_cols = vplan
            if contrast_cols is None:  # a manifest fitted before the per-language contrasts
                pv2 = _stacked(st, violation_features(pv, found, None))
            else:
                z = z0 = b0
                if lpv:
                    z = z0 = z0 + w0 * lpv
                cols = ()
                if found:
                    cols = [j for c, j in strong_cols.get(lang, ()) if found.get(c, _NOTHING)[0] == 2]
                    cols += [j for c, j in contrast_cols.get(lang, ()) if c in found]
                    cols.sort()
                    for j in cols:
                        z += st["coef"][j]
                pv2 = 1.0 / (1.0 + exp(-z))
                if cols:
                    _attribute(pv2, z0, cols, st["coef"], strong_cols.get(lang, ()), found, cats, abuse)
        return {c: v for c, v in found.items() if v[0] > 0 and c in CLAUSE_KEYS}, pv2

    def findings(self, lang, full, probs, typed=()):
        """What the stack reads besides the heads: the detectors' findings on the normalised text (and the
        comment's ``typed`` words, harm.typed_words), with the written-threat head's (with_written) from
        the head probabilities ``probs``."""
        found = with_written(summarise(self.harm.analyse(lang, full, typed)), probs.get(WRITTEN),
                             self.written_threshold.get(lang))
        if "written" in found.get("threat", _NOTHING)[2] and (
                self.harm.kind_promise(lang, full) or self.harm.own_day(lang, full)
                or self.harm.fate_likened(lang, full)):
            # (sixty-fourth round) a kindness promised ("if I see you I'll buy you a coffee"), or (hundred-
            # and-third) the speaker's own day told ("ماشینم رو ... پارک کردم"): the head read the shape of
            # a threat, the words say otherwise; (hundred-and-eighty-ninth) a fate likened to the speaker's or
            # to the addressee's father ("You'll end up like your father, a brilliant doctor")
            found = {c: v for c, v in found.items() if c != "threat"}
        return found

    def _stack_plan(self):
        """The harm stack's weights laid out for _harm, rebuilt when the manifest's stack or the
        clause shares are replaced (training swaps the manifest of a loaded model)."""
        stack, share = self.manifest.get("harm_stack"), self.clause_share
        if self._plan_key is not None and self._plan_key[0] is stack and self._plan_key[1] is share:
            return self._plan
        # one list of rows per language (None: a language outside STACK_LANGS), each with that language's
        # weight of logit(p(violation)) where the stack has one per language
        plan = {lg: [] for lg in (*STACK_LANGS, None)}
        for clause in CLAUSE_KEYS:
            st = stack.get(clause)
            if st is None:
                continue
            w = [float(v) for v in st["coef"]]
            kinds = tuple((k, float(share.get(k, 0.2))) for k in ABUSE_KINDS) if clause == "abuse" else ()
            for lg, rows in plan.items():
                if st.get("violation_by_language"):
                    w3 = w[3 + STACK_LANGS.index(lg)] if lg in STACK_LANGS else None
                else:
                    w3 = w[3] if len(w) == 4 else None
                rows.append((clause, st["intercept"], w[0], w[1], w[2], w3, float(share.get(clause, 0.2)),
                             kinds, st.get("base_floor", False)))
        vplan = None
        st = stack.get("violation")
        if st is not None:
            vplan = (st, st["intercept"], st["coef"][0], *violation_columns(st))
        self._plan = (plan, vplan)
        self._plan_key = (stack, share)
        return self._plan

    def harm_inputs(self, texts):
        """(language, head probabilities, detector findings) for each text: what the stack reads
        (training.fit_harm_stack fits it from these)."""
        bases = [normalise_base_text(t) for t in texts]
        fulls = [normalise_full_text(b) for b in bases]
        X = self.feat.transform_normalised(fulls)
        langs, _ = self.language(X, texts)
        typed = [typed_words(b) for b in bases]  # (read here and by the detectors)
        romanised = self._romanised_probs(self.read_romanised(langs, bases, fulls, typed=typed), langs)
        out = [None] * len(texts)
        for lang in set(langs):
            rows = [i for i, lg in enumerate(langs) if lg == lang]
            names, P = self.probs_of(lang, X[rows], [fulls[i] for i in rows])
            for k, i in enumerate(rows):
                probs = dict(zip(names, P[k].tolist(), strict=False)) if names is not None else None
                probs = romanised.get(i, probs)
                found = {}
                if lang in self.harm.langs:
                    found = self.findings(lang, fulls[i], probs or {}, typed[i])
                out[i] = (lang, probs, found)
        return out

    def read_romanised(self, langs, bases, fulls, forced=None, typed=None):
        """{i: comment i spelt in the script of its language} for the comments typed in Latin letters
        that are Arabic or Persian (harm.HarmDetector.romanised_tokens), whose language becomes that
        language in ``langs`` (in place): the identifier, which learnt both in their own script, takes
        them for English, Turkish or Kurmanji (Arabizi then only with a word typed with digits; Finglish
        never, Kurmanji being Persian's kin), whose heads see nothing in "ra7 a2ta3 lsanak" or "khafe
        sho". A language the caller forced stays, but for the one read. The language's heads read the
        spelling in its script (_romanised_probs); the detectors read the comment as typed, their
        evidence on its Latin words. ``typed``: each comment's typed_words, if at hand."""
        out = {}
        for i, lg in enumerate(langs):
            if lg not in ROMANISED_FROM:
                continue
            typed_i = None if typed is None else typed[i]
            for script_lang in ROMANISED_FROM[lg]:
                if (forced and forced[i] not in (None, script_lang)) or script_lang not in self.heads:
                    continue  # (a model trained without the language reads none of it)
                if typed_i is None:
                    typed_i = typed_words(bases[i])
                toks = self.harm.romanised_tokens(fulls[i], typed_i, script_lang, digits_needed=lg == "kmr")
                if toks:
                    langs[i] = script_lang
                    out[i] = " ".join(w for w, _, _ in toks)
                    break
        return out

    def _romanised_probs(self, readings, langs):
        """{i: the heads' probabilities of the spelling in its script} for read_romanised's comments."""
        out = {}
        for lang in {langs[i] for i in readings}:
            rows = [i for i in readings if langs[i] == lang]
            texts = [readings[i] for i in rows]
            names, P = self.probs_of(lang, self.feat.transform_normalised(texts), texts)
            out.update((i, dict(zip(names, p, strict=False))) for i, p in zip(rows, P.tolist(), strict=True))
        return out

    def _evidence_batch(self, lang, texts, clause_lists, norms, top=3, maps=None):
        """Words whose features push a flagged clause up the most, as spans of the original text.

        A word's contribution is its own features (IDF-weighted) scaled by the whole comment's norm,
        through the head's weights -- roughly its share of the comment's score. Frequent words have a
        low IDF, so "you" or "a" rarely show up on their own. All words of all flagged comments go
        through one sparse matrix product; the offset maps are built only here."""
        h = self.heads[lang]
        col = {n: j for j, n in enumerate(h["names"])}
        if "written" in h:
            col[WRITTEN] = h["written"]
        fulls, words, toks = [], [], []
        unread = self.feat.unread
        for k, t in enumerate(texts):
            full = normalise(t) if maps is None else maps[k].full
            ws = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(full.text)]
            # never "this", "his", "از", nor a word the features leave out (a people's name: no weight)
            ws = [x for x in ws if content_word(x[0], lang) and x[0] not in unread]
            toks.extend(w for w, _, _ in ws)
            fulls.append(full)
            words.append(ws)
        out = [[] for _ in texts]
        if not toks:
            return out
        ind, lens = self.feat.token_features(toks)  # each word's features, one row a word
        indptr = np.zeros(len(toks) + 1, dtype=np.int64)
        np.cumsum(lens, out=indptr[1:])
        shape = (len(toks), self.feat.idf.shape[0])
        if self.fast:  # scipy's own product over the same arrays, without building a scipy matrix
            raw = Rows(self.feat.idf[ind], ind, indptr.astype(ind.dtype), shape) @ h["W"]
        else:
            raw = np.asarray(sparse.csr_matrix((self.feat.idf[ind], ind, indptr), shape=shape) @ h["W"])
        w0 = 0
        for k, (t, full, ws, clauses, norm) in enumerate(zip(texts, fulls, words, clause_lists, norms,
                                                             strict=True)):
            block = raw[w0:w0 + len(ws)]
            w0 += len(ws)
            for c in clauses:
                j = col.get(c)
                if j is None or not ws:
                    continue
                a = h["a"][j] if j < len(h["a"]) else 1.0  # the written head is not Platt-scaled
                contrib = (block[:, j] * (a / (norm or 1.0))).tolist()
                ranked = sorted(range(len(ws)), key=contrib.__getitem__, reverse=True)[:top]
                floor = max(EVIDENCE_MIN, 0.4 * contrib[ranked[0]])  # only words near the strongest one
                for q in ranked:
                    if contrib[q] < floor:
                        break
                    sp = full.span(ws[q][1], ws[q][2])
                    if sp:
                        out[k].append({"category": "threat" if c == WRITTEN else c, "start": sp[0],
                                       "end": sp[1], "text": t[sp[0]:sp[1]]})
        return out


def with_written(found, p_written, threshold):
    """The detectors' findings, with a weak threat finding (no spans; kind "written") where the
    written-threat head is at or above its threshold and no rule found a threat. The stack then weighs
    it as it weighs a rule's weak finding: the head is one more detector, never an override. A bag of
    words does not read negation or counter-speech and the rules do: where they found either ("no one
    should lay a hand on him", "whoever says ... should be ashamed"), the head adds nothing."""
    if (p_written is None or threshold is None or p_written < threshold or "threat" in found
            or "negated" in found or "counter" in found):
        return found
    return {**found, "threat": (1, [], {"written"})}


def _merged(spans, text=None):
    """Detector spans (normalised-text offsets) sorted, duplicates dropped and overlapping ones
    joined; neighbouring words stay separate spans ("stupid", "idiot")."""
    out = []
    for a, b in sorted(set(spans)):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _harm_extra(model_dir):
    """The word lists the training added to the detectors (lexicons.json "harm"), if any."""
    p = os.path.join(model_dir, "lexicons.json")
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        return (json.load(f).get("harm") or {}).get("extra")


STACK_LANGS = ("en", "ar", "tr", "fa")
# The contrasts the violation stack reads. Not "identity" (a group named with nothing negative near
# it): on real comments it fires more often in violating than in clean ones (Arabic and Turkish
# calibration rows), so the negative weight our suite teaches it would pull real hateful comments
# about groups down; it still stops the abuse detector from firing on a neutral mention.
# "praise" (a group praised in a comment with no hostile word) is: on the training comments it marks a
# clean one 58% (en), 67% (ar), 94% (tr) and 90% (fa) of the time, against 32-64% for "identity".
# "rebuttal" (counter-speech read by one of its particular forms, harm's contrast()) has a column of its
# own beside "counter" (every reading): the loose reading fires on insults as often as on counter-speech,
# the particular ones mostly on counter-speech. A stack records the contrasts it was fitted with
# ("contrasts"); one fitted before "rebuttal" reads the first four (_FIRST_CONTRASTS).
VIOLATION_CONTRASTS = ("report", "negated", "counter", "praise", "rebuttal")
_FIRST_CONTRASTS = ("report", "negated", "counter", "praise")
_UNSPLIT_CONTRASTS = ("report", "negated", "counter", "identity", "praise")  # (one weight for all languages)


def clause_base(head, pv, share, floor):
    """The probability a clause's stack starts from: the clause head's, or, where the language has no
    head for the clause, p(violation) x the clause's share of violations in the training data.

    With ``floor`` (stacks fitted with "base_floor"), a head's probability never goes below that
    share. Why: a head trained on one dataset's rare label (the Arabic profanity and vulgarity heads
    learnt Al Jazeera's few obscene comments) sits near zero on everything, so its logit pulled a
    strong detector finding on an obscene comment the violation head was sure of below 0.5."""
    prior = None if pv is None else pv * float(share)
    if head is None:
        return prior
    return max(head, prior) if floor and prior is not None else head


def _planned(row, head, share, strength, pv, lpv):
    """One clause's stacked probability from its row of LinearModel._stack_plan: the same sums as
    _stacked(st, clause_features(clause_base(...), ...)) -- the intercept, then each weight whose
    feature is not zero, in the features' order (a True feature adds its weight times 1). None when
    there is no base (no head and no violation head).

    clause_base and _logit are written out here, the same operations in the same order (it runs eight
    times a comment, and the two calls were half its time); ``share`` is a float in the plan."""
    _clause, b0, w0, w1, w2, w3, _share, _kinds, floor = row
    if head is None:  # clause_base(head, pv, share, floor)
        if pv is None:
            return None
        base = pv * share
    elif floor and pv is not None:
        prior = pv * share
        base = prior if prior > head else head  # max(head, prior)
    else:
        base = head
    base = float(base)  # _logit(base)
    if base < _P_MIN:
        base = _P_MIN
    elif base > _P_MAX:
        base = _P_MAX
    lb = math.log(base / (1 - base))
    z = b0
    if lb:
        z += w0 * lb
    if strength == 1:
        z += w1
    elif strength == 2:
        z += w2
    if w3 is not None and lpv:
        z += w3 * lpv
    return 1.0 / (1.0 + math.exp(-z))


def _attribute(pv2, z0, cols, coef, strong_cols, found, cats, abuse):
    """(sixty-fifth round) Each clause at least as likely as the share of the violation that rests on
    its strong finding: pv2 less the violation stack's probability without that finding's column
    (``z0``: the stack's sum before its findings' columns, ``cols``: those columns in order, ``coef``:
    its weights, ``strong_cols``: (clause, column) of the language). The sum without a column is summed
    again in the same order, so that it is the very sum _stacked makes of violation_features without
    that finding (test_stack_plan checks it to the last bit).

    Why: the clause stacks read the violation *head* (before the detectors), so a comment whose
    heads knew nothing ("Sunucu yatakta kesin ateş gibidir": violation head 0.13) and whose only
    finding was a strong sexual remark was a violation at 0.64 by that finding alone and vulgarity at
    0.40 -- a violation with no clause, for which the console suggested no reason and showed no
    evidence. Leave-one-out attribution keeps the two stacks' own numbers and only makes them agree:
    the 0.51 that exists because of the finding is the finding's clause. It never exceeds the
    violation (pv2 <= violation), and a clause the detectors found nothing of is untouched."""
    best = None
    for clause, j in strong_cols:
        strength, _spans, kinds = found.get(clause, _NOTHING)
        if strength != 2 or coef[j] <= 0 or cats.get(clause) is None:
            continue
        z = z0
        for i in cols:
            if i != j:
                z += coef[i]
        without = 1.0 / (1.0 + math.exp(-z))
        # (seventy-first round) a finding that alone carries the comment over the line is its reason: the
        # whole violation is that clause's ("عم فكر بصدرها طول النشرة": violation 0.55, 0.07 without the
        # sexual remark, vulgarity 0.48 by the share, so a violation the console could give no clause for)
        share = pv2 if without < 0.5 <= pv2 else pv2 - without
        if best is None or share > best[0]:
            best = (share, clause, kinds)
        _raise(cats, abuse, clause, kinds, share)
    # (2026-12-06) a violation the heads put over the line by themselves, which no clause reaches, while
    # the rules found one clause for sure: that clause is the reason the console can give, with its
    # evidence ("شو هالخرا اللي عم يصير بسنجار": violation 0.76, the curse found, profanity 0.44 by the
    # share). The finding whose weight moved the violation most is taken.
    if best is not None and pv2 >= 0.5 and not any(v is not None and v >= 0.5 for v in cats.values()):
        _raise(cats, abuse, best[1], best[2], pv2)


def _raise(cats, abuse, clause, kinds, p):
    """A clause at least ``p``, and each abuse kind the detector named with it."""
    if p > cats[clause]:
        cats[clause] = p
        for kind in kinds:  # an abuse kind the detector named is as likely as the abuse
            if kind in abuse and (abuse[kind] is None or abuse[kind] < p):
                abuse[kind] = p


def clause_features(base, pv, strength, reads_violation, lang=None):
    """What a clause's stack reads: the logit of its base (the clause head, or p(violation) x the
    clause's share), the detector's weak and strong findings, and -- with ``reads_violation``, as in
    stacks fitted with four weights -- the logit of p(violation). Why the last: a clause head trained
    on one dataset's rare label (the Arabic vulgarity head learnt Al Jazeera's few obscene comments)
    is near zero on everything, so a comment the violation head is sure of, with a strong detector
    finding, still could not reach its clause; p(violation) is calibrated on every dataset of the language.

    With ``lang`` (stacks fitted with "violation_by_language") that logit has one column per language of
    STACK_LANGS (zero in the others): how much p(violation) says about a clause depends on the language's
    violation head (training.CLAUSES_VIOLATION_BY_LANGUAGE says what one shared weight cost)."""
    x = [_logit(base), strength == 1, strength == 2]
    if reads_violation:
        lpv = _logit(pv) if pv is not None else 0.0
        if lang is None:
            x.append(lpv)
        else:
            x.extend(lpv if lang == lg else 0.0 for lg in STACK_LANGS)
    return x


def violation_columns(st):
    """(strong, contrast): where a fitted violation stack ``st`` keeps each language's weights, as
    violation_features lays them out -- {language: ((clause, column), ...)} for the strong findings and
    {language: ((contrast, column), ...)} for the contrasts (None for a stack fitted before the
    per-language contrasts, which _stacked reads whole). Column 0 is the head's logit."""
    if st.get("strong_by_language"):
        strong = {lg: tuple((c, 1 + a * len(CLAUSE_KEYS) + k) for k, c in enumerate(CLAUSE_KEYS))
                  for a, lg in enumerate(STACK_LANGS)}
        n0 = 1 + len(STACK_LANGS) * len(CLAUSE_KEYS)
    else:
        shared = tuple((c, 1 + k) for k, c in enumerate(CLAUSE_KEYS))
        strong = {lg: shared for lg in STACK_LANGS}
        n0 = 1 + len(CLAUSE_KEYS)
    contrast = None
    if st.get("by_language"):
        names = tuple(st.get("contrasts") or _FIRST_CONTRASTS)
        contrast = {lg: tuple((c, n0 + a * len(names) + b) for b, c in enumerate(names))
                    for a, lg in enumerate(STACK_LANGS)}
    return strong, contrast


def violation_features(pv, found, lang=None, strong_by_language=False):
    """What the violation stack reads: the head's logit, each clause's strong finding, each contrast.

    With ``lang``, each contrast has one column per language: how far a news report or a negation
    should pull the head down depends on the head (the Arabic head, trained on
    tweets and Al Jazeera comments, scores news of violence as offensive; the English one much less),
    so one weight for all languages was too weak for one and too strong for another. With
    ``strong_by_language`` the strong findings have one column per language too (see
    training.VIOLATION_STRONG_BY_LANGUAGE)."""
    if strong_by_language:
        strong = [found.get(c, (0,))[0] == 2 and lang == lg for lg in STACK_LANGS for c in CLAUSE_KEYS]
    else:
        strong = [found.get(c, (0,))[0] == 2 for c in CLAUSE_KEYS]
    head = [_logit(pv)] + strong
    if lang is None:  # a manifest fitted before the per-language contrasts
        return head + [c in found for c in _UNSPLIT_CONTRASTS]
    return head + [c in found and lang == lg for lg in STACK_LANGS for c in VIOLATION_CONTRASTS]


_P_MIN, _P_MAX = 1e-4, 1 - 1e-4  # _logit's clip (and _planned's, which writes it out)


def _logit(p):
    p = min(max(float(p), _P_MIN), _P_MAX)
    return math.log(p / (1 - p))


def _stacked(st, x):
    z = st["intercept"]
    for w, v in zip(st["coef"], x, strict=True):
        if v:
            z += w * v
    return 1.0 / (1.0 + math.exp(-z))


def _r(v):
    if v is None or v != v:  # None or NaN
        return None
    if type(v) is float and 0.0 <= v <= 1.0:  # (almost always: a probability; ~14 a comment)
        return round(v, 4)
    return round(min(1.0, max(0.0, float(v))), 4)


def _rounded(probs):
    """{k: _r(v)}, with _r's common case (a float probability, NaN excluded by the comparisons)
    written out: twelve values a comment."""
    return {k: round(v, 4) if type(v) is float and 0.0 <= v <= 1.0 else _r(v) for k, v in probs.items()}


__all__ = ["LinearModel", "DEFAULT_DIR", "normalise"]
