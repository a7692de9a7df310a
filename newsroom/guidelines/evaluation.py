"""Evaluation: metrics on labelled examples, and the model card (docs/scorer.md).

``evaluate_examples(model_dir, examples) -> metrics`` scores examples end to end (language identified
by the model, as in production) and reports, per head, AUC and macro-F1 at the 0.5 decision point on
the examples whose label is known. A head the model leaves null for an example's language counts
against ``coverage`` and is left out of AUC/F1 (never silently scored as 0).

``write_card(data_dir, ...)`` measures the shipped model, the two installed peers
(alt-profanity-check, better-profanity) and a naive char TF-IDF + logistic regression baseline on the
same dev splits (never trained on), and writes docs/scorer.md plus the small figure file the
reproduction test reads (artifacts/card_check.json).
"""
import gc
import json
import os
import platform
import resource
import statistics
import time
import zlib
from collections import defaultdict

import numpy as np
from sklearn.metrics import f1_score, roc_auc_score

from . import data as D
from .clauses import ABUSE_KINDS, CLAUSES
from .model import DEFAULT_DIR, LinearModel

PEER_SUBSET = 200  # better-profanity scores ~20 comments/s: every system is also shown on this subset
CHECK_SUBSET = 150  # per dataset, for the test that the shipped model reproduces the card


def _pred(result, head):
    if head == "violation":
        return result["violation"]
    if head in ABUSE_KINDS:
        return result["abuse"].get(head)
    return result["categories"].get(head)


def metrics(y, p):
    """AUC and macro-F1 (decision at 0.5) of probabilities p for 0/1 labels y."""
    y = np.asarray(y, dtype=int)
    p = np.asarray(p, dtype=float)
    out = {"n": int(len(y)), "positives": int(y.sum())}
    if len(y) == 0:
        return {**out, "auc": None, "macro_f1": None}
    out["auc"] = round(float(roc_auc_score(y, p)), 4) if 0 < y.sum() < len(y) else None
    out["macro_f1"] = round(float(f1_score(y, (p >= 0.5).astype(int), average="macro", zero_division=0)), 4)
    return out


