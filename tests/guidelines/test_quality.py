"""A fast quality check of the training code: train on a small fixed subset, AUC above a floor on a
fixed held-out subset. Also checks that extra (moderator) examples are taken in."""
import pytest

from newsroom.guidelines import data as D
from newsroom.guidelines.evaluation import evaluate_examples
from newsroom.guidelines.training import train


@pytest.fixture(scope="module")
def small_model(tmp_path_factory, data_dir):
    out = tmp_path_factory.mktemp("model")
    extra = [{"text": "you utter gobshite", "language": "en",
              "labels": {"personal_attack": 1, "violation": 1}},
             {"text": "thank you for this report", "language": "en", "labels": {"personal_attack": 0}}]
    m = train(data_dir, str(out), datasets=["davidson", "offenseval_tr"], max_per_dataset=3000,
              langid_per_lang=800, extra_examples=extra, calibrate_relatedness=False, log=print)
    return str(out), m


def test_manifest(small_model):
    _, m = small_model
    assert m["extra_examples"] == 2
    assert "violation" in m["heads"]["en"] and "violation" in m["heads"]["tr"]
    assert set(m["datasets"]) == {"davidson", "offenseval_tr"}
    # each dataset's row weight in the heads is recorded (the card reports it from here)
    assert {n: d["weight"] for n, d in m["datasets"].items()} == {"davidson": 1.0, "offenseval_tr": 1.0}


def test_auc_above_floor_on_heldout(small_model, data_dir):
    out, _ = small_model
    for name, floor in (("davidson", 0.85), ("offenseval_tr", 0.72)):
        dev = [e for e in D.load_dataset(data_dir, name) if e["split"] == "dev"][:800]
        m = evaluate_examples(out, dev)
        assert m["heads"]["violation"]["auc"] >= floor, (name, m["heads"]["violation"])
        assert m["heads"]["violation"]["coverage"] > 0.9


def test_decision_point_is_idempotent(small_model, data_dir, tmp_path):
    """Re-running the decision point (as `calibrate` does) replaces the shift instead of adding to it:
    a second run on the same heads and rows leaves the manifest's thresholds exactly where they are
    (each `calibrate` had moved the shipped intercepts by about 3e-5, the recorded shift's rounding)."""
    import json
    import shutil

    from newsroom.guidelines.training import decision_point
    out, _ = small_model
    copy = tmp_path / "model"
    shutil.copytree(out, copy)
    examples = [e for name in ("davidson", "offenseval_tr") for e in D.load_dataset(data_dir, name)[:3000]]

    def state():
        m = json.loads((copy / "manifest.json").read_text())
        return m["decision_shift"], {lang: m["platt"][lang][m["heads"][lang].index("violation")][1]
                                     for lang in ("en", "tr")}
    decision_point(str(copy), examples, log=print)
    shifts, intercepts = state()
    decision_point(str(copy), examples, log=print)
    shifts2, intercepts2 = state()
    assert shifts2 == shifts
    assert intercepts2 == intercepts  # exactly: the shift is applied as it is recorded, rounded


def test_decision_point_takes_the_strictest_of_near_tied_thresholds():
    """On a flat F1 curve the decision point is the highest threshold within F1_TOLERANCE of the best
    (training.F1_TOLERANCE says why); a clearly better threshold still wins, and without the tolerance
    the best one is taken."""
    import numpy as np

    from newsroom.guidelines.training import F1_TOLERANCE, _f1_shift

    def threshold(logits, y, ds, **kw):
        return 1 / (1 + np.exp(-_f1_shift(np.asarray(logits), np.asarray(y), np.asarray(ds), **kw)))

    # two datasets whose classes separate between p 0.28 and 0.72: every threshold there ties
    p = np.array([0.1, 0.2, 0.28, 0.72, 0.8, 0.9] * 2)
    y = np.array([0, 0, 0, 1, 1, 1] * 2)
    ds = np.array(["a"] * 6 + ["b"] * 6)
    assert threshold(np.log(p / (1 - p)), y, ds) == pytest.approx(0.70)
    # a near tie: up to 0.50 every row is right, above it one positive of 500 (at 0.51) is missed, which
    # costs about 0.001 of macro-F1: within the tolerance the stricter threshold is taken, without it not
    p = np.array([0.2] * 500 + [0.51] + [0.8] * 499)
    y = np.array([0] * 500 + [1] * 500)
    ds = np.array(["a"] * 1000)
    z = np.log(p / (1 - p))
    assert threshold(z, y, ds) == pytest.approx(0.75)
    assert threshold(z, y, ds, tolerance=0.0) == pytest.approx(0.50)
    # a threshold clearly better than the rest is kept despite the tolerance: a quarter of the
    # positives at 0.46
    p = np.array([0.2] * 500 + [0.46] * 125 + [0.8] * 375)
    assert threshold(np.log(p / (1 - p)), y, ds) == pytest.approx(0.45)
    assert 0 < F1_TOLERANCE < 0.01
