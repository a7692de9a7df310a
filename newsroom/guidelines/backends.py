"""Scorer backends, chosen by dotted path (like Django's email backends).

Each is a tiny class with ``score(batch: list[dict]) -> list[dict]``; inputs are
{"text": str, "article": str | None}, results follow the contract in model.py. A backend that cannot
score returns results marked unavailable (needs_human True, violation None) -- never an approval.
"""
import json
import threading
import urllib.error
import urllib.request

from . import detectors
from .clauses import ABUSE_KINDS, CLAUSES, PROFANITY, PROMOTION
from .normalise import normalise


class BaseScorer:
    name = "base@0"

    def __init__(self, **options):
        self.options = options

    def score(self, batch):
        raise NotImplementedError


def unavailable(name, error="scoring unavailable"):
    return {"language": "und", "language_confidence": 0.0, "violation": None,
            "categories": dict.fromkeys(CLAUSES), "abuse": dict.fromkeys(ABUSE_KINDS), "evidence": [],
            "needs_human": True, "model": name, "relatedness": None, "error": error}


class LinearScorer(BaseScorer):
    """The default: trained linear heads per language + detectors (newsroom/guidelines/artifacts)."""

    _shared = {}
    _lock = threading.Lock()

    def __init__(self, model_dir=None, **options):
        super().__init__(**options)
        from .model import DEFAULT_DIR, LinearModel
        key = model_dir or DEFAULT_DIR
        with self._lock:  # one copy of the weights per process, however many scorers are built
            if key not in self._shared:
                self._shared[key] = LinearModel(key)
        self.model = self._shared[key]
        self.name = self.model.name

    # score(batch, evidence=False) is understood: no evidence spans, the same scores, less work
    skips_evidence = True

    def score(self, batch, evidence=True):
        return self.model.score(batch, evidence=evidence)


class RulesScorer(BaseScorer):
    """Rules and lexicons only: detectors for promotion everywhere, a profanity word list where one
    ships with the model (English from better-profanity's list, Persian from Pars-OFF's lexicon).
    Language comes from the linear model's language identifier when available."""

    name = "newsroom-rules@1.0"

    def __init__(self, model_dir=None, **options):
        super().__init__(**options)
        self._linear = LinearScorer(model_dir)
        self.lexicons = _load_lexicons(model_dir)

    def score(self, batch):
        base_results = self._linear.score(batch)
        out = []
        for item, lr in zip(batch, base_results, strict=False):
            text = item.get("text") or ""
            full = normalise(text)
            det = detectors.detect(text)
            promo = self._linear.model.promotion_prob(det["features"])
            cats = dict.fromkeys(CLAUSES)
            cats[PROMOTION] = promo
            evidence = [{"category": PROMOTION, "start": s, "end": e, "text": text[s:e]}
                        for _, s, e in det["spans"]]
            lang = lr["language"]
            lex = self.lexicons.get(lang)
            if lex is not None:
                hits = [m.span() for m in lex.finditer(full.text)]
                cats[PROFANITY] = 0.9 if hits else 0.1
                for s, e in hits:
                    sp = full.span(s, e)
                    if sp:
                        evidence.append({"category": PROFANITY, "start": sp[0], "end": sp[1],
                                         "text": text[sp[0]:sp[1]]})
            judged = [v for v in cats.values() if v is not None]
            violation = max(judged) if judged else None
            out.append({"language": lang, "language_confidence": lr["language_confidence"],
                        "violation": violation, "categories": cats, "abuse": dict.fromkeys(ABUSE_KINDS),
                        "evidence": evidence, "needs_human": lex is None or 0.35 <= violation <= 0.65,
                        "model": self.name, "relatedness": lr["relatedness"], "signals": det["signals"]})
        return out


def _load_lexicons(model_dir=None):
    import os

    from .model import DEFAULT_DIR
    p = os.path.join(model_dir or DEFAULT_DIR, "lexicons.json")
    if not os.path.exists(p):
        return {}
    with open(p, encoding="utf-8") as f:
        data = json.load(f)
    import re
    out = {}
    for lang, v in data.items():
        if "words" not in v:  # e.g. "harm": the detectors' extra words, not a profanity list
            continue
        words = sorted((w for w in v["words"] if w), key=len, reverse=True)
        out[lang] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return out


class EmbeddingScorer(BaseScorer):
    """Optional: adds English sentence-embedding relatedness (all-MiniLM-L6-v2) on top of the linear
    scorer. Only usable when a package that ships the weights is installed (sentence-transformers with
    a local model path); torch is not part of the default install, so this raises ImportError there."""

    name = "newsroom-embedding@1.0"

    def __init__(self, model_path=None, model_dir=None, **options):
        super().__init__(**options)
        from sentence_transformers import SentenceTransformer  # noqa: F401  (optional dependency)
        if not model_path:
            raise ImportError("EmbeddingScorer needs model_path= pointing at local all-MiniLM-L6-v2 weights")
        self._st = SentenceTransformer(model_path, device="cpu")
        self._linear = LinearScorer(model_dir)

    def score(self, batch):
        res = self._linear.score(batch)
        pairs = [(i, b["text"], b.get("article")) for i, b in enumerate(batch)
                 if b.get("article") and res[i]["language"] == "en"]
        if pairs:
            a = self._st.encode([p[1] for p in pairs], normalize_embeddings=True)
            b = self._st.encode([p[2] for p in pairs], normalize_embeddings=True)
            for (i, _, _), x, y in zip(pairs, a, b, strict=False):
                res[i]["relatedness"] = round(float(max(0.0, (x * y).sum())), 4)
                res[i]["model"] = self.name
        return res


class HttpScorer(BaseScorer):
    """Posts the batch as JSON to an external service: {"items": [...]} -> {"results": [...]}.
    Any failure (timeout, connection, HTTP error, malformed answer) gives results marked
    "scoring unavailable" -- the comments stay pending for a person, never approved by default."""

    name = "newsroom-http@1.0"

    def __init__(self, url=None, timeout=2.0, headers=None, **options):
        super().__init__(**options)
        self.url = url
        self.timeout = float(timeout)
        self.headers = dict(headers or {})

    def score(self, batch):
        if not self.url or not self.url.startswith(("http://", "https://")):
            return [unavailable(self.name) for _ in batch]
        items = [{"text": b.get("text") or "", "article": b.get("article")} for b in batch]
        body = json.dumps({"items": items}, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(self.url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **self.headers})
        try:
            # Safe: the URL is the operator's setting, and only http(s) is accepted above.
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # nosec B310
                data = json.loads(resp.read().decode("utf-8"))
            results = data["results"]
            if not isinstance(results, list) or len(results) != len(batch):
                raise ValueError("wrong number of results")
            return [self._check(r) for r in results]
        except (OSError, urllib.error.URLError, ValueError, KeyError, TypeError):
            return [unavailable(self.name) for _ in batch]

    def _check(self, r):
        if not isinstance(r, dict) or not isinstance(r.get("categories"), dict):
            return unavailable(self.name, "scoring unavailable: malformed answer")
        out = unavailable(self.name)
        out.update({k: r[k] for k in out if k in r})
        out.pop("error", None)
        out["needs_human"] = bool(r.get("needs_human", True))
        return out
