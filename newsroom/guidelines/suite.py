"""Our functional test suite (newsroom/guidelines/suite/*.jsonl): what the scorer gets right, per
language and functionality (threat to a person, dehumanisation, counter-speech, news reporting of
violence...). The cases were written for this project from the outlet's guidelines; see the suite's
README.

A case passes when the scorer's decision matches the guidelines:
- a violating case: violation >= 0.5 and at least one of its clauses >= 0.5 (so that the clause a
  moderator would reject it under is the one the console suggests);
- a non-violating case: violation < 0.5;
- and, for every case, none of its ``not_clauses`` >= 0.5 (news reporting must not be a threat,
  profanity at no one must not be a personal attack).

Each language's cases are split in two halves by their number: even numbers were looked at while the
detectors' word lists were written and tuned ("tune"), odd numbers were not ("check"). The card shows
both, so that a reader can see how much of the figure is tuning.
"""
import json
import os
from collections import defaultdict

SUITE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "suite")
LANGS = ("en", "ar", "tr", "fa")
THREAT = "threat"


def load(lang):
    with open(os.path.join(SUITE_DIR, f"{lang}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def half(case):
    return "tune" if int(case["id"].rsplit("-", 1)[1]) % 2 == 0 else "check"


def _p(result, clause):
    if clause == "violation":
        return result.get("violation")
    v = (result.get("categories") or {}).get(clause)
    if v is None:
        v = (result.get("abuse") or {}).get(clause)
    return v


def passes(case, result):
    def on(c):
        p = _p(result, c)
        return p is not None and p >= 0.5
    if any(on(c) for c in case.get("not_clauses") or ()):
        return False
    if case["violating"]:
        return on("violation") and any(on(c) for c in case["clauses"])
    return not on("violation")


def probe_passes(clauses, result):
    """passes() for a line of a probe file (``clauses<TAB>text``: comma-separated clauses, ``-`` clean),
    which names no not_clauses."""
    named = clauses.split(",") if clauses != "-" else []
    return passes({"violating": bool(named), "clauses": named, "not_clauses": []}, result)


def evaluate(scorer_fn, langs=LANGS):
    """scorer_fn(list of texts, lang) -> results. Returns {lang: {...figures...}}."""
    out = {}
    for lang in langs:
        cases = load(lang)
        results = scorer_fn([c["text"] for c in cases], lang)
        by_func = defaultdict(lambda: [0, 0])
        by_half = defaultdict(lambda: [0, 0])
        tp = fp = fn = 0
        failures = []
        for c, r in zip(cases, results, strict=True):
            ok = passes(c, r)
            by_func[c["functionality"]][0] += ok
            by_func[c["functionality"]][1] += 1
            by_half[half(c)][0] += ok
            by_half[half(c)][1] += 1
            if not ok:
                failures.append(c["id"])
            gold_threat = THREAT in (c.get("clauses") or ())
            p = _p(r, THREAT)
            said = p is not None and p >= 0.5
            tp += gold_threat and said
            fp += (not gold_threat) and said
            fn += gold_threat and not said
        total = sum(a for a, _ in by_func.values()), sum(b for _, b in by_func.values())
        out[lang] = {
            "accuracy": round(total[0] / total[1], 4), "n": total[1],
            "halves": {h: round(a / b, 4) for h, (a, b) in sorted(by_half.items())},
            "functionalities": {f: round(a / b, 4) for f, (a, b) in sorted(by_func.items())},
            "threat": {"recall": round(tp / max(1, tp + fn), 4), "precision": round(tp / max(1, tp + fp), 4),
                       "positives": tp + fn},
            "failures": failures,
        }
    return out


def model_scorer(model):
    """A scorer_fn for the suite from a LinearModel: the language is identified, as in production."""
    def run(texts, lang):
        out = []
        for i in range(0, len(texts), 256):
            out.extend(model.score([{"text": t} for t in texts[i:i + 256]]))
        return out
    return run
