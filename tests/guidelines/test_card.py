"""The shipped model reproduces the dev figures recorded with its model card."""
import json
import os

import pytest

from newsroom.guidelines.evaluation import check_figures, dev_sets
from newsroom.guidelines.model import DEFAULT_DIR

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def recorded():
    with open(os.path.join(DEFAULT_DIR, "card_check.json"), encoding="utf-8") as f:
        return json.load(f)


def test_shipped_model_reproduces_card(model, data_dir, examples, recorded):
    assert recorded["model"] == model.name
    devs, _ = dev_sets(data_dir, examples=examples)
    now = check_figures(model, devs)
    assert set(now) == set(recorded["figures"])
    for name, fig in recorded["figures"].items():
        for k in ("auc", "macro_f1", "n", "positives"):
            if fig[k] is None:
                assert now[name][k] is None
            else:
                assert now[name][k] == pytest.approx(fig[k], abs=2e-3), (name, k)


def test_card_mentions_every_dataset_and_peer(recorded):
    with open(os.path.join(ROOT, "docs", "scorer.md"), encoding="utf-8") as f:
        card = f.read()
    for name in recorded["figures"]:
        assert name in card
    assert "alt-profanity-check" in card and "better-profanity" in card


def test_artifacts_are_small():
    total = sum(os.path.getsize(os.path.join(DEFAULT_DIR, f)) for f in os.listdir(DEFAULT_DIR))
    assert total <= 30 * 1024 * 1024


def test_urgent_lane_figures_count_recall_and_false_alarms():
    from newsroom.guidelines.evaluation import urgent_dev_figures

    def res(threat, abuse):
        return {"categories": {"threat": threat, "abuse": abuse}}
    rows = [{"labels": {"violation": 1, "threat": 1}}, {"labels": {"violation": 1, "abuse": 1}},
            {"labels": {"violation": 0}}, {"labels": {"violation": 0}}, {"labels": {"violation": 0}},
            {"labels": {"violation": 1}}]
    out = [res(0.9, None), res(0.1, 0.2), res(0.7, 0.0), res(0.1, 0.1), res(None, None), res(0.9, 0.9)]
    figs = urgent_dev_figures(None, {"olid": (rows, out)})
    # recall over the threat/abuse rows (1 of 2); false alarms over the clean rows only (1 of 3): the
    # violating row without a threat or abuse label counts in neither
    assert figs == {"en": {"recall": 0.5, "n": 2, "false_alarm_rate": 0.3333, "clean": 3}}


def test_promotion_false_alarms_count_clean_rows_scored_as_promotion():
    from newsroom.guidelines.evaluation import promotion_false_alarms

    def res(p):
        return {"categories": {"promotion": p}}
    rows = [{"labels": {"violation": 0}}, {"labels": {"violation": 0}}, {"labels": {"violation": 0}},
            {"labels": {"violation": 1}}]
    figs = promotion_false_alarms({"c3": (rows, [res(0.5), res(0.49), res(None), res(0.9)]),
                                   "mpold": (rows[:1], [res(0.1)])})
    # a clean row at exactly 0.5 is flagged; a violating one counts nowhere, whatever its score
    assert figs == {"ar": {"flagged": 0, "clean": 1}, "en": {"flagged": 1, "clean": 3}}


def test_card_reports_the_broadening_weight_the_manifest_records():
    """The card says how the sets added for Scorer 2.0 were weighed from what the model's manifest
    records (training writes each dataset's weight), not from what data.BROADENING says today;
    manifests written before the field existed were trained at 0.3."""
    from newsroom.guidelines.card import _broadening_weight
    from newsroom.guidelines.data import BROADENING
    man = {"datasets": {n: {"language": "tr" if n in ("hatc", "tr_incivil") else "ar"} for n in BROADENING}}
    assert _broadening_weight(man) == "0.3"
    for n in BROADENING:
        man["datasets"][n]["weight"] = 0.6 if n in ("hatc", "tr_incivil") else 0.3
    assert _broadening_weight(man) == "0.6 (`hatc`, `tr_incivil`), 0.3 (the others)"
    man["datasets"]["mpold"]["weight"] = man["datasets"]["ar_youtube"]["weight"] = 1.0
    assert _broadening_weight(man) == ("1 (`ar_youtube`, `mpold`), 0.6 (`hatc`, `tr_incivil`), "
                                       "0.3 (the others)")
    for n in BROADENING:
        man["datasets"][n]["weight"] = 1.0
    assert _broadening_weight(man) == "1"


def test_shipped_model_was_trained_with_the_broadening_weights_the_code_declares():
    """data.BROADENING is a training choice with its figures beside it; the shipped heads must be the ones
    trained with it, or the card's figures describe another recipe (change the weights, then retrain)."""
    from newsroom.guidelines.data import BROADENING
    with open(os.path.join(DEFAULT_DIR, "manifest.json"), encoding="utf-8") as f:
        datasets = json.load(f)["datasets"]
    assert {n: datasets[n]["weight"] for n in BROADENING} == BROADENING
    assert all(d.get("weight", 1.0) == 1.0 for n, d in datasets.items() if n not in BROADENING)
