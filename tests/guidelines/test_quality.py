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
