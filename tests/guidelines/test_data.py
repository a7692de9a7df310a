"""Dataset loading and label mapping: every dataset loads, labels are known heads, splits are fixed."""
from collections import Counter

from newsroom.guidelines import data as D


def test_every_dataset_loads_with_known_heads(examples):
    names = Counter(e["dataset"] for e in examples)
    assert set(names) == set(D.DATASETS)
    for e in examples:
        assert e["text"].strip()
        assert set(e["labels"]) <= set(D.HEADS)
        assert all(v in (0, 1) for v in e["labels"].values())


def test_splits_are_a_function_of_the_text(examples):
    c = Counter(e["split"] for e in examples)
    assert 0.65 < c["train"] / len(examples) < 0.75
    assert 0.15 < c["dev"] / len(examples) < 0.25
    for e in examples[:2000]:
        assert D.split_of(e["text"]) == e["split"]


def test_open_only_leaves_out_unclear_licences(data_dir):
    names = ["davidson", "olid", "youtube_spam", "offenseval_tr"]
    open_names = {e["dataset"] for e in D.load_all(data_dir, open_only=True, names=names)}
    assert open_names == {"davidson", "youtube_spam"}
    assert {n for n, m in D.DATASETS.items() if not m[3]} >= {"olid", "offenseval_tr", "c3"}


def test_turkish_only_teaches_violation(examples):
    # the Turkish comment sets label nothing finer; the everyday sentences are clean for every clause
    tr = [e for e in examples if e["language"] == "tr" and e["dataset"] not in D.NEUTRAL]
    assert tr and all(set(e["labels"]) == {"violation"} for e in tr)


def test_everyday_sentences_are_clean_rows_that_calibrate_nothing(examples):
    from newsroom.guidelines.training import NOT_CALIBRATION
    neutral = [e for e in examples if e["dataset"] in D.NEUTRAL]
    assert {e["language"] for e in neutral} == {"ar", "fa", "tr"}
    assert all(e["labels"] == D.CLEAN for e in neutral)
    assert {e["split"] for e in neutral} == {"train", "calib", "dev"}
    assert D.NEUTRAL <= NOT_CALIBRATION


def test_langid_kurdish_split_by_source_document(data_dir, examples):
    rows = D.langid_examples(data_dir, labelled=examples, per_lang=500)
    langs = Counter(r[1] for r in rows)
    assert {"en", "ckb", "kmr", "ar", "tr", "fa", "other"} <= set(langs)
