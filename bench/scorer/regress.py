"""The scorer's outputs on a fixed corpus, saved once and compared after every speed change.

    .venv/bin/python bench/scorer/regress.py save  /tmp/scorer-ref.json   # with the tree before
    .venv/bin/python bench/scorer/regress.py check /tmp/scorer-ref.json   # with the tree after

The corpus (about 3,700 texts, fixed by the shipped data): dev-split rows of the labelled datasets,
500 per language for en/ar/tr/fa, and 250 each of the Kurdish (ckb, kmr) dev sentences of the
language-identification text (hash order, so the same rows every time), the naughty strings, and the
even-numbered ("tune") cases of our functional suite -- never the odd-numbered ("check") ones, never
an official test split. Every fourth text carries an article (one of five long dev texts), so
relatedness and the article cache are exercised.

Each text is scored three ways: in batches of 256, one at a time (the scoring API's path), and one
at a time without evidence (``evidence=False``). The check wants every result equal to the saved
one: the same keys, the same strings, lists and flags, numbers within 1e-9. It exits 1 and prints
the first differences otherwise.
"""
import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import zlib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

PER_LANG = {"en": 500, "ar": 500, "tr": 500, "fa": 500, "ckb": 250, "kmr": 250}


def _crc(t):
    return zlib.crc32(t.encode("utf-8"))


def corpus(data_dir):
    from newsroom.guidelines import data as D
    from newsroom.guidelines import suite as S
    rows = [e for e in D.load_all(data_dir) if e["split"] == "dev"]
    # Kurdish has no labelled set: its dev sentences come from the language-identification text
    rows += [{"text": t, "language": lang} for t, lang, split in D.langid_examples(data_dir, labelled=[])
             if split == "dev" and lang in ("ckb", "kmr")]
    rows.sort(key=lambda e: (_crc(e["text"]), e["text"]))
    texts, seen = [], set()
    for lang, n in PER_LANG.items():
        picked = [e["text"] for e in rows if e["language"] == lang and e["text"] not in seen][:n]
        seen.update(picked)
        texts.extend(picked)
    blns = os.path.join(data_dir, "naughty-strings", "blns.json")
    if os.path.exists(blns):
        with open(blns, encoding="utf-8") as f:
            texts.extend(t for t in json.load(f) if isinstance(t, str))
    for lang in S.LANGS:
        texts.extend(c["text"] for c in S.load(lang) if S.half(c) == "tune")
    # articles: five long English dev texts of the comments' own sets (not among the comments)
    longs = sorted((e["text"] for e in rows if e["language"] == "en" and e["text"] not in seen
                    and len(e["text"]) > 400), key=lambda t: (_crc(t), t))[:5]
    items = []
    for i, t in enumerate(texts):
        item = {"text": t}
        if i % 4 == 3 and longs:
            item["article"] = longs[(i // 4) % len(longs)]
        items.append(item)
    return items


def score_all(items, model=None):
    if model is None:
        from newsroom.guidelines.model import LinearModel
        model = LinearModel()
    batch = []
    for i in range(0, len(items), 256):
        batch.extend(model.score([dict(x) for x in items[i:i + 256]]))
    single = [model.score([dict(x)])[0] for x in items]
    bare = [model.score([dict(x)], evidence=False)[0] for x in items]
    return {"batch": batch, "single": single, "no_evidence": bare}


def diff(a, b, path=""):
    """The differences between two JSON values (numbers within 1e-9)."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None or isinstance(a, str):
        return [] if a == b and type(a) is type(b) else [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return [] if abs(a - b) <= 1e-9 else [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return [f"{path}: keys {list(a)} != {list(b)}"]
        return [d for k in a for d in diff(a[k], b[k], f"{path}.{k}")]
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return [f"{path}: length {len(a)} != {len(b)}: {a!r} != {b!r}"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in diff(x, y, f"{path}[{i}]")]
    return [f"{path}: {a!r} != {b!r}"]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=("save", "check"))
    p.add_argument("path")
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    a = p.parse_args(argv)
    items = corpus(a.data)
    t = time.perf_counter()
    out = score_all(items)
    took = time.perf_counter() - t
    # through JSON and back, so both sides compare what a client would read
    out = json.loads(json.dumps(out, ensure_ascii=False))
    if a.mode == "save":
        with open(a.path, "w", encoding="utf-8") as f:
            json.dump({"items": items, "results": out}, f, ensure_ascii=False)
        print(f"saved {len(items)} texts x 3 paths to {a.path} ({took:.1f} s)")
        return 0
    with open(a.path, encoding="utf-8") as f:
        ref = json.load(f)
    if ref["items"] != items:
        print("the corpus differs from the saved one (data or corpus code changed)")
        return 1
    bad = 0
    for path_name in ("batch", "single", "no_evidence"):
        for i, (x, y) in enumerate(zip(ref["results"][path_name], out[path_name], strict=True)):
            d = diff(x, y, f"{path_name}[{i}]")
            if d:
                bad += 1
                if bad <= 10:
                    print("\n".join(d[:5]))
    n = len(items) * 3
    print(f"{n - bad} of {n} results identical ({len(items)} texts x batch/single/no-evidence; {took:.1f} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
