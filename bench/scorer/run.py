"""In-process speed of the guideline scorer beside alt-profanity-check, on the same comments.

    OMP_NUM_THREADS=1 .venv/bin/python bench/scorer/run.py [--n 6000] [--data ../shared/data]

Comments are dev-split rows of every labelled dataset (hash order, so all six scripts are mixed in).
Reports batch throughput on one core and single-comment latency (p50/p99), each with the ratio to
alt-profanity-check measured in the same run; better-profanity on a small sample for scale. Prints a
markdown table for docs/benchmarks.md and a JSON line.
"""
import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")  # one core, as the issue asks

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import zlib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))]


def latency(fn, texts):
    lat = []
    for t in texts:
        s = time.perf_counter()
        fn(t)
        lat.append((time.perf_counter() - s) * 1000)
    return statistics.median(lat), pct(lat, 0.99)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=6000)
    p.add_argument("--single", type=int, default=1000)
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    a = p.parse_args()

    from newsroom.guidelines import data as D
    rows = [e for e in D.load_all(a.data) if e["split"] == "dev"]
    rows.sort(key=lambda e: zlib.crc32(e["text"].encode("utf-8")))
    texts = [e["text"] for e in rows][: a.n]
    # the dev sets are mostly hostile tweets (evidence is computed for every flagged comment); a news
    # site's stream is mostly clean, so the clean dev rows are measured too
    clean = [e["text"] for e in rows if e["labels"].get("violation") == 0][: a.n]

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    from newsroom.guidelines.model import LinearModel
    model = LinearModel()
    load_s = time.perf_counter() - t
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    from better_profanity import profanity
    from profanity_check import predict_prob
    profanity.load_censor_words()

    model.score([{"text": x} for x in texts[:300]])  # warm-up (word cache, BLAS)
    predict_prob(texts[:300])

    def batch_ours():
        s = time.perf_counter()
        for i in range(0, len(texts), 256):
            model.score([{"text": x} for x in texts[i:i + 256]])
        return len(texts) / (time.perf_counter() - s)

    def batch_alt():
        s = time.perf_counter()
        for i in range(0, len(texts), 256):
            predict_prob(texts[i:i + 256])
        return len(texts) / (time.perf_counter() - s)

    ours_b = max(batch_ours() for _ in range(2))
    s = time.perf_counter()
    for i in range(0, len(clean), 256):
        model.score([{"text": x} for x in clean[i:i + 256]])
    ours_clean = len(clean) / (time.perf_counter() - s)
    s = time.perf_counter()
    for i in range(0, len(clean), 256):
        predict_prob(clean[i:i + 256])
    alt_clean = len(clean) / (time.perf_counter() - s)
    alt_b = max(batch_alt() for _ in range(2))
    single = texts[: a.single]
    o50, o99 = latency(lambda x: model.score([{"text": x}]), single)
    # as the scoring API asks when the client wants no spans (comments:analyze without spanAnnotations)
    n50, n99 = latency(lambda x: model.score([{"text": x}], evidence=False), single)
    a50, a99 = latency(lambda x: predict_prob([x]), single)
    few = texts[:100]
    s = time.perf_counter()
    for x in few:
        profanity.contains_profanity(x)
    better_b = len(few) / (time.perf_counter() - s)
    rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    res = {"n": len(texts), "mean_chars": round(statistics.mean(len(x) for x in texts), 1),
           "ours_batch_per_s": round(ours_b), "alt_batch_per_s": round(alt_b),
           "ours_clean_per_s": round(ours_clean), "alt_clean_per_s": round(alt_clean),
           "better_per_s": round(better_b, 1),
           "ours_p50_ms": round(o50, 3), "ours_p99_ms": round(o99, 3),
           "ours_no_evidence_p50_ms": round(n50, 3), "ours_no_evidence_p99_ms": round(n99, 3),
           "alt_p50_ms": round(a50, 3),
           "alt_p99_ms": round(a99, 3), "load_s": round(load_s, 3), "rss_mb_before": round(rss0),
           "rss_mb_after_load": round(rss1), "rss_mb_peak": round(rss2)}
    print("| measure | newsroom scorer | alt-profanity-check | ratio (ours / alt) |")
    print("|---|---|---|---|")
    print(f"| batch, comments/s (one core, batches of 256) | {ours_b:,.0f} | {alt_b:,.0f} | "
          f"{ours_b / alt_b:.2f} |")
    print(f"| batch, clean dev comments only, comments/s | {ours_clean:,.0f} | {alt_clean:,.0f} | "
          f"{ours_clean / alt_clean:.2f} |")
    print(f"| single comment p50, ms | {o50:.2f} | {a50:.2f} | {o50 / a50:.2f} |")
    print(f"| single comment p99, ms | {o99:.2f} | {a99:.2f} | {o99 / a99:.2f} |")
    print(f"| single comment, no evidence (API) p50, ms | {n50:.2f} | {a50:.2f} | {n50 / a50:.2f} |")
    print(f"| single comment, no evidence (API) p99, ms | {n99:.2f} | {a99:.2f} | {n99 / a99:.2f} |")
    print(f"\nbetter-profanity: {better_b:.1f} comments/s; load {load_s:.2f} s; "
          f"RSS {rss0:.0f} -> {rss1:.0f} MB after load, peak {rss2:.0f} MB; "
          f"{len(texts)} comments, mean {res['mean_chars']} chars")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