def ece(y, p, bins=10):
    """Expected calibration error: bin-size-weighted |mean(p) - mean(y)| over 10 equal-width bins."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if len(y) == 0:
        return None
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() * abs(p[m].mean() - y[m].mean())
    return round(float(total / len(y)), 4)


def _load(model_dir):
    return LinearModel(model_dir or DEFAULT_DIR)


def score_examples(model, examples, batch=512):
    out = []
    for i in range(0, len(examples), batch):
        out.extend(model.score([{"text": e["text"]} for e in examples[i:i + batch]]))
    return out


def evaluate_examples(model_dir, examples):
    """Metrics per head on labelled examples {"text", "language"?, "labels": {head: 0|1}}."""
    model = model_dir if isinstance(model_dir, LinearModel) else _load(model_dir)
    examples = [e for e in examples if (e.get("text") or "").strip()]
    results = score_examples(model, examples)
    return _head_metrics(examples, results)


def _head_metrics(examples, results):
    per = defaultdict(lambda: ([], [], [0]))
    for e, r in zip(examples, results, strict=True):
        for h, v in (e.get("labels") or {}).items():
            if v is None:
                continue
            ys, ps, missing = per[h]
            p = _pred(r, h)
            if p is None:
                missing[0] += 1
                continue
            ys.append(int(v))
            ps.append(p)
    out = {"n": len(examples), "heads": {}}
    for h, (ys, ps, missing) in sorted(per.items()):
        m = metrics(ys, ps)
        m["coverage"] = round(len(ys) / max(1, len(ys) + missing[0]), 4)
        m["ece"] = ece(ys, ps)
        out["heads"][h] = m
    aucs = [m["auc"] for m in out["heads"].values() if m["auc"] is not None]
    f1s = [m["macro_f1"] for m in out["heads"].values() if m["macro_f1"] is not None]
    out["mean_auc"] = round(float(np.mean(aucs)), 4) if aucs else None
    out["mean_macro_f1"] = round(float(np.mean(f1s)), 4) if f1s else None
    return out


# ---------------------------------------------------------------- the model card

PRIMARY = {"youtube_spam": "promotion", "c3": "personal_attack"}


def _hash_order(rows, key=lambda e: e["text"]):
    return sorted(rows, key=lambda e: zlib.crc32(key(e).encode("utf-8")))


def dev_sets(data_dir, open_only=False, examples=None):
    ex = examples if examples is not None else D.load_all(data_dir, open_only=open_only)
    by = defaultdict(list)
    for e in ex:
        if e["split"] == "dev":
            by[e["dataset"]].append(e)
    return {k: _hash_order(v) for k, v in by.items()}, ex


def check_subset(devs):
    """The fixed subset the reproduction test re-scores (first CHECK_SUBSET per dataset, hash order)."""
    return {k: v[:CHECK_SUBSET] for k, v in devs.items()}


def check_figures(model, devs):
    out = {}
    for name, rows in check_subset(devs).items():
        if name in D.NEUTRAL:  # one class: no AUC or F1 (neutral_figures measures them)
            continue
        head = PRIMARY.get(name, "violation")
        rows = [e for e in rows if head in e["labels"]]
        res = score_examples(model, rows)
        ys = [e["labels"][head] for e in rows]
        ps = [_pred(r, head) for r in res]
        ps = [0.0 if p is None else p for p in ps]
        out[name] = {"head": head, **metrics(ys, ps)}
    return out


class _Peers:
    def __init__(self):
        from better_profanity import profanity
        from profanity_check import predict_prob
        profanity.load_censor_words()
        self.alt = lambda texts: [float(x) for x in predict_prob(list(texts))]
        self.better = lambda texts: [1.0 if profanity.contains_profanity(t) else 0.0 for t in texts]


def _naive_baseline(examples, log, trained_on=None, probe_langs=()):
    """The issue's naive baseline: char TF-IDF (1-5, char_wb, 200k features) + logistic regression
    per language, trained on our train split of the same datasets as the model (``trained_on``),
    target = the dataset's primary label, and on the probe comments of ``probe_langs`` where the
    model's violation heads read them (its manifest's "probes"): the same rows. Returns {language:
    (vectorizer, classifier)}."""
    if trained_on is not None:
        examples = [e for e in examples if e["dataset"] in trained_on]
    if probe_langs:
        from .training import probe_examples
        examples = examples + probe_examples(tuple(probe_langs))
    from .lodo import naive_baseline
    models = {}
    for lang in ("en", "ar", "tr", "fa"):
        rows = [e for e in examples if e["language"] == lang and e["split"] == "train"
                and PRIMARY.get(e["dataset"], "violation") in e["labels"] and e["dataset"] not in PRIMARY]
        if not rows:
            continue
        t = time.time()
        models[lang] = naive_baseline([e["text"] for e in rows], [e["labels"]["violation"] for e in rows])
        log(f"naive baseline {lang}: {len(rows)} rows in {time.time() - t:.0f}s")
    return models


def _rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure_speed(model, texts, peers=None, fresh=None):
    """Batch throughput (comments/s) and single-comment latency (p50/p99 ms), in this process. With
    ``fresh`` (the same model loaded again, its word caches empty), also its first pass over ``texts``:
    every word read for the first time, as by a new worker or on comments like none seen before."""
    out = {}
    model.score([{"text": t} for t in texts[:200]])  # warm the word cache like a running worker
    # Each timed part starts after a full collection: whatever the warm-up (the card scores every dev
    # comment first) left for the collector's oldest generation is collected then, not inside the timed
    # part. Left in, a full pass over ~760,000 objects (two models loaded) landed in the 6,000 comments or
    # not as the allocation counts fell, and moved the warm rate by 15-20% between two trees whose
    # profiles were identical (2026-12-04: 2,171-2,238 against 2,651-2,709/s, alternated).
    gc.collect()
    t = time.perf_counter()
    for i in range(0, len(texts), 256):
        model.score([{"text": x} for x in texts[i:i + 256]])
    out["batch_per_s"] = round(len(texts) / (time.perf_counter() - t))
    lat = []
    for x in texts[:1000]:
        t = time.perf_counter()
        model.score([{"text": x}])
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    out["p50_ms"] = round(statistics.median(lat), 3)
    out["p99_ms"] = round(lat[int(len(lat) * 0.99) - 1], 3)
    if fresh is not None:
        gc.collect()
        t = time.perf_counter()
        for i in range(0, len(texts), 256):
            fresh.score([{"text": x} for x in texts[i:i + 256]])
        out["first_pass_per_s"] = round(len(texts) / (time.perf_counter() - t))
    if peers is not None:
        gc.collect()
        t = time.perf_counter()
        peers.alt(texts)
        out["alt_batch_per_s"] = round(len(texts) / (time.perf_counter() - t))
        few = texts[:100]
        t = time.perf_counter()
        peers.better(few)
        out["better_per_s"] = round(len(few) / (time.perf_counter() - t), 1)
    return out


def langid_figures(model, data_dir):
    """Accuracy per language on held-out text: Kurdish split by source document, the rest by text
    hash; on whole sentences/comments and on their first 4 words (comment-length)."""
    rows = [r for r in D.langid_examples(data_dir, per_lang=12000) if r[2] != "train"]
    out = {}
    conf = defaultdict(lambda: defaultdict(int))
    for cut in ("full", "4 words"):
        texts = [r[0] if cut == "full" else " ".join(r[0].split()[:4]) for r in rows]
        X = model.feat.transform(texts)
        pred, _ = model.language(X, texts)  # as in production (the Persian-morphology check)
        acc = defaultdict(lambda: [0, 0])
        for (_, lang, _), p in zip(rows, pred, strict=True):
            acc[lang][0] += int(p == lang)
            acc[lang][1] += 1
            if cut == "4 words" and p != lang:
                conf[lang][p] += 1
        out[cut] = {lang: {"accuracy": round(a / n, 4), "n": n} for lang, (a, n) in sorted(acc.items())}
    out["confusions_4_words"] = {k: dict(sorted(v.items(), key=lambda x: -x[1])[:3]) for k, v in conf.items()}
    out["article_prior"] = article_prior_figures(model, rows)
    return out


def _share_correct(got, gold, own):
    """The share of the rows of an edition language (``own`` not None) whose language ``got`` is right."""
    kept = [(p, g) for p, g, o in zip(got, gold, own, strict=True) if o]
    return round(sum(int(p == g) for p, g in kept) / len(kept), 4)


def article_prior_figures(model, rows):
    """What the article's language as a prior (model.ARTICLE_LANGUAGE_PRIOR) does to the held-out rows cut to
    2 and 4 words and whole: correct without it; with an article of the row's own language; and with an
    article of each other edition language (en, ar, tr, fa, ckb, kmr), every row set beside each. Rows of
    "other" count only beside an article of another language (no edition is written in "other")."""
    from .model import ARTICLE_LANGUAGE_PRIOR
    editions = [lang for lang in model.lid_classes if lang != "other"]
    out = {"factor": ARTICLE_LANGUAGE_PRIOR}
    for cut in ("2 words", "4 words", "full"):
        keep = None if cut == "full" else int(cut.split()[0])
        texts = [r[0] if keep is None else " ".join(r[0].split()[:keep]) for r in rows]
        X = model.feat.transform(texts)
        gold = [r[1] for r in rows]
        plain, _ = model.language(X, texts)
        own = [g if g in editions else None for g in gold]
        with_own, _ = model.language(X, texts, own)
        n_own = sum(o is not None for o in own)
        other_ok = other_base = other_n = 0
        for art in editions:
            priors = [art if g != art else None for g in gold]
            got, _ = model.language(X, texts, priors)
            for g, p, p0, pr in zip(gold, got, plain, priors, strict=True):
                if pr is not None:
                    other_ok += int(p == g)
                    other_base += int(p0 == g)
                    other_n += 1
        out[cut] = {
            "without": _share_correct(plain, gold, own), "own_article": _share_correct(with_own, gold, own),
            "other_without": round(other_base / other_n, 4),
            "other_article": round(other_ok / other_n, 4), "n": n_own, "n_other": other_n}
    return out


def relatedness_figures(model, data_dir):
    from .training import c3_discussion_relatedness
    own, y = c3_discussion_relatedness(data_dir, model.feat, "dev")
    other, _ = c3_discussion_relatedness(data_dir, model.feat, "dev", other_article=True)
    y = np.asarray(y)
    p_off = [model.off_topic_prob(r) for r in own]
    rank = float(np.mean([a > b for a, b in zip(own, other, strict=True)]))
    auc = round(float(roc_auc_score(y, [-r for r in own])), 4) if 0 < y.sum() < len(y) else None
    return {"n": len(own), "non_relevant": int(y.sum()), "auc_non_relevant": auc,
            "off_topic_macro_f1": metrics(y, p_off)["macro_f1"], "off_topic_ece": ece(y, p_off),
            "own_vs_other_article": round(rank, 4),
            "mean_rel_own": round(float(np.mean(own)), 4), "mean_rel_other": round(float(np.mean(other)), 4)}


def _urgent(result):
    c = result["categories"]
    return max(c.get("threat") or 0, c.get("abuse") or 0) >= 0.5


def suite_figures(model, naive=None, peers=None):
    """Our functional suite (suite.py), plus the urgent lane's recall on it: of the cases whose
    clauses include threat or abuse, the share the scorer puts in the urgent lane (threat or abuse
    at 0.5 or more, the default policy). The peers have no clauses, so beside them every system is
    also scored on the violation decision alone ("violation only": violating cases need >= 0.5,
    others < 0.5)."""
    from . import suite
    figs = suite.evaluate(suite.model_scorer(model))
    for lang in suite.LANGS:
        cases = suite.load(lang)
        res = suite.model_scorer(model)([c["text"] for c in cases], lang)
        texts = [c["text"] for c in cases]
        gold = [c["violating"] for c in cases]

        def acc(ps, gold=gold):
            return round(sum((p >= 0.5) == g for p, g in zip(ps, gold, strict=True)) / len(gold), 4)
        vo = {"ours": acc([r["violation"] or 0.0 for r in res])}
        if naive and lang in naive:
            vec, clf = naive[lang]
            vo["naive"] = acc(clf.predict_proba(vec.transform(texts))[:, 1])
        if peers is not None:
            vo["alt_profanity_check"] = acc(peers.alt(texts))
            vo["better_profanity"] = acc(peers.better(texts))
        figs[lang]["violation_only"] = vo
        want = [r for c, r in zip(cases, res, strict=True) if {"threat", "abuse"} & set(c["clauses"])]
        hit = sum(1 for r in want if _urgent(r))
        clean = [r for c, r in zip(cases, res, strict=True) if not c["violating"]]
        false = sum(1 for r in clean if _urgent(r))
        figs[lang]["urgent"] = {"recall": round(hit / max(1, len(want)), 4), "n": len(want),
                                "false_alarms": false, "non_violating": len(clean)}
    return figs


HELDOUT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                           "tests", "guidelines", "heldout")


def heldout_figures(model, heldout_dir=HELDOUT_DIR):
    """The held-out probe batches (tests/guidelines/heldout: written with a probe round and kept out of
    every change and all training): per file, the lines that pass (the suite's rule) and the threats
    caught. {} outside a checkout. Why on the card: they are the one measure of whether the probe rounds'
    changes carry over to new lines, and the card must show it for the model it describes."""
    import glob

    from . import suite
    from .training import read_probes
    out = {}
    for path in sorted(glob.glob(os.path.join(heldout_dir, "*.tsv"))):
        rows = read_probes(path)
        results = model.score([{"text": t} for _, t in rows])
        ok = threats = caught = 0
        for (clauses, _), r in zip(rows, results, strict=True):
            passed = suite.probe_passes(clauses, r)
            ok += passed
            if "threat" in clauses.split(","):
                threats += 1
                caught += passed
        out[os.path.basename(path)[:-4]] = {"passed": ok, "n": len(rows), "threats": [caught, threats]}
    return out


def urgent_dev_figures(devs, results):
    """The urgent lane on the dev splits, per language: its recall on rows labelled threat or identity
    abuse (abuse), and its false alarms -- the share of clean rows (violation 0) it would put first in
    the queue. The lane is for the worst comments, so a false alarm there costs a moderator most:
    every one jumps the queue."""
    out, clean = {}, {}
    for name, (rows, res) in results.items():
        lang = D.DATASETS[name][1]
        for e, r in zip(rows, res, strict=True):
            if e["labels"].get("threat") == 1 or e["labels"].get("abuse") == 1:
                o = out.setdefault(lang, [0, 0])
                o[1] += 1
                o[0] += _urgent(r)
            elif e["labels"].get("violation") == 0:
                c = clean.setdefault(lang, [0, 0])
                c[1] += 1
                c[0] += _urgent(r)
    figs = {lang: {"recall": round(a / max(1, n), 4), "n": n} for lang, (a, n) in sorted(out.items())}
    for lang, (a, n) in clean.items():
        if lang in figs:
            figs[lang].update({"false_alarm_rate": round(a / max(1, n), 4), "clean": n})
    return figs


def promotion_false_alarms(results):
    """Per language, the clean dev comments (violation 0) scored as promotion (>= 0.5): {lang:
    {"flagged", "clean"}}. The promotion head learns from YouTube spam, and a sharper head ranks spam
    better at the price of flagging ordinary comments (training.mark_promotion_negatives); this is where
    that price shows. An upper bound: the sets' "clean" means not offensive, so real sales posts count
    too."""
    out = {}
    for name, (rows, res) in results.items():
        o = out.setdefault(D.DATASETS[name][1], {"flagged": 0, "clean": 0})
        for e, r in zip(rows, res, strict=True):
            if e["labels"].get("violation") == 0:
                o["clean"] += 1
                o["flagged"] += int((r["categories"].get("promotion") or 0.0) >= 0.5)
    return {lang: o for lang, o in sorted(out.items()) if o["clean"]}


def neutral_figures(model, neutral, naive, peers):
    """Share of everyday sentences (dev part of data.NEUTRAL) flagged as violations (>= 0.5): a false-alarm
    rate on ordinary prose, for us and the peers."""
    out = {}
    for name, rows in neutral.items():
        lang = D.DATASETS[name][1]
        texts = [e["text"] for e in rows]
        ours = [_pred(r, "violation") for r in score_examples(model, rows)]
        d = {"n": len(rows), "ours": _share([0.0 if p is None else p for p in ours]),
             "alt_profanity_check": _share(peers.alt(texts))}
        if lang in naive:
            vec, clf = naive[lang]
            d["naive_char_tfidf_lr"] = _share(clf.predict_proba(vec.transform(texts))[:, 1])
        out[lang] = d
    return out


def _share(ps):
    ps = np.asarray(ps, dtype=float)
    return round(float((ps >= 0.5).mean()), 4) if len(ps) else None


def card_figures(data_dir, model_dir=None, quick=False, log=print, lodo=True):
    t0 = time.time()
    rss0 = _rss_mb()
    t = time.perf_counter()
    model = _load(model_dir)
    load_s = time.perf_counter() - t
    rss_model = _rss_mb()
    devs, all_ex = dev_sets(data_dir)
    if quick:
        devs = {k: v[:400] for k, v in devs.items()}
    # the everyday sentences (data.NEUTRAL) are one class: measured apart, as a false-alarm rate
    neutral = {name: devs.pop(name) for name in sorted(D.NEUTRAL) if name in devs}
    peers = _Peers()
    naive = _naive_baseline(all_ex, log, trained_on=set(model.manifest["datasets"]),
                            probe_langs=sorted((model.manifest.get("probes") or {}).get("rows") or ())
                            ) if not quick else {}
    figs = {"model": model.name, "manifest": model.manifest, "datasets": {}, "clauses": {}, "languages": {}}
    figs["neutral"] = neutral_figures(model, neutral, naive, peers)
    by_lang = defaultdict(list)
    all_results = {}
    for name, rows in devs.items():
        head = PRIMARY.get(name, "violation")
        rows = [e for e in rows if head in e["labels"]]
        res = score_examples(model, rows)
        all_results[name] = (rows, res)
        ys = [e["labels"][head] for e in rows]
        ps = [_pred(r, head) for r in res]
        cov = sum(p is not None for p in ps) / max(1, len(ps))
        ps0 = [0.0 if p is None else p for p in ps]
        texts = [e["text"] for e in rows]
        alt = peers.alt(texts)
        sub = list(range(min(PEER_SUBSET, len(rows))))
        better = peers.better([texts[i] for i in sub])
        d = {"language": D.DATASETS[name][1], "licence": D.DATASETS[name][2], "head": head,
             "ours": {**metrics(ys, ps0), "coverage": round(cov, 4), "ece": ece(ys, ps0)},
             "alt_profanity_check": metrics(ys, alt),
             "subset": {"n": len(sub), "ours": metrics([ys[i] for i in sub], [ps0[i] for i in sub]),
                        "alt_profanity_check": metrics([ys[i] for i in sub], [alt[i] for i in sub]),
                        "better_profanity": metrics([ys[i] for i in sub], better)}}
        lang = D.DATASETS[name][1]
        if lang in naive and head == "violation":
            vec, clf = naive[lang]
            d["naive_char_tfidf_lr"] = metrics(ys, clf.predict_proba(vec.transform(texts))[:, 1])
        figs["datasets"][name] = d
        if head == "violation":
            by_lang[lang].append((ys, ps0, alt))
        log(f"{name}: ours {d['ours']['auc']}/{d['ours']['macro_f1']} alt {d['alt_profanity_check']['auc']}/"
            f"{d['alt_profanity_check']['macro_f1']} ({time.time() - t0:.0f}s)")
    for lang, parts in by_lang.items():
        ys = [y for p in parts for y in p[0]]
        ps = [x for p in parts for x in p[1]]
        alt = [x for p in parts for x in p[2]]
        figs["languages"][lang] = {"ours": {**metrics(ys, ps), "ece": ece(ys, ps)},
                                   "alt_profanity_check": metrics(ys, alt)}
    # per clause: every dev example of a language with that label known
    for lang in ("en", "ar", "tr", "fa"):
        exs, res = [], []
        for name, (rows, rs) in all_results.items():
            if D.DATASETS[name][1] == lang:
                exs.extend(rows)
                res.extend(rs)
        hm = _head_metrics(exs, res)["heads"]
        figs["clauses"][lang] = {h: m for h, m in hm.items() if h in CLAUSES + ABUSE_KINDS + ("violation",)}
    figs["suite"] = suite_figures(model, naive, peers)
    log(f"suite: { {k: v['accuracy'] for k, v in figs['suite'].items()} } ({time.time() - t0:.0f}s)")
    figs["heldout"] = heldout_figures(model)
    figs["urgent_dev"] = urgent_dev_figures(devs, all_results)
    figs["promotion_false_alarms"] = promotion_false_alarms(all_results)
    if lodo and not quick:
        from .lodo import lodo_figures, promotion_figures
        figs["lodo"] = lodo_figures(data_dir, model.feat, log=log, unread_langs=model.unread_langs)
        figs["promotion_lovo"] = promotion_figures(data_dir, model.feat, log=log)
    figs["langid"] = langid_figures(model, data_dir)
    log(f"langid done ({time.time() - t0:.0f}s)")
    figs["relatedness"] = relatedness_figures(model, data_dir)
    texts = [e["text"] for rows in devs.values() for e in rows]
    texts = [t for t in _hash_order([{"text": t} for t in texts])][:6000]
    figs["speed"] = measure_speed(model, [t["text"] for t in texts], peers, fresh=_load(model_dir))
    figs["speed"]["mean_chars"] = round(float(np.mean([len(t["text"]) for t in texts])), 1)
    figs["speed"]["load_average"] = round(os.getloadavg()[0], 2)  # the machine is shared: say how busy
    figs["check"] = check_figures(model, devs)
    mdir = model_dir or DEFAULT_DIR
    figs["artifacts"] = {"bytes": sum(os.path.getsize(os.path.join(mdir, f)) for f in os.listdir(mdir)),
                         "load_seconds": round(load_s, 3), "rss_mb_after_load": round(rss_model, 1),
                         "rss_mb_before_load": round(rss0, 1)}
    figs["machine"] = {"python": platform.python_version(), "cpu": platform.processor() or platform.machine()}
    figs["seconds"] = round(time.time() - t0)
    return figs


def write_card(data_dir, model_dir=None, out=None, quick=False, log=print):
    from .card import render
    figs = card_figures(data_dir, model_dir, quick=quick, log=log)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = out or os.path.join(root, "docs", "scorer.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write(render(figs))
    mdir = model_dir or DEFAULT_DIR
    with open(os.path.join(mdir, "card_check.json"), "w", encoding="utf-8") as f:
        json.dump({"model": figs["model"], "check_subset": CHECK_SUBSET, "figures": figs["check"]}, f,
                  indent=1)
    with open(os.path.join(os.path.dirname(out), "scorer-figures.json"), "w", encoding="utf-8") as f:
        json.dump({k: v for k, v in figs.items() if k != "manifest"}, f, indent=1, ensure_ascii=False)
    log(f"wrote {out}")
    return figs
