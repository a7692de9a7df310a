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
