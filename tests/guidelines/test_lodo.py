"""Leave-one-dataset-out: each held-out dataset is scored by a recipe and a naive baseline trained
on the other datasets of its language only."""
import pytest

from newsroom.guidelines.lodo import lodo_figures, promotion_figures, summary


@pytest.mark.parametrize("probe_weight", [0.0, 10.0])
def test_lodo_trains_on_the_others_and_measures_both(model, data_dir, monkeypatch, probe_weight):
    """(With probe rows in the recipe -- training.PROBE_VIOLATION_WEIGHT, not shipped -- they train every
    fold of their languages and are never held out.)"""
    from newsroom.guidelines import training
    monkeypatch.setattr(training, "PROBE_VIOLATION_WEIGHT", probe_weight)
    figs = lodo_figures(data_dir, model.feat, langs=("en",), names=["ethos", "mlma_en"], log=print)
    assert set(figs["en"]) == {"ethos", "mlma_en"}
    for held, cell in figs["en"].items():
        assert held not in cell["trained_on"] and cell["trained_on"]
        assert ("probes" in cell["trained_on"]) is bool(probe_weight)
        for system in ("ours", "head_only", "naive"):
            m = cell[system]
            assert m["n"] > 100 and 0 <= m["macro_f1"] <= 1 and 0 <= m["auc"] <= 1
        # each cell carries the paired bootstrap interval of ours - naive, which brackets the difference
        for m in ("auc", "macro_f1"):
            lo, hi = cell["ours_minus_naive_ci"][m]
            assert lo <= hi
    # summary() lists exactly the cells where the baseline is ahead
    for lang, name, metric, ours, naive in summary(figs):
        assert naive > ours and figs[lang][name]["naive"][metric] == naive


def test_promotion_is_measured_on_a_video_never_seen(model, data_dir):
    """Leave one video out: each of the four YouTube videos is scored by the promotion recipe trained on
    the other three (plus clean negatives) and by the naive baseline trained on the same videos."""
    from newsroom.guidelines.data import youtube_videos
    videos = {v for v, _t, _y in youtube_videos(data_dir)}
    figs = promotion_figures(data_dir, model.feat, log=print, names=["ethos"])
    assert set(figs) == videos and len(videos) == 4
    n_all = sum(1 for _ in youtube_videos(data_dir))
    # each video is tested once (a comment repeated within the collection counts once)
    assert sum(c["ours"]["n"] for c in figs.values()) <= n_all
    for cell in figs.values():
        assert cell["negatives"] > 0 and cell["train_rows"] > 0
        for system in ("ours", "head_only", "rules_only", "naive"):
            m = cell[system]
            assert m["positives"] > 0 and 0 <= m["auc"] <= 1
        # the recipe ranks spam on an unseen video far above chance, and the head does the ranking
        assert cell["ours"]["auc"] > 0.9 and cell["head_only"]["auc"] > cell["rules_only"]["auc"]


def test_a_c_grid_trains_each_c_beside_one_naive_baseline(model, data_dir):
    """How training.VIOLATION_C is chosen: every C of the grid is trained on the same fold and measured
    beside the same naive baseline; the cell's own figures are the first C's, and the summary's means
    and cells behind are those of each C."""
    from newsroom.guidelines.lodo import c_grid_summary
    figs = lodo_figures(data_dir, model.feat, langs=("en",), names=["ethos", "mlma_en"], log=print,
                        cs=[1.0, 8.0])
    for cell in figs["en"].values():
        assert set(cell["by_c"]) == {1.0, 8.0}
        assert cell["ours"] == cell["by_c"][1.0]["ours"]
        assert cell["by_c"][1.0]["head_only"] != cell["by_c"][8.0]["head_only"]  # a different head
    grid = c_grid_summary(figs)["en"]
    for c, f in grid.items():
        cells = figs["en"]
        assert abs(f["auc"] - sum(x["by_c"][c]["ours"]["auc"] for x in cells.values()) / 2) < 1e-4
        behind = {f"{name}:{m}" for name, x in cells.items() for m in ("auc", "macro_f1")
                  if x["naive"][m] > x["by_c"][c]["ours"][m]}
        assert set(f["behind"]) == behind


