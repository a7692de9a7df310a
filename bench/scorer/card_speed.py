"""Re-measure only the model card's speed figures, as `python -m newsroom.guidelines evaluate` takes them.

    OMP_NUM_THREADS=1 .venv/bin/python bench/scorer/card_speed.py            # print the figures
    OMP_NUM_THREADS=1 .venv/bin/python bench/scorer/card_speed.py --write    # and update the card
    OMP_NUM_THREADS=1 .venv/bin/python bench/scorer/card_speed.py --tree DIR # another checkout's scorer

The same comments as the card (the first 6,000 dev rows of the card's dev sets in hash order, the
everyday sentences left out) through evaluation.measure_speed, after the model has scored every dev
row once, as it has when the card measures it (its word caches are warm), and the same comments' first
pass through the model loaded afresh (its caches empty: the card's "words met for the first time").
``--write`` replaces the "speed" and the artifacts' load figures in docs/scorer-figures.json and re-renders
docs/scorer.md
(card.rerender: nothing else on the card changes). ``--tree`` imports the scorer of another checkout
(for a before/after pair in the same minutes); it never writes.
"""
import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")  # one core, as the issue asks

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--tree", default=ROOT, help="the checkout whose scorer is measured")
    p.add_argument("--write", action="store_true", help="update docs/scorer-figures.json and docs/scorer.md")
    a = p.parse_args(argv)
    if a.write and os.path.abspath(a.tree) != ROOT:
        p.error("--write measures this checkout only")
    sys.path.insert(0, os.path.abspath(a.tree))
    import numpy as np

    from newsroom.guidelines import data as D
    from newsroom.guidelines import evaluation as E

    rss0 = E._rss_mb()
    t = time.perf_counter()
    model = E._load(None)
    load_s = time.perf_counter() - t
    rss_model = E._rss_mb()
    devs, _ = E.dev_sets(a.data)
    for name in sorted(D.NEUTRAL):
        devs.pop(name, None)
    texts = [e["text"] for rows in devs.values() for e in rows]
    for i in range(0, len(texts), 256):  # the card scores every dev row before it measures speed
        model.score([{"text": x} for x in texts[i:i + 256]])
    texts = [t["text"] for t in E._hash_order([{"text": t} for t in texts])][:6000]
    speed = E.measure_speed(model, texts, E._Peers(), fresh=E._load(None))
    speed["mean_chars"] = round(float(np.mean([len(t) for t in texts])), 1)
    speed["load_average"] = round(os.getloadavg()[0], 2)
    out = {"tree": os.path.abspath(a.tree), "speed": speed, "load_seconds": round(load_s, 3),
           "rss_mb_before_load": round(rss0, 1), "rss_mb_after_load": round(rss_model, 1)}
    print(json.dumps(out))
    if a.write:
        path = os.path.join(ROOT, "docs", "scorer-figures.json")
        with open(path, encoding="utf-8") as f:
            figs = json.load(f)
        figs["speed"] = speed
        figs["artifacts"].update(load_seconds=out["load_seconds"], rss_mb_after_load=out["rss_mb_after_load"],
                                 rss_mb_before_load=out["rss_mb_before_load"])
        with open(path, "w", encoding="utf-8") as f:
            json.dump(figs, f, indent=1, ensure_ascii=False)
        from newsroom.guidelines.card import rerender
        rerender()
        print(f"wrote {path} and docs/scorer.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
