"""The probe comments as training rows of the violation heads (training.probe_examples), a setting tried
and not kept (training.PROBE_VIOLATION_WEIGHT is 0; its comment gives the figures): kept so that the
trial can be repeated. They are train rows only, labelled by violation alone, never a suite case, never a
promotion line; they weigh PROBE_VIOLATION_WEIGHT rows each; no calibration step and no clause head reads
them; and the naive baseline trains on them too, in the dev cells and in every leave-one-dataset-out
fold."""
from newsroom.guidelines import data as D
from newsroom.guidelines import evaluation, lodo, suite, training


def test_probe_rows_are_train_rows_labelled_by_violation_alone(tmp_path):
    case = suite.load("en")[1]["text"]  # a check-half case (odd id)
    (tmp_path / "en_r31.tsv").write_text(
        f"threat\t{case}\nthreat\tWe will find you\n-\tNice report\npromotion\tBuy now at cheap.com\n"
        "# a comment line\nabuse,racism\tX are vermin\n", encoding="utf-8")
    (tmp_path / "ar_r31.tsv").write_text("threat\tسنجدك\n", encoding="utf-8")
    rows = training.probe_examples(("en",), str(tmp_path))
    assert [(e["text"], e["labels"]) for e in rows] == [
        ("We will find you", {"violation": 1}), ("Nice report", {"violation": 0}),
        ("X are vermin", {"violation": 1})]
    assert {(e["language"], e["split"], e["dataset"]) for e in rows} == {("en", "train", training.PROBES)}
    assert [e["language"] for e in training.probe_examples(("en", "ar"), str(tmp_path))].count("ar") == 1


def test_no_suite_case_trains_a_violation_head():
    for lang in training.PROBE_LANGS:
        cases = {c["text"].strip() for c in suite.load(lang)}
        rows = training.probe_examples((lang,))
        assert len(rows) > 1000 and not cases & {e["text"].strip() for e in rows}, lang


def test_a_probe_row_weighs_what_the_setting_says():
    rows = [{"dataset": training.PROBES}, {"dataset": "olid"}, {"dataset": "hatc"}]
    c, w = training.head_fit_args(rows, "violation")
    assert c == training.VIOLATION_C
    assert list(w) == [training.PROBE_VIOLATION_WEIGHT, 1.0, D.BROADENING["hatc"]]


def test_the_shipped_heads_read_the_probes_only_where_the_setting_says(model):
    """At PROBE_VIOLATION_WEIGHT 0 (the shipped setting: tried and not kept) the manifest names no probe
    rows; above it, the rows of each language of PROBE_LANGS. Either way no dataset of the card's table,
    no mixture expert or gate class, and no calibration step reads them."""
    rows = (model.manifest.get("probes") or {}).get("rows") or {}
    if training.PROBE_VIOLATION_WEIGHT:
        assert model.manifest["probes"]["weight"] == training.PROBE_VIOLATION_WEIGHT
        assert rows == {lang: len(training.probe_examples((lang,))) for lang in training.PROBE_LANGS}
    else:
        assert rows == {}
    assert training.PROBES not in model.manifest["datasets"]
    for mixture in model.manifest["mixture"].values():
        assert training.PROBES not in mixture["datasets"]
    assert training.PROBES in training.NOT_CALIBRATION


def test_the_naive_baseline_trains_on_the_same_rows(monkeypatch):
    seen = {}

    def fake(texts, y):
        seen.setdefault("texts", []).extend(texts)
        return None, None

    monkeypatch.setattr(lodo, "naive_baseline", fake)
    real = [{"text": "a real comment", "language": "en", "split": "train", "dataset": "olid",
             "labels": {"violation": 0}}]
    evaluation._naive_baseline(real, print, trained_on={"olid"}, probe_langs=("en",))
    assert len(seen["texts"]) == 1 + len(training.probe_examples(("en",)))
    seen.clear()
    evaluation._naive_baseline(real, print, trained_on={"olid"})
    assert seen["texts"] == ["a real comment"]