def test_the_lodo_command_prints_each_cs_means_and_cells_behind(monkeypatch, capsys, data_dir):
    """`python -m newsroom.guidelines lodo --c 2,8 --lang en` asks lodo_figures for that grid and language
    and prints one line per C (the folds themselves are tested above)."""
    from newsroom.guidelines import __main__ as cli
    from newsroom.guidelines import lodo

    asked = {}

    def fake(data, feat, langs, cs, broadening, log, unread_langs):
        asked.update(langs=langs, cs=cs, broadening=broadening)
        m = lambda auc, f1: {"auc": auc, "macro_f1": f1}  # noqa: E731
        return {"en": {"olid": {"naive": m(0.7, 0.6), "by_c": {2.0: {"ours": m(0.8, 0.5)},
                                                                8.0: {"ours": m(0.6, 0.7)}}}}}
    monkeypatch.setattr(lodo, "lodo_figures", fake)
    assert cli.main(["lodo", "--data", data_dir, "--c", "2,8", "--lang", "en"]) == 0
    assert asked == {"langs": ("en",), "cs": [2.0, 8.0], "broadening": {}}
    out = capsys.readouterr().out.splitlines()
    assert out == ["en C 2: mean AUC 0.8000, macro-F1 0.5000; behind the naive baseline in 1: olid:macro_f1",
                   "en C 8: mean AUC 0.6000, macro-F1 0.7000; behind the naive baseline in 1: olid:auc"]


def test_row_weights_given_to_the_folds_replace_the_shipped_ones(model, data_dir):
    """How data.BROADENING's weights are chosen: ``broadening`` reweighs a dataset's rows in the folds
    that train on it, and in no other."""
    base = lodo_figures(data_dir, model.feat, langs=("en",), names=["ethos", "mlma_en"], log=print)
    half = lodo_figures(data_dir, model.feat, langs=("en",), names=["ethos", "mlma_en"], log=print,
                        broadening={"mlma_en": 0.25})
    assert half["en"]["ethos"]["head_only"] != base["en"]["ethos"]["head_only"]  # trained on mlma_en
    assert half["en"]["mlma_en"]["head_only"] == base["en"]["mlma_en"]["head_only"]  # held out
    assert half["en"]["ethos"]["naive"] == base["en"]["ethos"]["naive"]  # the baseline weighs nothing


def test_the_lodo_command_passes_row_weights_and_refuses_bad_ones(monkeypatch, capsys, data_dir):
    from newsroom.guidelines import __main__ as cli
    from newsroom.guidelines import lodo

    asked = {}
    monkeypatch.setattr(lodo, "lodo_figures", lambda *a, **kw: asked.update(kw) or {})
    weights = "mpold=0.3, ar_youtube=1"
    assert cli.main(["lodo", "--data", data_dir, "--lang", "ar", "--broadening", weights]) == 0
    assert asked["broadening"] == {"mpold": 0.3, "ar_youtube": 1.0}
    for bad, says in (("mpld=0.3", "unknown dataset 'mpld'"), ("mpold=x", "must be a number >= 0"),
                      ("mpold=-1", "must be a number >= 0"), ("mpold", "must be a number >= 0")):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["lodo", "--data", data_dir, "--broadening", bad])
        assert exit_.value.code == 2 and says in capsys.readouterr().err


