"""Command line: python -m newsroom.guidelines {score,train,evaluate}

score     JSON lines {"id", "text", "article"?} on stdin -> one JSON line per input, in order.
          A malformed line stops the command with an error naming its line number (exit 2); the
          lines before it have been answered, nothing is written for it or after it.
train     --data ../shared/data --out DIR [--open-only] [--seed 0]
calibrate --model DIR: re-fit the detectors' side of a trained model (HurtLex filter, ratios, stack)
evaluate  --data ../shared/data [--model DIR] [--out docs/scorer.md]
lodo      --data ../shared/data --c 1,2,4,8,16 [--lang ar] [--broadening mpold=0.3]: leave-one-dataset-out
          at each violation-head C, with data.BROADENING's row weights or those given (how
          training.VIOLATION_C and the weights were chosen); prints each language's mean AUC and
          macro-F1 per C
"""
import argparse
import json
import os
import sys

CONTRACT_KEYS = ("id", "language", "language_confidence", "violation", "categories", "abuse", "evidence",
                 "needs_human", "model", "relatedness")


class BadLine(Exception):
    pass


def _parse(line, n):
    try:
        d = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadLine(f"line {n}: not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(d, dict):
        raise BadLine(f"line {n}: expected a JSON object")
    if "id" not in d or not isinstance(d["id"], (str, int)) or isinstance(d["id"], bool):
        raise BadLine(f'line {n}: "id" (a string) is required')
    if not isinstance(d.get("text"), str):
        raise BadLine(f'line {n}: "text" (a string) is required')
    if d.get("article") is not None and not isinstance(d["article"], str):
        raise BadLine(f'line {n}: "article" must be a string when given')
    return d


def cmd_score(args):
    from . import load_scorer
    scorer = load_scorer(args.backend) if args.backend else load_scorer()
    out = sys.stdout
    batch, ids = [], []

    def flush():
        if not batch:
            return
        for i, r in zip(ids, scorer.score(batch), strict=False):
            row = {"id": i}
            row.update({k: r.get(k) for k in CONTRACT_KEYS[1:]})
            if "error" in r:
                row["error"] = r["error"]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
        batch.clear()
        ids.clear()

    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            d = _parse(line, n)
        except BadLine as e:
            flush()  # answer everything before the bad line, then stop
            print(f"error: {e}", file=sys.stderr)
            return 2
        batch.append({"text": d["text"], "article": d.get("article")})
        ids.append(d["id"])
        if len(batch) >= args.batch_size:
            flush()
    flush()
    return 0


def cmd_train(args):
    from .training import train
    m = train(args.data, args.out, open_only=args.open_only, seed=args.seed)
    print(json.dumps({"out": args.out, "heads": m["heads"], "seconds": m["train_seconds"]}))
    return 0


def cmd_calibrate(args):
    from .training import calibrate_harm
    calibrate_harm(args.model, args.data, open_only=args.open_only)
    return 0


def cmd_candidates(args):
    from . import data as D
    from .harm import HarmDetector
    from .model import DEFAULT_DIR, _harm_extra
    from .normalise import normalise_text
    from .training import TRAIN_BROADENING, unread_candidates, vocative_candidates
    names = [n for n in D.DATASETS if n not in D.BROADENING or TRAIN_BROADENING]
    examples = [e for e in D.load_all(args.data, names=names) if e["language"] == args.lang]
    for e in examples:
        e["norm"] = normalise_text(e["text"])
    det = HarmDetector(_harm_extra(DEFAULT_DIR))  # what the shipped model reads already is no candidate
    rows = (vocative_candidates(examples, args.lang, det) if args.vocative
            else unread_candidates(examples, args.lang, det))
    for word, violating, clean, ratio in rows:
        print(f"{word}\t{violating}\t{clean}\t{ratio}")
    return 0


def cmd_evaluate(args):
    from .evaluation import write_card
    write_card(args.data, model_dir=args.model, out=args.out, quick=args.quick)
    return 0


def _row_weights(spec):
    """--broadening "mpold=0.3,ar_youtube=0.3" -> {"mpold": 0.3, "ar_youtube": 0.3}; a name that is not a
    dataset, or a weight that is not a number >= 0, is refused (a typo would silently change nothing)."""
    from .data import DATASETS
    out = {}
    for item in filter(None, (x.strip() for x in spec.split(","))):
        name, _, weight = item.partition("=")
        if name not in DATASETS:
            known = ", ".join(sorted(DATASETS))
            raise argparse.ArgumentTypeError(f"unknown dataset {name!r}; known: {known}")
        try:
            out[name] = float(weight)
        except ValueError:
            out[name] = float("nan")
        if not out[name] >= 0:  # NaN fails too
            raise argparse.ArgumentTypeError(f"{item!r}: the weight must be a number >= 0, as in {name}=0.3")
    return out


def cmd_lodo(args):
    from . import load_scorer
    from .lodo import c_grid_summary, lodo_figures
    cs = [float(c) for c in args.c.split(",")]
    langs = tuple(args.lang.split(",")) if args.lang else ("en", "ar", "tr", "fa")
    model = load_scorer(model_dir=args.model).model
    figs = lodo_figures(args.data, model.feat, langs=langs, cs=cs, broadening=args.broadening,
                        log=lambda m: print(m, file=sys.stderr), unread_langs=model.unread_langs)
    for lang, by_c in c_grid_summary(figs).items():
        for c, f in by_c.items():
            print(f"{lang} C {c:g}: mean AUC {f['auc']:.4f}, macro-F1 {f['macro_f1']:.4f}; "
                  f"behind the naive baseline in {len(f['behind'])}: {', '.join(f['behind']) or '-'}")
    return 0


def cmd_retrain(args):
    # The newsroom's decisions live in its database, so this one subcommand sets Django up (lazily:
    # the rest of the package never imports Django) and runs newsroom.scoring's retrain_scorer.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    import django
    from django.core.management import call_command
    from django.core.management.base import CommandError

    django.setup()
    try:
        call_command("retrain_scorer", by=args.by, min_holdout=args.min_holdout)
    except CommandError as exc:
        print(f"retrain: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    default_data = os.path.normpath(os.path.join(root, "..", "shared", "data"))
    p = argparse.ArgumentParser(prog="python -m newsroom.guidelines")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score", help="score JSON lines from stdin")
    s.add_argument("--backend", default=None, help="dotted path of a scorer backend")
    s.add_argument("--batch-size", type=int, default=256)
    t = sub.add_parser("train", help="train the model")
    t.add_argument("--data", default=default_data)
    t.add_argument("--out", required=True)
    t.add_argument("--open-only", action="store_true", help="leave out datasets whose licence is not open")
    t.add_argument("--seed", type=int, default=0)
    c = sub.add_parser("calibrate", help="re-fit the detectors' side (HurtLex filter, ratios, stack) of a "
                                         "trained model, without retraining its heads")
    c.add_argument("--data", default=default_data)
    c.add_argument("--model", default=os.path.join(here, "artifacts"))
    c.add_argument("--open-only", action="store_true")
    v = sub.add_parser("candidates", help="candidates for harm_lexicon/mined_<lang>.tsv: words of the train "
                                          "split's violating comments the detectors do not read (word, "
                                          "violating, clean, likelihood ratio)")
    v.add_argument("--data", default=default_data)
    v.add_argument("--lang", required=True, choices=("en", "ar", "tr", "fa"))
    v.add_argument("--vocative", action="store_true", help="(ar) the words after the vocative يا instead")
    e = sub.add_parser("evaluate", help="measure the model and write the model card")
    e.add_argument("--data", default=default_data)
    e.add_argument("--model", default=None)
    e.add_argument("--out", default=os.path.join(root, "docs", "scorer.md"))
    e.add_argument("--quick", action="store_true", help="smaller samples (for a quick look)")
    g = sub.add_parser("lodo", help="leave-one-dataset-out figures at several violation-head C")
    g.add_argument("--data", default=default_data)
    g.add_argument("--model", default=None)
    g.add_argument("--c", default="1,2,4,8,16", help="comma-separated inverse L2 strengths")
    g.add_argument("--lang", default="", help="comma-separated languages (default: en, ar, tr, fa)")
    g.add_argument("--broadening", default={}, type=_row_weights,
                   help="row weights replacing data.BROADENING's for this run, e.g. mpold=0.3,ar_youtube=0.3")
    r = sub.add_parser("retrain", help="train a candidate on the shipped data plus the newsroom's decisions; "
                                       "activate it only if better on recent ones (newsroom.scoring)")
    r.add_argument("--from-decisions", action="store_true", required=True)
    r.add_argument("--by", default="", help="username recorded in the audit trail")
    r.add_argument("--min-holdout", type=int, default=20)
    args = p.parse_args(argv)
    return {"score": cmd_score, "train": cmd_train, "evaluate": cmd_evaluate, "calibrate": cmd_calibrate,
            "lodo": cmd_lodo, "retrain": cmd_retrain, "candidates": cmd_candidates}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
