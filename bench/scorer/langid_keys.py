"""How many labelled Arabic and Persian comments the language identifier gets right with and without
Persian's own keys as a cue (model.PERSIAN_KEYS_BELOW: a comment read as Arabic with little confidence,
typed with ک or ی and none of ك ي ة ى, is Persian), whole and cut to their first four and two words.

    .venv/bin/python bench/scorer/langid_keys.py [--data ../shared/data] [--below 0.6 0.8 0.9]

Every labelled comment of the two languages, training rows included (the identifier was trained on
some of them, so the absolute accuracies flatter it; the difference the cue makes is the figure).
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--below", type=float, nargs="*", default=None, help="thresholds to try")
    a = p.parse_args(argv)
    sys.path.insert(0, ROOT)
    from newsroom.guidelines import data as D
    from newsroom.guidelines import load_scorer
    from newsroom.guidelines import model as M

    model = load_scorer().model
    rows = [e for e in D.load_all(a.data) if e["language"] in ("ar", "fa")]
    shipped = M.PERSIAN_KEYS_BELOW
    for below in a.below or [shipped]:
        for cut in (None, 4, 2):
            texts = [e["text"] if cut is None else " ".join(e["text"].split()[:cut]) for e in rows]
            right = {}
            for cue, threshold in (("without", 0.0), ("with", below)):
                M.PERSIAN_KEYS_BELOW = threshold
                ok = {"ar": 0, "fa": 0}
                for i in range(0, len(texts), 5000):
                    langs, _ = model.language(model.feat.transform(texts[i:i + 5000]), texts[i:i + 5000])
                    for e, lg in zip(rows[i:i + 5000], langs, strict=True):
                        ok[e["language"]] += lg == e["language"]
                right[cue] = ok
            M.PERSIAN_KEYS_BELOW = shipped
            n = {lg: sum(e["language"] == lg for e in rows) for lg in ("ar", "fa")}
            print(f"below {below}, {'whole' if cut is None else f'{cut} words'}: "
                  + ", ".join(f"{lg} {right['without'][lg]} -> {right['with'][lg]} of {n[lg]}" for lg in n))


if __name__ == "__main__":
    main()