def test_named_group_ratios_tell_the_sets_that_label_a_named_group_offensive(data_dir):
    """How data.BROADENING's full-weight sets were told apart: a training comment of MPOLD (comments under
    news posts) that names a group and nothing hostile is less often offensive than MPOLD's others;
    one of OSACT2022 far more often (the figures in data.BROADENING's comment)."""
    from newsroom.guidelines.data import BROADENING
    from newsroom.guidelines.lodo import named_group_ratios
    r = named_group_ratios(data_dir, "ar", names=["mpold", "osact2022"])
    assert set(r) == {"mpold", "osact2022"} and all(x["n"] > 100 for x in r.values())
    # (0.89 when the choice was made; 0.87 since the thirty-first round's rules: a few more groups found;
    # 0.89 again since the forty-ninth round's slip readings: a group's name typed with a slip is found too;
    # 0.88 with the hundred-and-twentieth's, a word with a vowel left out read as the known word)
    assert r["mpold"]["ratio"] == pytest.approx(0.885, abs=0.01) and r["mpold"]["ratio"] < 1
    # (1.70 when the choice was made; 1.69 with the seventy-sixth round's rules, a group said to lack manners
    # a claim rather than a group named with nothing hostile; 1.70 again with the eightieth's: the ratio is
    # rounded to two places, so it moves by 0.01 as rounds find a claim in a few more comments; 1.68 with the
    # hundred-and-twentieth's, a hashtag's words read apart: OSACT2022's tweets name groups in hashtags)
    assert r["osact2022"]["ratio"] == pytest.approx(1.69, abs=0.015)
    assert BROADENING["mpold"] == 1.0
    assert named_group_ratios(data_dir, "en", names=["mpold"]) == {}  # another language's rows: none


def test_the_naive_baseline_cuts_its_features_the_same_on_every_machine():
    """The most frequent n-grams, ties at the cut broken by the n-gram (alphabetical, as the names come
    sorted), whatever order the machine's sort leaves equal counts in; columns in the n-grams' order."""
    from newsroom.guidelines.lodo import naive_vocabulary
    names = ["a", "b", "c", "d", "e"]
    assert naive_vocabulary(names, [1, 3, 1, 3, 1], limit=3) == {"a": 0, "b": 1, "d": 2}
    assert naive_vocabulary(names, [2, 1, 1, 1, 2], limit=2) == {"a": 0, "e": 1}
    assert naive_vocabulary(names, [1, 1, 1, 1, 1], limit=9) == {n: i for i, n in enumerate(names)}


def test_each_fold_fits_its_violation_stack_as_the_shipped_one_is_fitted():
    """lodo.fold_stack: the head's logit is an offset (a comment the detectors say nothing about keeps the
    head's probability exactly), and a finding's weight is learnt from the fold's rows -- a strong threat
    seen on violating rows pushes up, a news report seen on clean rows pulls down."""
    import numpy as np

    from newsroom.guidelines.lodo import fold_stack
    rng = np.random.default_rng(0)
    heads = rng.uniform(0.2, 0.8, 400)
    found, y = [], []
    for k in range(400):
        if k % 4 == 0:
            found.append({"threat": (2,)}), y.append(1)
        elif k % 4 == 1:
            found.append({"report": (2,)}), y.append(0)
        else:
            found.append({}), y.append(int(heads[k] > 0.5))
    score = fold_stack(heads, found, y, heads[:10], found[:10], y[:10], "en")
    p = score(np.array([0.3, 0.3, 0.3]), [{}, {"threat": (2,)}, {"report": (2,)}])
    assert abs(p[0] - 0.3) < 1e-9
    assert p[1] > 0.5 > 0.3 > p[2]
    assert abs(score(np.array([0.3]), [{"threat": (2,)}])[0] - p[1]) < 1e-12
    # the stack reads the fold's own language's columns only: Arabic rows teach the English columns nothing
    ar = fold_stack(heads, found, y, heads[:10], found[:10], y[:10], "ar")
    assert abs(ar(np.array([0.3]), [{"report": (2,)}])[0] - p[2]) < 1e-9


def test_the_paired_bootstrap_brackets_the_difference_and_is_zero_for_one_system():
    import numpy as np

    from newsroom.guidelines.lodo import _paired_ci
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 300)
    good = np.clip(y * 0.6 + rng.uniform(0, 0.4, 300), 0, 1)  # ranks every row right
    noise = rng.uniform(0, 1, 300)
    assert _paired_ci(y, good, good, reps=50) == {"auc": [0.0, 0.0], "macro_f1": [0.0, 0.0]}
    ci = _paired_ci(y, good, noise, reps=200)
    assert 0 < ci["auc"][0] <= ci["auc"][1] and 0 < ci["macro_f1"][0] <= ci["macro_f1"][1]
    flipped = _paired_ci(y, noise, good, reps=200)
    assert flipped["auc"][1] < 0
