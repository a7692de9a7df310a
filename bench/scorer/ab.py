"""Two checkouts' scorers in one process, interleaved batch by batch: a before/after ratio that holds
on a shared, loaded machine (both see the same minutes; run.py's rates swing 2x between runs there).

    OMP_NUM_THREADS=1 .venv/bin/python bench/scorer/ab.py --before /tmp/main-tree [--after .] [--rounds 2]

Each round loads both models afresh and warms each with the same 200 comments, then scores the same
6,000 dev comments (run.py's: every labelled set's dev rows in hash order) in batches of 256, each
batch by both in turn (which goes first alternates): the first pass meets most words for the first
time ("cold"), the second finds them cached ("warm"). Then the first 2,000 comments one at a time,
in turn, without evidence (as comments:analyze asks) and with it (which of the two goes first
alternates too). Times are CPU time of this process
(time.process_time). Prints comments/s and per-comment p50/p99 for each, and after/before ratios.
"""
import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import zlib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _model_class(tree):
    """LinearModel of the checkout at ``tree`` (its own newsroom package, imported apart)."""
    for name in [m for m in sys.modules if m == "newsroom" or m.startswith("newsroom.")]:
        del sys.modules[name]
    sys.path.insert(0, os.path.abspath(tree))
    try:
        from newsroom.guidelines.model import LinearModel
    finally:
        sys.path.pop(0)
    return LinearModel


def _pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--before", required=True)
    p.add_argument("--after", default=ROOT)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--n", type=int, default=6000)
    p.add_argument("--single", type=int, default=2000)
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    a = p.parse_args(argv)
    sys.path.insert(0, ROOT)
    from newsroom.guidelines import data as D
    rows = [e for e in D.load_all(a.data) if e["split"] == "dev"]
    rows.sort(key=lambda e: zlib.crc32(e["text"].encode("utf-8")))
    texts = [e["text"] for e in rows][: a.n]
    warm_up = [e["text"] for e in rows][-200:]
    sys.path.pop(0)
    classes = {"before": _model_class(a.before), "after": _model_class(a.after)}
    names = list(classes)
    clock = time.process_time
    for r in range(a.rounds):
        models = {k: classes[k]() for k in names}
        for k in names:
            models[k].score([{"text": x} for x in warm_up])
        gc.collect()
        t = {k: {"cold": 0.0, "warm": 0.0} for k in names}
        lat = {k: {"none": [], "evidence": []} for k in names}
        for phase in ("cold", "warm"):
            for j, i in enumerate(range(0, len(texts), 256)):
                for k in names if j % 2 == 0 else names[::-1]:
                    s = clock()
                    models[k].score([{"text": x} for x in texts[i:i + 256]])
                    t[k][phase] += clock() - s
        for j, x in enumerate(texts[: a.single]):
            for k in names if j % 2 == 0 else names[::-1]:
                # the second call on the same text finds it in the CPU caches: alternate which goes first
                for ev in ((False, True) if j % 4 < 2 else (True, False)):
                    s = clock()
                    models[k].score([{"text": x}], evidence=ev)
                    lat[k]["evidence" if ev else "none"].append((clock() - s) * 1000)
        res = {k: {"cold_per_s": round(len(texts) / t[k]["cold"]),
                   "warm_per_s": round(len(texts) / t[k]["warm"]),
                   "single_p50_ms": round(_pct(lat[k]["none"], 0.5), 3),
                   "single_p99_ms": round(_pct(lat[k]["none"], 0.99), 3),
                   "single_evidence_p50_ms": round(_pct(lat[k]["evidence"], 0.5), 3),
                   "single_evidence_p99_ms": round(_pct(lat[k]["evidence"], 0.99), 3),
                   "single_mean_ms": round(sum(lat[k]["none"]) / len(lat[k]["none"]), 3)} for k in names}
        b, f = res["before"], res["after"]
        print(f"round {r + 1} (load average {os.getloadavg()[0]:.2f}): "
              f"batch cold {b['cold_per_s']} -> {f['cold_per_s']}/s "
              f"(x{f['cold_per_s'] / b['cold_per_s']:.2f}), "
              f"warm {b['warm_per_s']} -> {f['warm_per_s']}/s (x{f['warm_per_s'] / b['warm_per_s']:.2f}); "
              f"one comment without evidence mean {b['single_mean_ms']} -> {f['single_mean_ms']} ms "
              f"(x{b['single_mean_ms'] / f['single_mean_ms']:.2f}), p50 {b['single_p50_ms']} -> "
              f"{f['single_p50_ms']}, p99 {b['single_p99_ms']} -> {f['single_p99_ms']} ms; with evidence p99 "
              f"{b['single_evidence_p99_ms']} -> {f['single_evidence_p99_ms']} ms", flush=True)
        print(json.dumps({"round": r + 1, "load_average": round(os.getloadavg()[0], 2), **res}), flush=True)
        del models
        gc.collect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
