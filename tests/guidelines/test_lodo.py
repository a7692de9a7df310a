"""Leave-one-dataset-out: each held-out dataset is scored by a recipe and a naive baseline trained
on the other datasets of its language only."""
from newsroom.guidelines.lodo import lodo_figures, summary


def test_lodo_trains_on_the_others_and_measures_both(model, data_dir):
    figs = lodo_figures(data_dir, model.feat, langs=("en",), names=["ethos", "mlma_en"], log=print)
    assert set(figs["en"]) == {"ethos", "mlma_en"}
    for held, cell in figs["en"].items():
        assert held not in cell["trained_on"] and cell["trained_on"]
        for system in ("ours", "head_only", "naive"):
            m = cell[system]
            assert m["n"] > 100 and 0 <= m["macro_f1"] <= 1 and 0 <= m["auc"] <= 1
    # summary() lists exactly the cells where the baseline is ahead
    for lang, name, metric, ours, naive in summary(figs):
        assert naive > ours and figs[lang][name]["naive"][metric] == naive
