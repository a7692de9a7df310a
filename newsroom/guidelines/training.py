"""Training: language identification, per-language clause heads, promotion rules, relatedness.

``train(data_dir, out_dir, open_only=False, extra_examples=None, seed=0) -> manifest`` writes
``weights.npz`` and ``manifest.json`` into ``out_dir``. Everything is deterministic: the splits come
from text hashes (see data.py), the learners get ``random_state=seed`` and run on one core.

Heads are linear models on hashed char+word n-grams (features.py), trained per language on the train
split, then Platt-scaled on the calibration split so that 0.5 is a meaningful decision point. A head
is trained only where the data has at least MIN_POSITIVES positive and negative examples for it; the
others stay null for that language (never a guess borrowed from another language).
"""
import json
import os
import time
import zlib
from collections import Counter, defaultdict

import numpy as np
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

from . import data as D
from . import weights as weight_file
from .detectors import rule_features
from .features import N_FEATURES, Featurizer, fit_idf
from .normalise import normalise_base, normalise_text

VERSION = "1.0"
MODEL_NAME = "newsroom-linear"
MIN_POSITIVES = 40
# Heads whose positives are under 10% of the calibration split (threat, the abuse kinds, Arabic
# vulgarity) are Platt-scaled on the split's own prior: with an even prior every abusive comment
# would pass 0.5 for xenophobia or sexism too.
RARE = 0.10
LANGS = ("en", "ckb", "kmr", "ar", "tr", "fa", "other")
SCORED_LANGS = ("en", "ar", "tr", "fa")
# Languages whose violation head may become a per-dataset mixture (kept only where it wins on the
# calibration split; see _violation_mixture). Since the heads are stored as int8 codes (weights.py) every
# scored language fits the 30 MB budget; a full retrain with all four mixing (2026-12-02, 29 minutes,
# artifacts 24.1 MB) decided by our suite:
# - Turkish (HATC and the incivil tweets had come since the first mixtures): calibration-CV
#   1.797 -> 1.824; offenseval_tr routed to the pooled head (training.route_experts); suite unchanged in
#   every language. Kept.
# - Arabic: calibration-CV 1.650 -> 1.691, but our suite's check half fell 118 -> 113 of 168 and the tune
#   half 162 -> 159: news reports of violence were flagged (0.50 of the functionality), the mixture's F1
#   decision point sat at 0.0 in logit where the pooled head's is +0.2. Not kept then; kept since the
#   decision point takes the stricter of near-tied thresholds (F1_TOLERANCE): +0.2, check half 118 (as
#   before), tune half 162 -> 160. The shipped Arabic mixture was fitted on the shipped pooled head
#   (2026-12-02, the same _violation_mixture; calibration-CV 1.650 -> 1.691 again), every expert kept by
#   route_experts.
# The shipped en and fa mixtures are those of the earlier training; this retrain fitted the English one's
# stack with `dataset_balanced` weighting (calibration-CV 1.4887) where the shipped one has `dataset_sqrt`
# (1.4912 then, 1.4884 now): a near tie that a full retrain may settle either way.
MIXTURE_LANGS = SCORED_LANGS
# Inverse L2 strength by head size (C=4 beat 1 and 16 on OLID and OffensEval-TR splits in a first run)
C_BY_SIZE = ((5000, 4.0), (0, 2.0))
# The pooled violation heads' C, chosen by generalisation (issue 9, part 1) and by our suite, not by the
# dev splits. The leave-one-dataset-out recipe (lodo.py; `python -m newsroom.guidelines lodo --c ...`) at C
# 1, 2, 4, 8 and 16, every held-out set of every language, 2026-12-01: mean AUC / macro-F1 over the held-out
# sets at C 4 -> 8: en 0.7195/0.5286 -> 0.7206/0.5345, ar 0.8282/0.6853 -> 0.8300/0.6952, tr 0.8853/0.8185
# -> 0.8859/0.8186, fa 0.8372/0.7665 -> 0.8404/0.7676; cells behind the naive baseline 8 -> 7 (ar/l_hsab AUC
# passes it); C 16 best in fa alone, C 1 and 2 lower everywhere. Two full retrains, C 4 and C 8, the same
# code otherwise: at C 8 our suite fell in Arabic (check half 117 -> 113, tune half 162 -> 160 of 168; news
# reports and positive identity statements under 70%: the F1 decision point moved from +0.30 to 0.00 in
# logit, so more of them were flagged), one tune case in English and one in Turkish; Persian unchanged; the
# dev cells moved both ways by up to 0.023 (MLMA-ar F1 0.694 -> 0.671, OSACT2022 F1 0.766 -> 0.781). The gain
# on unseen datasets was a few thousandths of AUC, the loss on the outlet's own cases larger: C 4 kept.
# Only the violation heads were measured: the clause heads have no leave-one-dataset-out measure (most
# clauses are labelled by one dataset per language), and the mixtures' experts keep their cross-validated
# C (EXPERT_C_GRID).
VIOLATION_C = 4.0


# Violation mixture (see _violation_mixture): a dataset gets its own expert head only with at least
# this many training rows (smaller ones, e.g. ETHOS, are served by the pooled head); the experts' C is
# chosen by 3-fold cross-validation on the train split from this grid.
MIXTURE_MIN_ROWS = 2000
EXPERT_C_GRID = (0.25, 1.0, 4.0, 16.0)
# A fixed C instead of the 3-fold search over EXPERT_C_GRID (faster training); None = the search.
EXPERT_C = None
# the gate's class weighting is chosen with the stack's: "balanced" keeps a small set (ETHOS) from
# being routed to the big sets' experts just because they are big
GATE_CLASS_WEIGHTS = (None, "balanced")
# The gate's solver runs to a tight tolerance so that the model does not depend on the machine it is trained
# on. At lbfgs's default (1e-4) the English gate stopped after 133 iterations wherever the gradient was
# small enough, and where that was depended on the floating-point rounding of the CPU's BLAS kernels: the
# same code and data trained here (AVX-512 kernels) and with OPENBLAS_CORETYPE=Haswell gave gates differing
# by up to 0.40 in a coefficient (per-dataset correlation 0.9996), enough to change which stack weighting
# won (dataset_sqrt here, dataset_balanced as Haswell) and to move the group grid's English idiom contrasts
# by five of 80 between the shipped model and a retrain of unchanged code. At 1e-7 (254 iterations, 79 s
# against 42 s for the English gate) the two differ by at most 0.011 (correlation 0.9999997).
GATE_TOL = 1e-7
GATE_MAX_ITER = 5000
STACK_WEIGHTINGS = ("balanced", "dataset_balanced", "dataset_sqrt", "dataset_equal")


def _hash_ordered(rows):
    """Rows in the fixed order of their text's hash (the same on every machine and run)."""
    return sorted(rows, key=lambda e: zlib.crc32(e["text"].encode("utf-8")))


def _c_for(n):
    for lim, c in C_BY_SIZE:
        if n >= lim:
            return c
    return 1.0


def _platt(scores, y, balanced=True):
    """Fit p = 1 / (1 + exp(-(a*s + b))) on held-out decision scores.

    balanced: the two classes are weighted equally, so p is calibrated for an even prior. The
    training sets' priors are artefacts of how they were sampled (Davidson and MLMA are 75-90%
    offensive, YouTube spam 50%); a news site's are not known, and pre-moderation prefers a
    false alarm to a miss. docs/scorer.md reports ECE on the dev splits as they are."""
    if len(set(y)) < 2:
        return 1.0, 0.0
    lr = LogisticRegression(C=1e4, solver="lbfgs", class_weight="balanced" if balanced else None)
    lr.fit(np.asarray(scores).reshape(-1, 1), np.asarray(y))
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _cv_c(X, y, seed, grid=EXPERT_C_GRID, folds=3):
    """Inverse L2 strength with the best cross-validated AUC on (X, y) (train split only)."""
    skf = StratifiedKFold(folds, shuffle=True, random_state=seed)
    best = None
    for c in grid:
        oof = np.zeros(len(y))
        for a, b in skf.split(np.zeros(len(y)), y):
            m = _fit_head(X[a], y[a], c, None, seed, nb=NB_VIOLATION)
            oof[b] = m.decision_function(X[b])
        auc = roc_auc_score(y, oof)
        if best is None or auc > best[1]:
            best = (c, auc)
    return best


# NB scaling of the violation heads ranked better in a first comparison (dev AUC: OLID 0.811 -> 0.830,
# OffensEval-TR 0.866 -> 0.880, char n-grams), but a full retrain with it (2026-11-30, 62 minutes)
# ranked worse once the detectors and the stack were on: mean AUC 0.790 against 0.801 on calibration
# rows the stack was not fitted on, and no better on the check half (up in en, tr; down in ar, fa).
# A second retrain (a later session, 11 minutes), judged by generalisation as issue 9 asks: fewer
# leave-one-dataset-out cells behind the naive baseline (5 instead of 8), but the suite's check half
# fell (en 141 -> 139, ar 110 -> 107 of 168) and the tune half in every language. Still off.
NB_VIOLATION = False
# The sets in data.BROADENING (HATC, Turkish incivil tweets, the Arabic taxonomy sets) train the heads,
# each row weighted 0.3, MPOLD's and the Arabic YouTube comments 1.0 (issue 9, part 4; 0.6-1.0 measured
# again on 2026-12-01 by the leave-one-dataset-out cells and our suite: see data.py). Every set at full
# weight (a retrain, 2026-11-30): their own dev cells rose to the naive baseline's, but the original
# sets' fell (dev AUC/F1 OffensEval-TR 0.860/0.758 -> 0.853/0.752, Al Jazeera AUC 0.800 -> 0.793, MLMA-ar
# F1 0.700 -> 0.667), Arabic everyday sentences flagged 0.041 -> 0.068, Arabic suite tune half 159 -> 154
# of 168: 0.3 kept. They count fully in the decision point: weighting them 0.3 there too moved no
# Turkish threshold and lowered the Arabic one by 0.4 in logit: more false alarms on civil prose (Arabic
# suite, of 168 cases each: tune half 159 -> 156, check half 108 -> 102), so it was not kept. Until
# 2026-11-30 they were only measured, as unseen sources (a retrain had not fitted the machine time);
# their leave-one-dataset-out cells still measure that.
TRAIN_BROADENING = True
# The probe comments (tests/guidelines/probes: 7,600 lines written for this outlet from its guidelines,
# threats, identity abuse and their friendly or news-like contrasts) can also train the violation heads of
# PROBE_LANGS, each line weighing PROBE_VIOLATION_WEIGHT dataset rows (probe_examples; 0: they do not).
# Tried 2026-12-02 and not kept. Full retrains, the same rules, our suite's check half never trained on:
# with the probes of all four languages, English check 148 -> 151 of 168 at weight 3 and at 10, Arabic
# 116 -> 118 at 3 and 120 at 10, Turkish 131 and Persian 119 unchanged while their dev cells fell
# (OffensEval-TR AUC 0.870 -> 0.857 at 3, 0.847 at 10). English and Arabic alone at 10, evaluated in full:
# suite en 0.935 -> 0.944, ar 0.827 -> 0.848 (check en 150, ar 120), and 20 of the 25 friendly Arabic
# lines naming a people (ar_r28c, now training rows) no longer flagged; but every measure on comments
# someone else wrote went flat or down. Leave-one-dataset-out (the naive baseline trained on the same
# rows): mean AUC en 0.720 -> 0.714 (OLID 0.758 -> 0.737), ar 0.833 -> 0.832, cells behind the baseline
# 6 -> 6 (others); dev cells behind it 11 -> 14 (Al Jazeera AUC 0.799 -> 0.794, MLMA-ar, MPOLD F1), ETHOS
# macro-F1 0.650 -> 0.618. A partial run at weight 3 was no better there (OLID 0.720, L-HSAB 0.814). The
# suite and the probes are written by the same hand, so the suite's gain may be a gain on that hand's
# style; the withheld sets (Al Jazeera, OSACT2020) are other people's comments, where it lost.
PROBES = "probes"  # the dataset name the probe rows carry
PROBE_LANGS = ("en", "ar")
PROBE_VIOLATION_WEIGHT = 0.0
# Rows left out of the calibration steps (decision points, expert routing, the detector ratios and the
# stack): moderators' decisions passed as extra examples (they still join their heads' Platt scaling),
# and the everyday sentences (data.NEUTRAL: one class and not comments), which calibrate nothing at all.
NOT_CALIBRATION = frozenset({"extra", PROBES, *D.NEUTRAL})
# The clause stacks also read logit(p(violation)) (model.clause_features says why): suite check half
# ar 0.560 -> 0.571, fa 0.631 -> 0.637, en and tr unchanged. Tried and not kept: a strong-finding weight
# per language in the clause stacks (check half ar +0.018, but en -0.006, tr -0.012, fa -0.006, while
# every tune half rose: it fitted the tune cases, not the languages). Tried 2026-12-02 and not kept either
# (stack refitted on the shipped heads): a fifth weight for a strong finding where the language has no head
# for the clause (all of Turkish's, Arabic threat and personal attack), so that a Turkish insult the rules
# find is not held under 0.5 by p(violation) x share: tune half tr 162 -> 164, check halves tr and ar
# unchanged, en 148 -> 147, fa tune 160 -> 159. And a weak abuse finding wherever an identity group is
# named and no rule found abuse: its weight came out negative (-0.39), naming a group without a finding
# being less abusive in the labelled rows than the heads already say. Tried 2026-12-02 and not kept
# either (the stack refitted alone on the shipped heads and rules): the clause stacks reading the violation
# stack's probability (the head's moved by the strong findings and contrasts) instead of the head's, so that
# a comment pushed over 0.5 by a strong finding carries its clause ("Sunucu yatakta kesin ateş gibidir":
# violation 0.62, vulgarity 0.37). Tune halves ar 162 -> 164, tr 162 -> 166, fa 160 -> 165 of 168, but check
# halves ar 116 -> 115, tr 130 -> 129, fa 120 -> 119 (en unchanged); dev clause AUCs moved both ways (en
# abuse 0.797 -> 0.763, ar racism 0.767 -> 0.914, fa abuse 0.755 -> 0.801); the same dev cells behind the
# naive baseline.
CLAUSE_READS_VIOLATION = True
# Tried and not kept (2026-12-01, same rules, two calibrations): holding that weight at zero or above,
# so that a surer violation never makes its clause less likely. Fitted free it is negative for threat,
# abuse, personal attack and vulgarity (-0.16 to -0.26: the floored base already carries p(violation)).
# Held at zero, dev AUCs rose (threat en 0.866 -> 0.906, ar 0.664 -> 0.724, fa 0.830 -> 0.881; abuse ar
# and fa, vulgarity ar and fa) but English abuse fell 0.797 -> 0.727, and our suite's tune half fell in
# every language (en 166 -> 165, ar 162 -> 161, tr 163 -> 162, fa 162 -> 159 of 168): the suite is the
# yardstick here, not the dev splits, so the free fit stays.
# Except for threat (2026-12-02): with the thirty-first round's rules and written heads its free weight went
# -0.03 -> -0.08 and the threat clause's dev AUC fell (en 0.927 -> 0.888, fa 0.917 -> 0.886 over every
# Persian row labelled for threat), ranking the many comments no rule speaks on by the violation head's
# certainty. Without the column (the threat stack refitted alone, the others as they were): en 0.907, fa
# 0.921, and the suite identical in both halves of every language, threat recall and precision included.
CLAUSES_NOT_READING_VIOLATION = frozenset({"threat"})
# A clause head's probability is floored at p(violation) x the clause's share (model.clause_base).
CLAUSE_BASE_FLOOR = True
# The abuse stack reads logit(p(violation)) with one weight per language. With one weight shared by the
# four, the fit gave it -0.22 (on English and Turkish calibration rows a comment offensive beyond doubt is
# more often profane than identity-based), and the Arabic mixture (2026-12-02), which puts the Levantine
# misogyny set's comments near p(violation) 1, pushed their abuse below 0.5: the urgent lane's recall on
# Arabic dev rows labelled abuse or threat fell 0.205 -> 0.165. Per language (the card, 2026-12-02): Arabic
# +0.24, English -0.47, Turkish -0.11, Persian +0.11; urgent lane recall on dev ar 0.165 -> 0.325, fa 0.238
# -> 0.270, en 0.473 -> 0.423 (false alarms on clean dev rows: ar 0.0183 -> 0.0182, fa 0.0294 -> 0.0283, en
# 0.0389 unchanged); abuse AUC / macro-F1 ar 0.923/0.596 -> 0.936/0.694, fa 0.764/0.511 -> 0.818/0.541, en
# 0.798/0.585 -> 0.760/0.609 (English loses ranking, gains precision); our suite: Turkish check half 130 ->
# 131 of 168 (threat recall 0.875 -> 0.889), the others unchanged. The abuse kinds (sexism, racism...) read
# the abuse stack without its violation column (model._harm): with the English weight at -0.47 they ranked a
# people's abuse below clean comments (xenophobia AUC 0.774 -> 0.291; without the column 0.890). Only the
# abuse stack: with a weight per language in every clause stack (tried the same day), Turkish sexual remarks
# lost their vulgarity (suite vulgarity 0.58 -> 0.50, tr_r40 17 -> 15 of 30; the vulgarity stack's other
# weights moved with its new columns) and English personal attacks moved, for no gain in the urgent lane.
CLAUSES_VIOLATION_BY_LANGUAGE = frozenset({"abuse"})


def _nb_ratio(X, y, w=None):
    """Naive-Bayes log-count ratios of binarised features (Wang & Manning 2012, NBSVM):
    r_j = log((p_j / |p|) / (q_j / |q|)) with add-one smoothing, p over violating rows, q over clean."""
    Xb = (X > 0).astype(np.float32)
    w = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    p = np.asarray(Xb.T @ (w * (y == 1))).ravel() + 1.0
    q = np.asarray(Xb.T @ (w * (y == 0))).ravel() + 1.0
    return np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)


def _fit_head(X, y, c, sample_weight, seed, nb=False):
    """L2 logistic regression, class-balanced; with ``nb`` on NB-scaled features (the scaling is folded
    into the coefficients afterwards, so the head is still one linear model on the same features and
    costs nothing more at scoring time). NB scaling was adopted for the violation heads because it
    ranked better (AUC +0.01 to +0.02) on the OLID and OffensEval-TR splits in a first comparison."""
    clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=seed,
                             max_iter=200)
    if not nb:
        clf.fit(X, y, sample_weight=sample_weight)
        return clf
    r = _nb_ratio(X, y, sample_weight)
    clf.fit(X.multiply(r).tocsr(), y, sample_weight=sample_weight)
    clf.coef_ = clf.coef_ * r
    return clf


# The decision point (_f1_shift) is the highest threshold whose mean per-dataset macro-F1 on the
# calibration split is within this of the best. Why: the F1 curve is flat near its top (Arabic with its
# mixture: 0.7996 at logit 0, 0.7976 at +0.2, 0.7956 at +0.3), the datasets are enriched for offensive
# comments far beyond a newsroom's stream, so among thresholds the data cannot tell apart the stricter one
# suits the outlet better, and a quarter of a point of F1 is well inside the split's sampling noise (500 to
# 4,000 calibration rows a dataset). 2026-12-02, with the Arabic mixture: the best-F1 point (logit 0.0)
# flagged the outlet's news reports (suite check half 118 -> 113 of 168); this rule put it at +0.2 (check
# half 118, as the pooled head's), English at +0.1 (suite unchanged) and Persian at +0.4 (check half 120
# -> 119, tune half 161 -> 162); Turkish stayed at +0.85.
F1_TOLERANCE = 0.0025


def _f1_shift(logits, y, ds, lo=0.25, hi=0.75, tolerance=F1_TOLERANCE):
    """The logit of the threshold in [lo, hi] with the best mean per-dataset macro-F1 on held-out
    (calibration) rows; subtracting it from the intercept makes that threshold the 0.5 point. Of the
    thresholds within ``tolerance`` (F1_TOLERANCE) of the best, the highest is taken: see F1_TOLERANCE."""
    p = 1.0 / (1.0 + np.exp(-np.asarray(logits, dtype=float)))
    scored = []
    for t in np.arange(lo, hi + 1e-9, 0.025):
        f = np.mean([f1_score(y[ds == d], p[ds == d] >= t, average="macro", zero_division=0)
                     for d in sorted(set(ds)) if len(set(y[ds == d])) == 2] or [0.0])
        scored.append((float(f), float(t)))
    best = max(f for f, _ in scored)
    t = max(t for f, t in scored if f >= best - tolerance - 1e-9)
    return float(np.log(t / (1 - t)))


def _stack_weights(y, ds, mode):
    """Sample weights for fitting the stack on the calibration split. balanced: the two classes weigh
    the same (as _platt); dataset_*: within each dataset the classes weigh the same, and each dataset
    weighs its size (dataset_balanced), the square root of its size (dataset_sqrt) or the same as every
    other (dataset_equal), so the big sets' label definitions do not drown the small ones'."""
    w = np.ones(len(y))
    if mode == "balanced":
        for c in (0, 1):
            w[y == c] = len(y) / (2.0 * max(1, (y == c).sum()))
    else:
        for d in set(ds):
            nd = float((ds == d).sum())
            tot = {"dataset_balanced": nd, "dataset_sqrt": np.sqrt(nd), "dataset_equal": 1.0}[mode]
            for c in (0, 1):
                m = (ds == d) & (y == c)
                if m.any():
                    w[m] = tot / (2.0 * m.sum())
    return w / w.mean()


def _stack_cv(F, y, ds, mode, seed, folds=5):
    """5-fold cross-validated (on the calibration split) mean per-dataset AUC + mean per-dataset
    macro-F1 at 0.5 of a stack fitted with weighting ``mode``: how candidates are compared."""
    strat = np.array([f"{d}:{v}" for d, v in zip(ds, y, strict=True)])
    _, cnt = np.unique(strat, return_counts=True)
    if cnt.min() < 2:  # too few calibration rows to compare anything: the plain head stays
        return -1.0, 0.0, 0.0
    folds = min(folds, int(cnt.min()))
    skf = StratifiedKFold(folds, shuffle=True, random_state=seed)
    w = _stack_weights(y, ds, mode)
    oof = np.zeros(len(y))
    for a, b in skf.split(F, strat):
        st = LogisticRegression(C=1.0, max_iter=1000).fit(F[a], y[a], sample_weight=w[a])
        oof[b] = st.decision_function(F[b])
    aucs, f1s = [], []
    for d in sorted(set(ds)):
        m = ds == d
        if len(set(y[m])) == 2:
            aucs.append(roc_auc_score(y[m], oof[m]))
            f1s.append(f1_score(y[m], oof[m] >= 0, average="macro"))
    return float(np.mean(aucs) + np.mean(f1s)), float(np.mean(aucs)), float(np.mean(f1s))


def _violation_mixture(X, examples, tr, ca, pooled, seed, log):
    """Per-dataset experts for a language's violation head, mixed by a dataset gate.

    The datasets of one language define "violation" differently (MLMA: every hostile tweet; OLID:
    offensive; Civil Comments: toxic spans), and one pooled head learns mostly the big sets'
    definitions. Here each dataset with at least MIXTURE_MIN_ROWS training rows gets its own head
    (C by cross-validation on train), a multinomial gate learns from the text which dataset's style a
    comment resembles (train split), and

        p(violation) = sigmoid(w0 * pooled(x) + w1 * sum_d gate_d(x) * expert_d(x) + b)

    is fitted on the calibration split (this replaces the Platt scaling of the pooled head). The
    weighting of that fit, the gate's class weighting, and whether to use the mixture at all, are
    chosen by 5-fold cross-validation on the calibration split (mean per-dataset AUC + macro-F1);
    dev rows are never used. Returns None when the plain Platt-scaled pooled head wins, else the mixture."""
    ds_tr = np.array([examples[i]["dataset"] for i in tr])
    y = np.array([examples[i]["labels"]["violation"] for i in tr])
    names = sorted(set(ds_tr))
    if len(names) < 2:
        return None
    ds_ca = np.array([examples[i]["dataset"] for i in ca])
    yc = np.array([examples[i]["labels"]["violation"] for i in ca])
    Xt, Xc = X[tr], X[ca]
    experts, expert_c = {}, {}
    for d in names:
        m = ds_tr == d
        if m.sum() < MIXTURE_MIN_ROWS or y[m].min() == y[m].max():
            continue
        if EXPERT_C is not None:
            c, auc = EXPERT_C, float("nan")
        else:
            c, auc = _cv_c(Xt[m], y[m], seed)
        experts[d] = _fit_head(Xt[m], y[m], c, None, seed, nb=NB_VIOLATION)
        expert_c[d] = c
        log(f"  expert {d}: C={c} (cv AUC {auc:.3f}, {int(m.sum())} rows)")
    if not experts:
        return None
    zp = pooled.decision_function(Xc)
    plain = _stack_cv(zp.reshape(-1, 1), yc, ds_ca, "balanced", seed)
    log(f"  calib-CV plain pooled head: {plain[0]:.4f} (AUC {plain[1]:.4f}, F1 {plain[2]:.4f})")
    best = None
    for gate_cw in GATE_CLASS_WEIGHTS:
        gate = LogisticRegression(C=4.0, solver="lbfgs", max_iter=GATE_MAX_ITER, tol=GATE_TOL,
                                  random_state=seed, class_weight=gate_cw).fit(Xt, ds_tr)
        gate_names = [str(c) for c in gate.classes_]
        if len(gate_names) > 2:
            gate_W, gate_b = gate.coef_, gate.intercept_
        else:
            gate_W = np.vstack([np.zeros_like(gate.coef_[0]), gate.coef_[0]])
            gate_b = np.array([0.0, gate.intercept_[0]])
        G = Xc @ gate_W.T + gate_b
        G = np.exp(G - G.max(axis=1, keepdims=True))
        G /= G.sum(axis=1, keepdims=True)
        Z = np.column_stack([experts[d].decision_function(Xc) if d in experts else zp for d in gate_names])
        F = np.column_stack([zp, (G * Z).sum(axis=1)])
        for mode in STACK_WEIGHTINGS:
            sc = _stack_cv(F, yc, ds_ca, mode, seed)
            log(f"  calib-CV mixture, gate {gate_cw or 'unweighted'}, stack {mode}: {sc[0]:.4f} "
                f"(AUC {sc[1]:.4f}, F1 {sc[2]:.4f})")
            if best is None or sc[0] > best["score"][0]:
                best = {"score": sc, "mode": mode, "gate_cw": gate_cw, "names": gate_names, "W": gate_W,
                        "b": gate_b, "F": F}
    if best["score"][0] <= plain[0]:
        return None
    mode, gate_names, gate_W, gate_b = best["mode"], best["names"], best["W"], best["b"]
    st = LogisticRegression(C=1.0, max_iter=1000).fit(best["F"], yc,
                                                      sample_weight=_stack_weights(yc, ds_ca, mode))
    return {"datasets": gate_names, "experts": experts, "expert_c": expert_c, "gate_W": gate_W,
            "gate_b": gate_b, "weighting": mode, "gate_class_weight": best["gate_cw"] or "none",
            "stack": [float(st.coef_[0, 0]), float(st.coef_[0, 1]), float(st.intercept_[0])],
            "calib_cv": {"plain": round(plain[0], 4), "mixture": round(best["score"][0], 4),
                         "mixture_auc": round(best["score"][1], 4), "mixture_f1": round(best["score"][2], 4)}}


def _even_prior_wins(scores, y, ds, seed, folds=5):
    """True if Platt scaling with an even prior gives a cross-validated (calibration split) mean
    per-dataset macro-F1 at 0.5 at least as good as Platt scaling on the split's own prior."""
    strat = np.array([f"{d}:{v}" for d, v in zip(ds, y, strict=True)])
    _, cnt = np.unique(strat, return_counts=True)
    if cnt.min() < 2:
        return True
    skf = StratifiedKFold(min(folds, int(cnt.min())), shuffle=True, random_state=seed)
    f1 = {}
    for balanced in (True, False):
        p = np.zeros(len(y))
        for a, b in skf.split(np.zeros(len(y)), strat):
            pa, pb = _platt(scores[a], y[a], balanced=balanced)
            p[b] = pa * scores[b] + pb
        f1[balanced] = np.mean([f1_score(y[ds == d], p[ds == d] >= 0, average="macro")
                                for d in sorted(set(ds))])
    return bool(f1[True] >= f1[False])


def _short_variants(text, seed):
    """Comment-length cuts of a long sentence (the first 3-8 words), so language ID learns short text."""
    words = text.split()
    if len(words) <= 6:
        return []
    k = 3 + zlib.crc32((text + str(seed)).encode("utf-8")) % 6
    return [" ".join(words[:k])]


def train_langid(feat, rows, seed=0, log=print):
    texts, ys = [], []
    for t, lang, split in rows:
        if split != "train":
            continue
        texts.append(t)
        ys.append(lang)
        for v in _short_variants(t, seed):
            texts.append(v)
            ys.append(lang)
    X = feat.transform(texts)
    clf = SGDClassifier(loss="log_loss", alpha=2e-6, max_iter=30, tol=1e-4, random_state=seed)
    clf.fit(X, ys)
    log(f"langid: {len(texts)} training texts, classes {list(clf.classes_)}")
    return clf


# Comment sets whose clean rows are no evidence that a comment is not promotion, so none of them is a
# promotion negative: HATC (Turkish Instagram comments) labels hate only, and its clean rows hold the
# Instagram ads of its pages ("ŞOK KAMPANYA ... 10K TÜRK TAKİPÇİ 40 ₺", "whatsapp sipariş : 0555 ...").
# Why it matters (2026-12-03, forty-eighth round): once the rules read a price or an offer beside a
# phone number as sales copy, those ads, as negatives, pulled the phone's weight from 0.11 to -0.65 and
# the messenger's from 0.06 to -0.28, and sales copy the rules had caught before fell below 0.5 ("1000-1500
# ARASI : 70₺ ... WHATSAPP ; 0 (534) 383 93 97 / DM": 0.77 -> 0.34). Without HATC's rows the weights are
# the same with the old rules and the new ones (link 3.26, email -0.01, phone 0.10, handle -4.21,
# messenger 0.32, phrase 5.37, bias -3.96).
PROMOTION_NEGATIVES_SKIP = frozenset({"hatc"})


def _promotion_negative(e):
    """A clean comment of the fixed fifth that serves as a promotion negative (see the two users)."""
    return (e["split"] == "train" and e["labels"].get("violation") == 0 and "promotion" not in e["labels"]
            and e["dataset"] not in PROMOTION_NEGATIVES_SKIP
            and zlib.crc32(e["text"].encode("utf-8")) % 5 == 0)


def _promotion_rules(examples, seed):
    """Logistic weights for the rule features (links, emails, phones, handles, sales phrasing),
    fitted on the YouTube spam train split plus a fixed fifth of the clean comments of every language
    (negatives; not those of PROMOTION_NEGATIVES_SKIP), so the prior is closer to a news site's than
    YouTube's half-spam sample.

    Tried 2026-12-02 and not kept: the probe lines and the suite's tune half as further rows (214
    promotion lines among 8,281, weighing as much as the rest in total, or 0.3 of it). The weights moved
    (phone 0.10 -> 1.17, messenger 0.05 -> 0.51, phrase 5.15 -> 6.64) but not one suite case, clean dev
    comment or YouTube dev comment changed sides of 0.5: the check-half promotion cases the scorer misses
    (3 of 6 in each of ar, tr and fa) match no rule at all, so no weighting of the rules reaches them."""
    X, y = [], []
    for e in examples:
        if e["split"] != "train":
            continue
        if "promotion" in e["labels"]:
            X.append(rule_features(normalise_base(e["text"]).text))
            y.append(e["labels"]["promotion"])
        elif _promotion_negative(e):
            X.append(rule_features(normalise_base(e["text"]).text))
            y.append(0)
    if len(set(y)) < 2:
        # no promotion labels in the chosen data (e.g. a small test subset): fixed, conservative weights
        # (link, email, phone, handle, messenger, phrase); never used for the shipped model
        return [2.5, 2.5, 2.5, 0.5, 1.5, 1.5], -3.0
    lr = LogisticRegression(C=1.0, random_state=seed)
    lr.fit(np.asarray(X, dtype=float), np.asarray(y))
    return [float(w) for w in lr.coef_[0]], float(lr.intercept_[0])


def mark_promotion_negatives(examples):
    """Clean comments are not promotion either: a fixed fifth of them (train split) become promotion
    negatives, so the English promotion head does not learn YouTube's half-spam prior. Returns them.

    Tried 2026-11-30 and not kept: the head at C 32 with these negatives weighed 0.1 ranked spam on a
    video never seen a little better (lodo.promotion_figures, mean AUC 0.971 -> 0.979) but flagged
    clean news comments that cite a source with a link: C3 dev 2.5% -> 4.1% of clean comments, OLID
    0.3% -> 0.9%. The head trains like every other one (head_fit_args), C by size (4).

    Tried 2026-12-02 and not kept: a sharper C. On spam from a video never seen, mean AUC / macro-F1 over
    the four videos, and the clean dev comments of C3, OLID and Toxic Spans flagged as promotion (rules
    included, heads fitted on every video): C 4 0.9712/0.913, 19 of 2,918; C 8 0.9746/0.923, 22; C 16
    0.9752/0.924, 22; C 32 0.9762/0.924, 23; C 64 0.9765/0.924, 24. A full retrain at C 16 then flagged the
    outlet's own kind of comment: "please donate" for a refugee camp 0.46 -> 0.55, a reader asking the paper
    to "please cover our lives too" 0.37 -> 0.54, "only trust the official page" 0.50 -> 0.65 (probe
    contrasts in en_r26, en_r28, en_r25c), and "please share this article so people know what happened in
    Shingal" 0.52 -> 0.64: a few thousandths of AUC on YouTube spam against more false alarms on news
    comments asking for help or attention. NB scaling ranked worse at every C (0.962 at C 4); fewer
    negatives (weight 0.3, C 16) ranked as C 32 did and flagged C3 almost twice as often (26 of 1,068
    against 15).

    Tried 2026-12-03 and not kept: a second English head trained on the videos alone (no negatives), its
    Platt-scaled logit averaged with this head's. Leave one video out, mean AUC / macro-F1 and the clean
    dev comments of C3, OLID and Toxic Spans (2,918) flagged, per fold: this head 0.9716/0.913, 19; the
    average with the second head at C 16 0.9796/0.936, 66 (weights 0.6/0.7/0.8 on this head: 0.9788, 50;
    0.9776, 39; 0.9757, 30); the naive baseline 0.979/0.928. The comments it flagged were readers citing a
    source with a link ("Here is what the founder of Greenpeace has to say: http://..."), the commonest kind
    of comment with a link on a news site; training the second head on those comments as negatives (289
    with a link, "check", "please", "share") took its gain away (0.9747). On YouTube a link is spam and on
    a news site a source: the rank among a video's comments was not bought with three times the false
    alarms on the outlet's own."""
    marked = []
    for e in examples:
        if _promotion_negative(e):
            e["labels"] = {**e["labels"], "promotion": 0}
            marked.append(e)
    return marked


def head_fit_args(rows, head=None):
    """(C, sample weights) for a head trained on the example dicts ``rows``: C by their number (the
    violation heads' is VIOLATION_C), and the broadening sets weighed data.BROADENING."""
    c = VIOLATION_C if head == "violation" else _c_for(len(rows))
    return c, np.array([PROBE_VIOLATION_WEIGHT if e["dataset"] == PROBES
                        else D.BROADENING.get(e["dataset"], 1.0) for e in rows])


def train(data_dir, out_dir, *, open_only=False, extra_examples=None, seed=0, log=print,
          datasets=None, max_per_dataset=None, langid_per_lang=12000, calibrate_relatedness=True):
    """Train and write a model; returns its manifest. ``datasets`` (names) and ``max_per_dataset``
    restrict the data (the fast quality test uses them); ``extra_examples`` are labelled comments
    {"text", "language", "labels": {clause: 0|1}} (e.g. moderators' decisions), split like the rest."""
    t0 = time.time()
    if datasets is None:
        datasets = [n for n in D.DATASETS if n not in D.BROADENING or TRAIN_BROADENING]
    examples = D.load_all(data_dir, open_only=open_only, names=datasets)
    if max_per_dataset:
        by = defaultdict(list)
        for e in examples:
            by[e["dataset"]].append(e)
        examples = [e for rows in by.values() for e in _hash_ordered(rows)[:max_per_dataset]]
    extra = []
    for i, e in enumerate(extra_examples or ()):
        text = (e.get("text") or "").strip()
        if not text:
            continue
        labels = {k: int(v) for k, v in (e.get("labels") or {}).items() if k in D.HEADS and v is not None}
        extra.append({"text": text, "language": e.get("language") or "en", "dataset": "extra",
                      "labels": labels, "split": D.split_of(text + f"#extra{i}")})
    examples += extra
    mark_promotion_negatives(examples)
    if PROBE_VIOLATION_WEIGHT:  # (after the promotion negatives: a clean probe line is no YouTube comment)
        examples += probe_examples(PROBE_LANGS)
    log(f"{len(examples)} labelled examples ({len(extra)} extra) in {time.time() - t0:.1f}s")

    # IDF over every training text, normalised once
    for e in examples:
        e["norm"] = normalise_text(e["text"])
    unread = unread_words() if UNREAD_GROUPS else []
    feat = Featurizer(unread=unread)
    counts = feat.counts([e["norm"] for e in examples])
    train_mask = np.array([e["split"] == "train" for e in examples])
    feat.idf = fit_idf(counts[train_mask])
    X = feat.weigh(counts)
    # the violation heads (and their mixtures) of the languages UNREAD_GROUPS names read the texts without
    # the peoples' names
    Xv = feat.weigh(feat.counts([e["norm"] for e in examples], unread=True)) if unread else X
    log(f"features {X.shape} nnz/doc {X.nnz / max(1, X.shape[0]):.0f} in {time.time() - t0:.1f}s")

    rows = D.langid_examples(data_dir, labelled=[e for e in examples if e["dataset"] not in NOT_CALIBRATION],
                             per_lang=langid_per_lang)
    lid = train_langid(feat, rows, seed=seed, log=log)

    heads = {}
    weights = {}  # lang -> (list of coef vectors, list of intercepts)
    platt = {}
    mixtures, mixture_manifest, prior = {}, {}, {}
    by_lang = defaultdict(list)
    for i, e in enumerate(examples):
        by_lang[e["language"]].append(i)
    for lang in SCORED_LANGS:
        idx = by_lang.get(lang, [])
        heads[lang] = []
        weights[lang] = ([], [])
        platt[lang] = []
        for h in D.HEADS:
            tr = [i for i in idx if examples[i]["split"] == "train" and h in examples[i]["labels"]]
            ca = [i for i in idx if examples[i]["split"] == "calib" and h in examples[i]["labels"]
                  and examples[i]["dataset"] not in D.NEUTRAL]
            y = np.array([examples[i]["labels"][h] for i in tr])
            yc = np.array([examples[i]["labels"][h] for i in ca])
            pos = int(y.sum()) if len(y) else 0
            if pos < MIN_POSITIVES or len(y) - pos < MIN_POSITIVES or len(set(yc)) < 2:
                continue
            c, sw = head_fit_args([examples[i] for i in tr], h)
            Xh = Xv if h == "violation" and lang in UNREAD_GROUPS else X
            clf = _fit_head(Xh[tr], y, c, sw, seed, nb=(h == "violation" and NB_VIOLATION))
            balanced = bool(yc.mean() >= RARE)
            if h == "violation" and balanced:
                # even or calibration-split prior, whichever scores the better cross-validated macro-F1
                # at 0.5 on the calibration split (mean over its datasets); the mixture, where one is
                # kept, replaces this scaling
                balanced = _even_prior_wins(clf.decision_function(Xh[ca]), yc,
                                            np.array([examples[i]["dataset"] for i in ca]), seed)
                prior[lang] = "even" if balanced else "calibration split"
            a, b = _platt(clf.decision_function(Xh[ca]), yc, balanced=balanced)
            heads[lang].append(h)
            weights[lang][0].append(clf.coef_[0].astype(np.float32))
            weights[lang][1].append(float(clf.intercept_[0]))
            platt[lang].append((a, b))
            log(f"{lang}:{h} train {len(y)} (+{pos}) calib {len(yc)} in {time.time() - t0:.1f}s")
            if h == "violation" and lang in MIXTURE_LANGS:
                mix = _violation_mixture(Xh, examples, [i for i in tr if examples[i]["dataset"] != PROBES],
                                         ca, clf, seed, log)
                if mix is not None:
                    mixtures[lang] = mix
                    prior[lang] = "even within each dataset (mixture)"
                    log(f"{lang}:violation mixture ({mix['weighting']}) {mix['calib_cv']} "
                        f"in {time.time() - t0:.1f}s")
        mix = mixtures.get(lang)
        if mix is not None:
            # extra columns after the named heads: the experts, then the gate (one per dataset)
            col = len(heads[lang])
            expert_cols = []
            for d in mix["datasets"]:
                e = mix["experts"].get(d)
                if e is None:
                    expert_cols.append(heads[lang].index("violation"))  # served by the pooled head
                    continue
                weights[lang][0].append(e.coef_[0].astype(np.float32))
                weights[lang][1].append(float(e.intercept_[0]))
                expert_cols.append(col)
                col += 1
            gate_cols = []
            for k in range(len(mix["datasets"])):
                weights[lang][0].append(mix["gate_W"][k].astype(np.float32))
                weights[lang][1].append(float(mix["gate_b"][k]))
                gate_cols.append(col)
                col += 1
            mixture_manifest[lang] = {
                "head": "violation", "datasets": mix["datasets"], "expert_cols": expert_cols,
                "gate_cols": gate_cols, "stack": mix["stack"], "weighting": mix["weighting"],
                "gate_class_weight": mix["gate_class_weight"],
                "expert_c": mix["expert_c"], "calib_cv": mix["calib_cv"]}

    promo_w, promo_b = _promotion_rules(examples, seed)
    # C3's licence is unclear: with --open-only off_topic has no calibration and stays null
    rel = _relatedness_calibration(data_dir, feat) if (calibrate_relatedness and not open_only) else None

    os.makedirs(out_dir, exist_ok=True)
    # the heads as companded int8 codes keep the shipped files small (weights.py; the card is measured on
    # the stored weights). Stored uncompressed: decompressing cost more than a second of the 2 s load budget.
    save_weights(os.path.join(out_dir, "weights.npz"), feat.idf, lid.coef_, lid.intercept_,
                 {lang: (np.vstack(w), np.asarray(b, np.float32)) for lang, (w, b) in weights.items() if w})
    used = sorted({e["dataset"] for e in examples})
    manifest = {
        "name": MODEL_NAME, "version": VERSION, "seed": seed, "open_only": open_only,
        "n_features": N_FEATURES,
        "unread_words": unread, "unread_langs": list(UNREAD_GROUPS),
        "langid_classes": [str(c) for c in lid.classes_],
        "heads": heads, "platt": platt, "mixture": mixture_manifest, "violation_prior": prior,
        "promotion_rules": {"weights": promo_w, "bias": promo_b},
        "relatedness": rel,
        # each dataset's row weight in the heads (data.BROADENING; 1.0 for the others), so that the card
        # reports what this model was trained with, not what the code says today
        "datasets": {n: {**dict(zip(("folder", "language", "licence", "open", "citation", "mapping"),
                                    D.DATASETS[n], strict=True)),
                         "weight": D.BROADENING.get(n, 1.0) if TRAIN_BROADENING else 1.0}
                     for n in used if n in D.DATASETS},
        "extra_examples": len(extra),
        "splits": D.summary([e for e in examples if e["dataset"] not in ("extra", PROBES)]),
        "train_seconds": round(time.time() - t0, 1),
    }
    if PROBE_VIOLATION_WEIGHT:  # the probe comments the violation heads read, and each one's weight
        manifest["probes"] = {"weight": PROBE_VIOLATION_WEIGHT, "rows": dict(sorted(
            Counter(e["language"] for e in examples if e["dataset"] == PROBES).items()))}
    with open(os.path.join(out_dir, "lexicons.json"), "w", encoding="utf-8") as f:
        json.dump(_lexicons(data_dir, open_only), f, ensure_ascii=False)
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    calibrate_harm(out_dir, data_dir, examples=[e for e in examples if e["dataset"] != PROBES],
                   open_only=open_only, log=log)
    log(f"wrote {out_dir} in {time.time() - t0:.1f}s")
    with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


# The languages whose violation heads (with their mixtures' experts and gates) read a comment without the
# names of identity groups in it (unread_words; Featurizer's ``unread``; model.LinearModel.probs_of): a bag
# of words learns from the training sets which peoples are named beside abuse and then reads a neutral
# mention as abuse ("اليهود يصورون صورا مذهلة للجبال", the Jews take wonderful photos of the mountains:
# 0.67; 0.32 read so). The clause heads, the language identifier and relatedness read every word; what is
# said of a people is for the detectors to judge. Chosen (2026-12-05) by a retrain with every language's
# violation head reading without the names, against a plain retrain of the same code (the same rows;
# evaluate, our suite and the group grid, the grid's held-out halves counted and their texts unread), then
# confirmed by a third retrain with Arabic alone, whose Arabic figures were those below and the other
# languages' those of the plain retrain:
# - Arabic: the grid's held-out contrasts scheck 78 -> 95 of 100, icheck 61 -> 80 of 80, check 92 -> 99,
#   check2 97 -> 100, hcheck 96 -> 100 (hateful halves unchanged); held-out probe batches 399 -> 405 of 498;
#   dev AUC / macro-F1 mostly up (L-HSAB 0.911/0.849 -> 0.913/0.851, MPOLD 0.871/0.737 -> 0.876/0.746,
#   OSACT2022 AUC 0.871 -> 0.874; T-HSAB 0.881/0.808 -> 0.878/0.802); leave-one-dataset-out AUC down in
#   seven of ten sets, by at most 0.003 (L-HSAB 0.8236 -> 0.8211, the naive baseline's 0.8232), macro-F1
#   mixed; our suite's tune half 162 -> 161 of 168 (check half 131 both); the grid's hateful cases misspelt
#   (test_spelling_grid) held-out drop 164 -> 160, star 271 -> 267, hyphen 268 -> 263 of 339. The list then
#   gained the Arabic forms the detectors reach through a stem (_AR_UNREAD_FORMS: refugees, migrants,
#   Christians, Yazidis, Copts, the disabled...) and the hamza the detectors fold to yeh (a fourth retrain,
#   against the third): our suite's check half 131 -> 134 of 168 and tune half 161 -> 163; held-out probe
#   batches 405 -> 408; everyday Arabic sentences flagged 6.0% -> 4.7%; the grid's ntune 178 -> 198, scheck
#   95 -> 99, itune 92 -> 98; leave-one-dataset-out flat (AUC within 0.002, Al Jazeera macro-F1 0.406 ->
#   0.420); dev lower (Al Jazeera 0.803/0.670 -> 0.801/0.659, MLMA AUC 0.814 -> 0.808, L-HSAB 0.913/0.851 ->
#   0.911/0.846): dev splits share their sources with training, the rest do not.
# - English: the grid's hateful tune half 292 -> 267 of 300 ("{G} are all dirty and stupid" left abuse for
#   personal_attack once the violation logit the clause stacks read lost the group), news and history
#   contrasts ntune 191 -> 180, htune 115 -> 103 ("Stop killing women!": the word that had kept it low was
#   gone), idiom contrasts up (icheck 72 -> 78); dev ETHOS 0.710/0.655 -> 0.691/0.634 and its fold 0.731 ->
#   0.721: not adopted. Turkish moved within a few cases and thousandths, Persian only lost (Pars-OFF
#   macro-F1 0.827 -> 0.819 in its fold): not adopted.
# Read as one placeholder word instead of left out (a first trial on the pooled English head), the names made
# it flag *more* contrasts (the grid's ntune 0.305 -> 0.500 of cases at 0.5 or more): the placeholder took the
# weight of every people at once.
# Then (2026-12-05) the Arabic violation head also leaves out the name of ISIS ("داعش" and its clitics:
# _AR_ISIS; not its members' noun "داعشي", "الدواعش", which tweets use as an insult). 1,019 of the 1,187
# Arabic training comments naming it are labelled offensive, and the head read comments about the war as
# abuse ("هزمت قوات البيشمركة داعش في سنجار عام 2015", the Peshmerga defeated ISIS in Sinjar in 2015: 0.64).
# First tried in two retrains at the same code, with and without it: of 20 neutral Arabic comments naming
# ISIS, written before either was run (heldout/ar_r126c.tsv), 9 flagged -> 1; our suite's Arabic check half
# 134 -> 135, tune 162 -> 164; leave-one-dataset-out Arabic AUC within 0.0006, macro-F1 -0.002 to +0.006.
# It was held back because any retrain then moved English against the shipped model (the group grid's
# held-out idiom contrasts icheck 72 -> 67 of 80, hc_en probes 368 -> 365), with or without the change. The
# cause was not the code: in a plain retrain the English heads and experts were the shipped ones but for a
# few coefficients (vulgarity 4,315 and abuse 994 of some 200,000, profanity one, by 0.09 at most), while
# every coefficient of the mixture's gate moved (by 0.79 at most; GATE_TOL's comment: the CPU's rounding
# decided where lbfgs stopped).
# Shipped with the gate's tolerance tightened, in one retrain, against the model before (the same rules):
# ar_r126c 16 -> 24 of 25; our suite's Arabic check half 134 -> 135 and tune half 163 -> 165, Persian tune
# 163 -> 165; the Turkish group grid's held-out halves up by 1-2 each (check3 189 -> 191 of 240); English
# icheck 72 -> 69 of 80, hc_en 368 -> 365 of 385, en_r94b 4 -> 3 of 5: English comments at the line, since
# the English decision point (decision_point) fell from +0.10 to 0.00 -- its F1 at +0.10 was 0.0017 under
# the best with the old gate and 0.0034 with the new, against F1_TOLERANCE's 0.0025. Leave-one-dataset-out
# English, Turkish and Persian unchanged, Arabic within 0.002; the card (docs/scorer.md) has the rest.
UNREAD_GROUPS = ("ar",)
# (2026-12-05) the name the Arabic violation head also leaves out (the comment above), and its clitics
_AR_ISIS = "داعش"
_AR_ISIS_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
# a word some list tags with one of these besides a people is read: a slur, an insult, a word that is often
# something else ("کرد", did, in Persian; "السنه", the year, in Arabic)
_READ_ANYWAY = ("SLUR:", "INSULT", "DEHUMAN", "NEGPRED", "AMBIG")
# the article and the clitics before it: "العرب", "والعرب", "فالعرب", "بالعرب", "للعرب", "وعرب"
_AR_PREFIXES = ("\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644",
                "\u0644\u0644", "\u0648", "\u0641")


# Arabic names of peoples the detectors' lists reach only through a stem (checked one by one against the
# Arabic training vocabulary: a stem also reaches "معاقبه", punishment, "العربات", carts, "الفرسان",
# knights, and the pejoratives, which stay read)
_AR_UNREAD_FORMS = """
الإيراني الإيرانية إيراني إيرانية الإيرانيين إيرانيين الإيرانيون الأفارقة أفارقة مسيحي مسيحية المسيحيين
المسيحية المسيحي مسيحيين النصارى يهودية اليهودية يهوديا الكردية الكوردية النازحين نازحين نازح المسلم المسلمة
المسلمات الشيعية شيعية علوي العلويين العلوي العلوية علوية الدروز الدرزي الزيدية البهائي بهائي بدوي البدوي
بدوية البدوية المهاجرين مهاجرين مهاجر المعاقين معاقين معاق معاقة معوقة الأقباط قبطي الأمازيغية الأمازيغي
المصريون السعوديون سعوديون اليمنيون يمنيون الفلسطينيون اللبنانيون الخليجيون السوريات المصريات العراقيات
اللبنانيات الخليجيات السعوديات سعوديات تركماني الغجر الإيزيديين الإيزيدية إيزيدي المتحولين متحولين
"""


def _hamza_forms(words):
    """Each word with every yeh ("ی") that may stand for a hamza on its seat ("ئ") written so, one or more."""
    out = set()
    for w in words:
        at = [i for i, c in enumerate(w) if c == "\u06cc"]
        for mask in range(1, 2 ** min(len(at), 3)):
            chars = list(w)
            for k, i in enumerate(at[:3]):
                if mask >> k & 1:
                    chars[i] = "\u0626"
            out.add("".join(chars))
    return out


def unread_words():
    """The words the features leave out: every word the detectors' shipped lists name as an identity group
    (a GROUP: tag) in any language and tag with nothing in _READ_ANYWAY in any, and the Arabic ones with
    the article and the clitics (_AR_PREFIXES). Sorted (the manifest keeps them)."""
    from .harm import HarmDetector
    groups, read, arabic = set(), set(), set()
    for lang, L in HarmDetector().langs.items():
        for w, tags in L.exact.items():
            if any(t.startswith("GROUP:") for t in tags):
                if any(t.startswith(_READ_ANYWAY) for t in tags):
                    read.add(w)
                else:
                    groups.add(w)
                    if lang == "ar":  # (Persian's "کرد", did, is the Kurds once it has the Arabic article)
                        arabic.update(p + w for p in _AR_PREFIXES)
    groups -= read
    # the lists hold an Arabic word bare or with one of its prefixes, and the detectors strip the rest
    arabic.update(p + w for w in groups if "\u0600" <= w[0] <= "\u06ff" for p in _AR_PREFIXES)
    # the forms the lists reach only through a stem
    forms = {normalise_text(f) for f in _AR_UNREAD_FORMS.split()}
    arabic.update(forms)
    arabic.update(c + f for f in forms for c in ("\u0648", "\u0641"))
    arabic.update(p + f[2:] for f in forms if f.startswith("\u0627\u0644") for p in _AR_PREFIXES)
    # a hamza on its seat, which the detectors fold to yeh ("اللاجئين" read as "اللاجیین"): features keep it
    arabic.update(_hamza_forms({w for w in groups | arabic if "\u06cc" in w}))
    # the name of ISIS with its clitics (not its members' noun: "داعشي", "الدواعش" are read)
    arabic.update(normalise_text(c + _AR_ISIS) for c in _AR_ISIS_CLITICS)
    return sorted(groups | (arabic - read))


def save_weights(path, idf, lid_coef, lid_intercept, per_lang):
    """Laid out (features x outputs), one matrix per language, so that loading needs no transpose; the
    heads' matrices as companded int8 codes (weights.py), the language identifier and IDF as float16;
    per_lang: {lang: (coef (heads x features), intercepts)}."""
    arrays = {"idf": idf.astype(np.float16), "lid_W": np.ascontiguousarray(lid_coef.T).astype(np.float16),
              "lid_b": np.asarray(lid_intercept, np.float32)}
    for lang, (W, b) in per_lang.items():
        arrays[f"W_{lang}"] = np.ascontiguousarray(W.T)
        arrays[f"b_{lang}"] = np.asarray(b, np.float32)
    weight_file.save(path, arrays)


def c3_discussion_relatedness(data_dir, feat, split="train", other_article=False):
    """Relatedness of each C3 comment to the rest of its article's discussion (C3 ships no article
    text, so the other comments stand in for it), with the non_relevant >= 2 label. With
    ``other_article`` it is measured against the discussion of a different article instead (the
    next article id in sorted order), for the ranking check in the model card."""
    from scipy import sparse

    from .relatedness import cosine_rows
    rows = list(D.c3_relevance(data_dir))
    counts = feat.counts([normalise_text(r["text"]) for r in rows])
    by_art = defaultdict(list)
    for i, r in enumerate(rows):
        by_art[r["article_id"]].append(i)
    arts = sorted(a for a, ix in by_art.items() if len(ix) >= 3)
    sums = {a: np.asarray(counts[by_art[a]].sum(axis=0)).ravel() for a in arts}
    nxt = {a: arts[(k + 1) % len(arts)] for k, a in enumerate(arts)}
    sel, disc, y = [], [], []
    for a in arts:
        for i in by_art[a]:
            if D.split_of(rows[i]["text"]) != split:
                continue
            d = sums[nxt[a]] if other_article else sums[a] - counts[i].toarray().ravel()
            sel.append(i)
            disc.append(sparse.csr_matrix(d.astype(np.float32)))
            y.append(int(rows[i]["non_relevant"] >= 2))
    if not sel:
        return [], []
    rel = cosine_rows(feat, counts[sel], sparse.vstack(disc).tocsr())
    return rel, y


def _relatedness_calibration(data_dir, feat):
    """Platt-scale lexical relatedness into p(off_topic) on C3's train split (non_relevant >= 2)."""
    rel, y = c3_discussion_relatedness(data_dir, feat, "train")
    a, b = _platt(rel, y, balanced=False)  # off_topic is rare; an even prior would flag most comments
    return {"a": a, "b": b, "n": len(y), "positives": int(sum(y)), "proxy": "rest of the discussion"}


def _lexicons(data_dir, open_only):
    """Word lists for the rules backend: better-profanity's English list (MIT) and Pars-OFF's
    Persian offensive lexicon (licence unclear: left out with --open-only)."""
    out = {}
    try:
        import better_profanity
        p = os.path.join(os.path.dirname(better_profanity.__file__), "profanity_wordlist.txt")
        with open(p, encoding="utf-8") as f:
            words = sorted({normalise_text(w.strip()) for w in f if w.strip()})
        out["en"] = {"source": "better-profanity 0.7.0 profanity_wordlist.txt", "licence": "MIT",
                     "words": words}
    except ImportError:
        pass
    p = os.path.join(data_dir, "pars-off-persian", "Pars-OFF_KEY.txt")
    if not open_only and os.path.exists(p):
        with open(p, encoding="utf-8-sig") as f:
            words = sorted({normalise_text(w.strip()) for w in f if w.strip()})
        out["fa"] = {"source": "Pars-OFF_KEY.txt (Ataei et al. 2022)", "licence": "UNCLEAR", "words": words}
    return out


# ---- severe-harm detectors: how much a finding is worth, measured on the training split ----
HARM_MIN_FIRES = 5  # below this many findings in a language's training rows, the default ratio is used
# Used only where a detector fired fewer than HARM_MIN_FIRES times in a language's training rows
# (e.g. threats in Turkish tweets): a strong finding multiplies the odds by 20, a weak one by 2, and
# finding nothing leaves them as they are. docs/scorer.md lists which cells use them.
HARM_DEFAULT_LR = {"0": 1.0, "1": 2.0, "2": 20.0}
HARM_MAX_LR = 500.0


def harm_ratios(examples, langs=SCORED_LANGS, log=print, detector=None):
    """{lang: {clause: {"0", "1", "2": likelihood ratio}}} and the counts behind them.

    For each language and clause, every training-split comment with a violation label goes through
    the detectors; the strongest finding of the clause (0 none, 1 weak, 2 strong) is counted among
    violating and among clean comments, and LR(s) = P(s | violating) / P(s | clean), add-half
    smoothed. The violation label is used (not the clause's own label) because most datasets do not
    label threats or identity abuse at all; a detector that also fires on clean comments gets a low
    ratio. A finding never lowers a score (LR >= 1 for s > 0); finding nothing may (LR(0) <= 1)."""
    from .harm import CLAUSE_KEYS as clauses
    from .harm import HarmDetector, summarise
    det = detector or HarmDetector()
    ratios, counts = {}, {}
    for lang in langs:
        rows = [e for e in examples if e["language"] == lang and e["split"] == "train"
                and "violation" in e["labels"] and e["dataset"] not in NOT_CALIBRATION]
        if not rows:
            continue
        pos = sum(e["labels"]["violation"] for e in rows)
        neg = len(rows) - pos
        tally = {c: {s: [0, 0] for s in (0, 1, 2)} for c in clauses}
        for e in rows:
            found = summarise(det.analyse_comment(lang, e["text"], e.get("norm")))
            y = e["labels"]["violation"]
            for c in clauses:
                tally[c][found.get(c, (0,))[0]][0 if y else 1] += 1
        ratios[lang], counts[lang] = {}, {}
        for c in clauses:
            t = tally[c]
            lr, source = ratios_from_tally(t, pos, neg)
            ratios[lang][c] = {k: round(v, 4) for k, v in lr.items()}
            counts[lang][c] = {"source": source, "violating": [t[s][0] for s in (0, 1, 2)],
                               "clean": [t[s][1] for s in (0, 1, 2)]}
            log(f"harm {lang}:{c} {source} LR {ratios[lang][c]} pos {counts[lang][c]['violating']} "
                f"neg {counts[lang][c]['clean']}")
    return ratios, counts


def ratios_from_tally(t, pos, neg):
    """({"0", "1", "2": likelihood ratio}, "measured" | "default") from a tally
    {strength: [violating, clean]} over ``pos`` violating and ``neg`` clean comments."""
    if sum(t[s][0] + t[s][1] for s in (1, 2)) < HARM_MIN_FIRES:
        return dict(HARM_DEFAULT_LR), "default"
    lr = {str(s): ((t[s][0] + 0.5) / (pos + 1)) / ((t[s][1] + 0.5) / (neg + 1)) for s in (0, 1, 2)}
    for s in ("1", "2"):
        lr[s] = min(HARM_MAX_LR, max(1.0, lr[s]))
    lr["0"] = min(1.0, lr["0"])
    if t[1][0] + t[1][1] < HARM_MIN_FIRES:
        lr["1"] = min(lr["2"], HARM_DEFAULT_LR["1"])
    return lr, "measured"


def clause_shares(examples):
    """P(clause | violation) over every training row that labels both, all languages together: the
    base rate of a clause in a language that has no head for it (then p(clause) starts at
    p(violation) x share, before the detectors' evidence)."""
    from .clauses import ABUSE_KINDS
    out = {}
    for c in ("profanity", "vulgarity", "threat", "personal_attack", "abuse") + ABUSE_KINDS:
        ys = [e["labels"][c] for e in examples if e["split"] == "train" and e["labels"].get("violation") == 1
              and c in e["labels"]]
        out[c] = round(float(np.mean(ys)), 4) if ys else 0.2
    return out


# ---- the calibrated stack that joins the detectors to the heads (model.LinearModel._harm) ----
STACK_CALIB_ROWS = 4000  # calibration-split rows per language (hash order) used to fit the stack
# The suite's tune half weighs this many times the calibration rows in total: the datasets know what
# offensive tweets look like, the suite knows what the guidelines call a threat or a news report.
# Clauses: the datasets label threats and identity abuse too rarely to say how far a finding should
# move them, so the suite leads. Violation: 0.3, chosen on calibration rows the stack was not fitted
# on (the next 4,000 per language): mean AUC per dataset 0.801 for the head alone, 0.817 with the
# stack at 0.1-0.3, 0.812 at 1.0 and 0.803 at 3.0 -- a heavier suite weight taught the contrasts
# weights (-1.4 to -4) that pulled real offensive comments about groups down with the news reports.
# Measured again by our suite (2026-12-01, after the twenty-second probe round, same rules): at 1.0 the
# tune half is unchanged in every language, at 3.0 Arabic gains two tune cases (162 -> 164 of 168) -- but
# the dev cells fall (OLID AUC 0.805 -> 0.792 at 1.0, -> 0.776 at 3.0; Al Jazeera 0.800 -> 0.787, behind
# the naive baseline's 0.796; mean over the dev sets 0.859 -> 0.856 -> 0.852), and the withheld tests are
# drawn from those sources: 0.3 kept.
# One weight per language for each clause's strong finding in the violation stack (False: one for all
# languages). The detectors' strong findings are far surer in some languages than in others (the likelihood
# ratios in the card: a strong personal attack 7.6 in English, 41 in Turkish; profanity 11 and 111), and a
# weight shared by all four was set mostly by the English rows. Fitted (2026-12-02), a strong personal attack
# weighs en 1.12, ar 1.53, tr 3.52, fa 1.61 (shared: 1.88), a strong threat en 4.15, tr 6.27 (shared 5.41).
# Measured against the shared weights on the same heads, the stack refitted both ways: the suite identical
# in both halves of every language; dev AUC up in 15 of 22 sets (OLID 0.805 -> 0.808 and macro-F1 0.736 ->
# 0.740, the Civil Comments toxic spans 0.690 -> 0.697, MLMA-ar 0.799 -> 0.802) and down in 7 (MLMA-en
# 0.626 -> 0.611, ETHOS 0.710 -> 0.708, the rest under 0.002); Turkish incivil macro-F1 0.936 -> 0.933. A
# small gain, kept because it is where the likelihood ratios point. (Leave-one-dataset-out did not read
# the fitted stack then; since 2026-12-06 each fold fits its own, lodo.fold_stack.)
VIOLATION_STRONG_BY_LANGUAGE = True
SUITE_WEIGHT = 3.0
SUITE_WEIGHT_VIOLATION = 0.3
# The probe lines (tests/guidelines/probes, 10,430 lines after round 104) as a third source of the stack's
# fit, weighted STACK_PROBE_WEIGHT x the calibration rows (STACK_PROBE_VIOLATION: in the violation stack
# too). Tried 2026-12-05 on round 104's rules, every figure against the shipped stack in the same run (the
# stack alone refitted, the heads unchanged; a plain refit without the probes: suite 1,211 -> 1,208, held-out
# 1,355 -> 1,355):
#   weight 0.1: held-out batches 1,355 -> 1,364 of 1,628; suite 1,211 -> 1,214 (check half +3: ar, tr, fa);
#               dev AUC OLID 0.810 -> 0.808, Al Jazeera 0.803 -> 0.799 (F1 0.665 -> 0.663), PHATE 0.842 ->
#               0.839, T-HSAB 0.882 -> 0.880; Arabic and Persian vulgarity AUC -0.013 and -0.009.
#   weight 0.3: held-out 1,369; suite 1,216 (check +3); dev AUC OLID 0.804, Al Jazeera 0.797, ten sets down
#               0.002-0.006, Toxic Spans 0.695 (behind the naive baseline's 0.698).
#   weight 1:   held-out 1,372; suite 1,221 (check +6); dev AUC OLID 0.796, Al Jazeera 0.791, ETHOS 0.700.
#   weight 1 in the clause stacks only: held-out 1,354, suite 1,208 (the gain is the violation stack's).
# The probes raise the strong findings' weights (Persian vulgarity +1.63 -> +2.97 at 0.3) and deepen the
# contrasts (Turkish counter-speech -1.10 -> -2.97), which the outlet's own cases bear out and other people's
# comments do not: on the dev sets a counter-speech or a negation found sits beside abuse more often. The
# held-out batches and the suite are written by the same hand as the probes; the dev sets, like the withheld
# sets, are not. Not shipped: 0.
# Also tried the same day, at scoring time only: a floor under the violation head's logit where a strong
# finding is present (the head, a bag of n-grams, is surest of a clean comment exactly where an unknown
# word hides the harm from it: "I'd love to strip this anchor out of her clothes" is a sexual remark by the
# rules and 0.27 by the stack).
# Floor -1: held-out +7 lines, suite tune half +3, check half unchanged (ar -1, fa +1); dev F1 of the
# Turkish incivil tweets 0.955 -> 0.945, under the naive baseline's 0.950, and Davidson 0.919 -> 0.913.
# Floor -2: held-out +1, suite +1, incivil tweets 0.949. Not shipped.
# And a fifth contrast, "neutral" (a people named and no clause found at all), for the heads' alarms at a
# plain mention ("Jews and Muslims prayed together for peace", 0.56): refitted, its weights came out -0.00
# (en), +0.02 (ar), -0.04 (tr), -0.63 (fa), and suite, held-out and dev moved as with a plain refit. Not
# shipped.
STACK_PROBE_WEIGHT = 0.0
STACK_PROBE_VIOLATION = True


def stack_source_weights(src, suite_weight, probe_weight=None):
    """Row weights of a stack's fit from each row's source ("calib", "suite" or "probe"): the suite's
    rows weigh ``suite_weight`` times the calibration rows in total, the probes' STACK_PROBE_WEIGHT
    times. One function, so that the leave-one-dataset-out folds (lodo.fold_stack) weigh their stack's
    rows as the shipped one's are weighed."""
    src = np.asarray(src)
    probe_weight = STACK_PROBE_WEIGHT if probe_weight is None else probe_weight
    w = np.ones(len(src))
    n_suite, n_cal, n_probe = (src == "suite").sum(), (src == "calib").sum(), (src == "probe").sum()
    if n_suite and n_cal:
        w[src == "suite"] = suite_weight * n_cal / n_suite
    if n_probe and n_cal:
        w[src == "probe"] = probe_weight * n_cal / n_probe
    return w


def fit_harm_stack(model_dir, examples, log=print):
    """Fit the stack that turns (head probability, detector findings) into clause and violation
    probabilities, and write it into the manifest as "harm_stack".

    Two sources, weighted equally: labelled calibration-split rows of every scored language (what
    the datasets call offensive, profane, a threat...), and the *tune* half of our functional suite
    (the even-numbered cases: what the outlet's guidelines call a threat, an identity attack, a news
    report). The check half and the dev splits are never used, so the card's check-half and dev
    figures are on data the stack did not see. Each fit is a logistic regression on a handful of
    features (the head's logit, the detector's weak and strong findings; for violation the clause
    findings and the contrasts), so it cannot memorise cases: it sets how far a finding moves a score.
    """
    from sklearn.linear_model import LogisticRegression

    from . import suite
    from .clauses import ABUSE_KINDS
    from .harm import CLAUSE_KEYS
    from .model import (
        STACK_LANGS,
        VIOLATION_CONTRASTS,
        LinearModel,
        clause_base,
        clause_features,
        violation_features,
    )
    with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    manifest.pop("harm_stack", None)
    model = LinearModel(model_dir)
    model.manifest = manifest
    share = manifest.get("clause_share") or {}
    rows = []  # (source, labels, lang, probs, found)

    def stack_labels(violating, named):
        """The stack's labels of a case written from the guidelines: violation, and each clause it names
        (abuse also when it names only an abuse kind)."""
        named = set(named)
        labels = {"violation": int(violating)}
        for k in CLAUSE_KEYS:
            labels[k] = int(k in named or (k == "abuse" and bool(named & set(ABUSE_KINDS))))
        return labels

    for lang in SCORED_LANGS:
        cal = [e for e in examples
               if e["language"] == lang and e["split"] == "calib" and e["dataset"] not in NOT_CALIBRATION]
        cal = _hash_ordered(cal)[:STACK_CALIB_ROWS]
        for e, (lg, probs, found) in zip(cal, model.harm_inputs([e["text"] for e in cal]), strict=True):
            if probs is not None:
                rows.append(("calib", e["labels"], lg, probs, found))
    for lang in suite.LANGS:
        cases = [c for c in suite.load(lang) if suite.half(c) == "tune"]
        for c, (lg, probs, found) in zip(cases, model.harm_inputs([c["text"] for c in cases]), strict=True):
            if probs is None:
                continue
            rows.append(("suite", stack_labels(c["violating"], c["clauses"]), lg, probs, found))
    if STACK_PROBE_WEIGHT:
        for lang in suite.LANGS:
            lines = [(c, t) for _p, c, t in probe_lines(lang)]
            for (clauses, _t), (lg, probs, found) in zip(lines, model.harm_inputs([t for _, t in lines]),
                                                         strict=True):
                if probs is None:
                    continue
                named = set() if clauses.strip() == "-" else {c.strip() for c in clauses.split(",")}
                rows.append(("probe", stack_labels(bool(named), named), lg, probs, found))

    def fit(name, feats, offset=False, suite_weight=SUITE_WEIGHT):
        X, y, src = [], [], []
        for source, labels, lg, probs, found in rows:
            if name not in labels or (
                    source == "probe" and name == "violation" and not STACK_PROBE_VIOLATION):
                continue
            x = feats(lg, probs, found)
            if x is None:
                continue
            X.append(x)
            y.append(labels[name])
            src.append(source)
        X, y, src = np.asarray(X, dtype=float), np.asarray(y), np.asarray(src)
        if len(set(y)) < 2:
            return None
        w = stack_source_weights(src, suite_weight)
        n_suite, n_cal = (src == "suite").sum(), (src == "calib").sum()
        if offset:
            coef, intercept = [1.0] + _fit_offset(X[:, 0], X[:, 1:], y, w), 0.0
        else:
            lr = LogisticRegression(C=1.0, max_iter=1000).fit(X, y, sample_weight=w)
            coef, intercept = lr.coef_[0].tolist(), float(lr.intercept_[0])
        out = {"coef": [round(float(v), 4) for v in coef],
               "intercept": round(float(intercept), 4),
               "rows": {"calib": int(n_cal), "suite": int(n_suite)}}
        log(f"stack {name}: {out}")
        return out

    stack = {}
    for clause in CLAUSE_KEYS:
        reads = CLAUSE_READS_VIOLATION and clause not in CLAUSES_NOT_READING_VIOLATION
        by_language = reads and clause in CLAUSES_VIOLATION_BY_LANGUAGE

        def feats(lg, probs, found, clause=clause, reads=reads, by_language=by_language):
            base = clause_base(probs.get(clause), probs.get("violation"), share.get(clause, 0.2),
                               CLAUSE_BASE_FLOOR)
            if base is None:
                return None
            return clause_features(base, probs.get("violation"), found.get(clause, (0,))[0], reads,
                                   lg if by_language else None)
        st = fit(clause, feats)
        if st is not None:
            st["base_floor"] = CLAUSE_BASE_FLOOR
            if by_language:
                st["violation_by_language"] = list(STACK_LANGS)
            stack[clause] = st
    # violation keeps its head's logit as an offset (weight 1, no intercept): a comment the detectors
    # say nothing about keeps exactly the head's probability, so the stack cannot move the datasets'
    # figures except where a detector or a contrast speaks
    st = fit("violation", lambda lg, probs, found: (
        violation_features(probs["violation"], found, lg, VIOLATION_STRONG_BY_LANGUAGE)
        if probs.get("violation") is not None else None), offset=True, suite_weight=SUITE_WEIGHT_VIOLATION)
    if st is not None:
        st["by_language"] = list(STACK_LANGS)
        st["strong_by_language"] = VIOLATION_STRONG_BY_LANGUAGE
        st["contrasts"] = list(VIOLATION_CONTRASTS)
        stack["violation"] = st
    strong_names = ([f"strong {c} ({lg})" for lg in STACK_LANGS for c in CLAUSE_KEYS]
                    if VIOLATION_STRONG_BY_LANGUAGE else [f"strong {c}" for c in CLAUSE_KEYS])
    stack["features"] = {"clause": ["logit(base)", "weak finding", "strong finding"]
                         + (["logit(violation head)"] if CLAUSE_READS_VIOLATION else []),
                         # the stacks of CLAUSES_VIOLATION_BY_LANGUAGE: that logit in one column per language
                         "clause_by_language": ["logit(base)", "weak finding", "strong finding"]
                         + [f"logit(violation head) ({lg})" for lg in STACK_LANGS],
                         "violation": ["logit(violation head)"] + strong_names
                         + [f"{c} ({lg})" for lg in STACK_LANGS for c in VIOLATION_CONTRASTS]}
    manifest["harm_stack"] = stack
    with open(os.path.join(model_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    return stack


# ---- the written-threat heads: what the comments we wrote teach about threats ----
# Threats are rare and thinly labelled in the datasets (none in the Turkish sets, six rows in the Arabic
# ones), and the detectors' rules catch about half of the threats written afresh in each probe round, a
# quarter in round 25 (tests/guidelines/probes/README.md). The probe comments (5,000+ lines in four
# languages, written from the guidelines, each labelled with the clause a moderator would reject it under)
# teach a linear head over the same features what a threat looks like in words no rule lists; real
# train-split comments of the language (clean ones, and real threat labels where a dataset has them) teach
# it what ordinary comments look like. It is one more column of the language's weight matrix (no extra
# product at scoring time). At or above its threshold it is a weak threat finding (model.with_written),
# which the stack weighs like a rule's. The suite is never trained on: its check half stays a fair test.
# Tried and not shipped (2026-12-01): a written head for identity-based abuse, built the same way. Out
# of fold, the probe lines on which it alone fired (no rule finding) were abuse in 12 of 54 -- friendly and
# neutral mentions of a people made up most of the rest, even with 480 such lines written for it
# (*_r28c.tsv) -- so a stack weight fitted on exactly those lines (the stack's own offset, one weight) came
# out +1.3 in logit, and with round 28's rules in place the suite's check half moved by at most one case
# per language (Persian +3 before them). That weight,
# fitted the same way for the threat heads (+5.5 from 97 threats among 156 such lines, against the
# rules' weak-finding weight +6.3 the written finding shares), cost Turkish check-half threats
# (recall 0.889 -> 0.847) for Arabic precision (0.968 -> 0.984): not adopted either.
WRITTEN_HEADS = True
WRITTEN_PROBES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                              "tests", "guidelines", "probes")
WRITTEN_REAL_ROWS = 30000  # real train-split rows per language at most (hash order); 8,000 did as well
# Chosen (2026-12-03) by the heads' own out-of-fold figure -- threats found in probe rounds held out in turn,
# at the same false-alarm limits below -- mean over en/ar/tr/fa: C 2 0.514, 4 0.534, 8 0.545, 16 0.564,
# 32 0.563, 64 0.566 (a plateau from 16). Measured after, not chosen by: our suite's check half en 147 ->
# 150, ar 118 -> 119, tr 132 -> 131, fa 120 -> 121 of 168; threats in the held-out batches
# (tests/guidelines/heldout) 34 -> 36 of 70.
WRITTEN_C = 16.0
WRITTEN_REAL_WEIGHT = 1.0
WRITTEN_HARD_WEIGHT = 10.0
# The threshold is the lowest on WRITTEN_GRID at which, out of fold (the probe rounds held out in turn,
# so each line is scored by a head that never saw its round), at most WRITTEN_MAX_CONTRAST of the probe
# contrasts and WRITTEN_MAX_OTHER of the other violations would be read as threats, and at most
# WRITTEN_MAX_REAL of the language's clean calibration-split comments (real comments the head never saw).
WRITTEN_GRID = tuple(round(0.5 + 0.02 * k, 2) for k in range(25))
WRITTEN_MAX_CONTRAST = 0.02
WRITTEN_MAX_OTHER = 0.02
WRITTEN_MAX_REAL = 0.002
WRITTEN_FOLDS = 5


def read_probes(path):
    """[(clauses, text)] of one probe file: ``clauses<TAB>text`` lines (``-``: clean), ``#`` comments."""
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in f
                if "\t" in line and not line.startswith("#")]


def probe_lines(lang, probes_dir=WRITTEN_PROBES):
    """[(path, clauses, text)] of a language's probe files (``clause<TAB>text``, ``-`` clean), file by
    file in name order. A line that is also a case of our functional suite (five were, written twice) is
    left out, so the suite's check half stays unseen by whatever trains on them."""
    import glob

    from . import suite
    in_suite = {c["text"].strip() for c in suite.load(lang)} if lang in suite.LANGS else set()
    return [(path, clauses, text) for path in sorted(glob.glob(os.path.join(probes_dir, f"{lang}_*.tsv")))
            for clauses, text in read_probes(path) if text.strip() not in in_suite]


def written_rows(lang, probes_dir=WRITTEN_PROBES):
    """[(text, threat 0/1, clean 0/1, round)] of a language's probe lines (probe_lines); the round is
    the file's ``_rNN`` (the first files, without one, count as round 11)."""
    import re
    out = []
    for path, clauses, text in probe_lines(lang, probes_dir):
        m = re.search(r"_r(\d+)", os.path.basename(path))
        rnd = int(m.group(1)) if m else 11
        out.append((text, int("threat" in clauses.split(",")), int(clauses == "-"), rnd))
    return out


def probe_examples(langs=PROBE_LANGS, probes_dir=WRITTEN_PROBES):
    """The probe lines (probe_lines) as training rows of the violation heads: {"text", "language",
    "dataset": PROBES, "split": "train", "labels": {"violation": 0|1}}; a clean line (``-``) is 0, a
    line naming any clause but promotion 1 (the violation heads learn offensive language; spam is the
    promotion head's and the rules')."""
    return [{"text": text, "language": lang, "dataset": PROBES, "split": "train",
             "labels": {"violation": int(clauses != "-")}}
            for lang in langs for _path, clauses, text in probe_lines(lang, probes_dir)
            if text.strip() and clauses != "promotion"]


def _written_fit(X, y, w, real):
    """The head on rows X (labels y, weights w), of which the boolean mask ``real`` marks real comments;
    with hard negatives: the clean real comments the first fit reads as likelier threats than not weigh
    WRITTEN_HARD_WEIGHT times more in a second fit. Why: a threat names its target ("your family",
    "the editor"), so the first fit learnt the targets too, and read "my family and I read your paper
    every morning" as a threat; real comments that talk of families and editors teach it otherwise."""
    def fit(w):
        return LogisticRegression(C=WRITTEN_C, solver="liblinear", class_weight="balanced", random_state=0,
                                  max_iter=300).fit(X, y, sample_weight=w)
    clf = fit(w)
    if WRITTEN_HARD_WEIGHT == 1:
        return clf
    hard = real & (y == 0) & (clf.decision_function(X) > 0)
    return fit(np.where(hard, w * WRITTEN_HARD_WEIGHT, w))


def train_written_heads(model_dir, examples, log=print, probes_dir=WRITTEN_PROBES, langs=SCORED_LANGS):
    """Fit each language's written-threat head, choose its threshold out of fold, and write the head
    as the last column of the language's weight matrix (replacing an earlier one); the manifest's
    "written_heads" records the column, the threshold, the rows and the out-of-fold figures."""
    from scipy import sparse
    with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    old = manifest.get("written_heads") or {}
    arrays = weight_file.load(os.path.join(model_dir, "weights.npz"))
    feat = Featurizer(idf=arrays["idf"].astype(np.float32))  # as model.LinearModel builds it
    heads = {}
    for lang in langs:
        if f"W_{lang}" not in arrays:
            continue
        W, b = arrays[f"W_{lang}"], arrays[f"b_{lang}"]
        if lang in old:  # drop the previous written column (always the last)
            W, b = W[:, :int(old[lang]["col"])], b[:int(old[lang]["col"])]
            arrays[f"W_{lang}"], arrays[f"b_{lang}"] = np.ascontiguousarray(W), b
        probes = written_rows(lang, probes_dir)
        if sum(p[1] for p in probes) < MIN_POSITIVES:
            continue
        real = _hash_ordered([e for e in examples if e["language"] == lang and e["split"] == "train"
                              and e["dataset"] != "extra"
                              and (e["labels"].get("violation") == 0 or "threat" in e["labels"])])
        real = real[:WRITTEN_REAL_ROWS]
        calib = _hash_ordered([e for e in examples if e["language"] == lang and e["split"] == "calib"
                               and e["labels"].get("violation") == 0 and e["dataset"] not in NOT_CALIBRATION])
        Xp, Xr, Xc = (feat.transform_normalised([normalise_text(t) for t in texts])
                      for texts in ([p[0] for p in probes], [e["text"] for e in real],
                                    [e["text"] for e in calib]))
        yp = np.array([p[1] for p in probes])
        yr = np.array([int(e["labels"].get("threat", 0)) for e in real])
        clean = np.array([p[2] for p in probes], dtype=bool)
        rounds = np.array([p[3] for p in probes])
        # the real rows weigh WRITTEN_REAL_WEIGHT times the probes in total: the probes know threats,
        # the real rows know what ordinary comments say
        wr = np.full(len(real), WRITTEN_REAL_WEIGHT * len(probes) / max(1, len(real)))
        oof = np.zeros(len(probes))
        for k in range(WRITTEN_FOLDS):
            held = rounds % WRITTEN_FOLDS == k
            if not held.any():
                continue
            clf = _written_fit(sparse.vstack([Xp[~held], Xr]), np.concatenate([yp[~held], yr]),
                               np.concatenate([np.ones((~held).sum()), wr]),
                               np.concatenate([np.zeros((~held).sum(), bool), np.ones(len(real), bool)]))
            oof[held] = clf.predict_proba(Xp[held])[:, 1]
        clf = _written_fit(sparse.vstack([Xp, Xr]), np.concatenate([yp, yr]),
                           np.concatenate([np.ones(len(probes)), wr]),
                           np.concatenate([np.zeros(len(probes), bool), np.ones(len(real), bool)]))
        pc = clf.predict_proba(Xc)[:, 1] if len(calib) else np.zeros(0)
        other = ~clean & (yp == 0)
        threshold, figs = None, None
        for t in WRITTEN_GRID:
            f = {"threats": float(np.mean(oof[yp == 1] >= t)), "contrasts": float(np.mean(oof[clean] >= t)),
                 "other_violations": float(np.mean(oof[other] >= t)),
                 "real_clean": float(np.mean(pc >= t)) if len(pc) else 0.0}
            if (f["contrasts"] <= WRITTEN_MAX_CONTRAST and f["other_violations"] <= WRITTEN_MAX_OTHER
                    and f["real_clean"] <= WRITTEN_MAX_REAL):
                threshold, figs = t, {k: round(v, 4) for k, v in f.items()}
                break
        if threshold is None:
            log(f"written head {lang}: no threshold meets the limits; not used")
            continue
        arrays[f"W_{lang}"] = np.ascontiguousarray(np.hstack([W, clf.coef_.T.astype(np.float32)]))
        arrays[f"b_{lang}"] = np.concatenate([b, clf.intercept_.astype(np.float32)])
        heads[lang] = {"col": int(W.shape[1]), "threshold": threshold, "out_of_fold": figs,
                       "weights": {"real_to_probes": WRITTEN_REAL_WEIGHT,
                                   "hard_negatives": WRITTEN_HARD_WEIGHT, "C": WRITTEN_C},
                       "rows": {"probes": len(probes), "probe_threats": int(yp.sum()), "real": len(real),
                                "real_threats": int(yr.sum()), "calib_clean": len(calib)}}
        log(f"written head {lang}: {heads[lang]}")
    weight_file.save(os.path.join(model_dir, "weights.npz"), arrays)
    manifest["written_heads"] = heads
    with open(os.path.join(model_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    return heads


def _fit_offset(z, X, y, w, l2=1.0):
    """Weighted logistic regression with a fixed offset: p = sigmoid(z + X @ beta), L2 on beta."""
    from scipy.optimize import minimize
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float) / np.mean(w)

    def loss(beta):
        t = z + X @ beta
        p = 1.0 / (1.0 + np.exp(-t))
        ll = np.sum(w * (np.logaddexp(0, t) - y * t))
        grad = X.T @ (w * (p - y)) + l2 * beta
        return ll + 0.5 * l2 * beta @ beta, grad
    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B")
    return [float(v) for v in res.x]




# ---- HurtLex, kept only where the training data agrees ----
# Every kept word becomes an insult, which counts only when aimed at a person ("you X", "the writer is
# an X"): an automatically translated word that slipped through the data filter ("tool", "chick")
# then costs nothing on its own, as it would as a free-standing vulgarity.
HURTLEX_CATEGORIES = {c: "INSULT" for c in ("ps", "om", "cds", "dmc", "an", "asf", "asm", "pr", "ddp", "ddf")}
HURTLEX_MIN_COUNT, HURTLEX_MIN_LR = 8, 4.0


def hurtlex_words(data_dir, examples, log=print):
    """{lang: {tag: [words]}}: HurtLex 1.2 lemmas (conservative level; one word each) of the
    categories above, kept only if they occur in at least HURTLEX_MIN_COUNT training-split comments of
    their language and are HURTLEX_MIN_LR times likelier in violating than in clean ones. HurtLex was
    translated automatically from Italian and many ar/fa/tr entries are generic words ("happy",
    "human"); the training data throws those out. Its licence is non-commercial: --open-only skips it."""
    import csv
    from collections import Counter
    out = {}
    for lang, code in (("en", "EN"), ("ar", "AR"), ("tr", "TR"), ("fa", "FA")):
        p = os.path.join(data_dir, "hurtlex", f"hurtlex_{code}.tsv")
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            lemmas = {}
            for r in csv.DictReader(f, delimiter="\t"):
                tag = HURTLEX_CATEGORIES.get(r["category"])
                w = normalise_text(r["lemma"].strip())
                if tag and r["level"] == "conservative" and w and " " not in w and w.isalpha() and len(w) > 2:
                    lemmas.setdefault(w, tag)
        rows = [e for e in examples
                if e["language"] == lang and e["split"] == "train" and "violation" in e["labels"]]
        pos, neg = Counter(), Counter()
        npos = sum(e["labels"]["violation"] for e in rows)
        nneg = len(rows) - npos
        for e in rows:
            toks = set((e.get("norm") or normalise_text(e["text"])).split())
            hits = toks & lemmas.keys()
            (pos if e["labels"]["violation"] else neg).update(hits)
        kept = {}
        for w, tag in lemmas.items():
            a, b = pos[w], neg[w]
            ratio = ((a + 0.5) / (npos + 1)) / ((b + 0.5) / (nneg + 1))
            if a + b >= HURTLEX_MIN_COUNT and ratio >= HURTLEX_MIN_LR:
                kept.setdefault(tag, []).append(w)
        out[lang] = {t: sorted(ws) for t, ws in kept.items()}
        log(f"hurtlex {lang}: kept {sum(len(v) for v in kept.values())} of {len(lemmas)} lemmas")
    return out


# (fiftieth round) Words the word lists lacked, found in the training comments and kept by hand in
# harm_lexicon/mined_<lang>.tsv (a word and its tags a line). Two kinds of candidates:
# - vocative_candidates: in Arabic the vocative "يا" names the person addressed, and what follows it in an
#   offensive comment is mostly an insult ("يا خروف": 64 violating comments of the train split, no clean
#   one). Kept with the tag VOCINSULT: an insult only when said to the addressee (harm.py).
# - unread_candidates: words of violating comments in which the detectors found nothing ("koduğumun",
#   "amik", "خایه": profanity the lists missed in 66 and 135 Turkish comments).
# A name, a people, a kin word or an everyday word also passes the data's filter: every kept word was
# read by a person. The lists join the HurtLex words as the model's extra entries (calibrate_harm), so the
# leave-one-dataset-out folds, whose detectors take no extra entries, are not fitted to words mined from
# every set's train split.
MINED_LANGS = ("en", "ar", "tr", "fa")
MINED_MIN_COUNT, MINED_MIN_LR = 5, 4.0


def mined_words(lang):
    """[(word, tags)] of harm_lexicon/mined_<lang>.tsv ([] where there is none)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harm_lexicon", f"mined_{lang}.tsv")
    if not os.path.exists(path):
        return []
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                word, tags = line.rstrip("\n").split("\t")
                out.append((word, tuple(tags.split(","))))
    return out


def mined_entries(lang):
    """{tag: entries} for the detectors; a VOCINSULT word also with its vocative fused ("ياخروف")."""
    from .harm import AR_VOCATIVES
    out = {}
    for word, tags in mined_words(lang):
        for tag in tags:
            out.setdefault(tag, set()).add(word)
            if tag == "VOCINSULT":
                out[tag].add(AR_VOCATIVES[0] + word)
    return {tag: sorted(ws) for tag, ws in out.items()}


def _candidates(pos, neg, npos, nneg, min_count, listed):
    out = []
    for w in set(pos) | set(neg):
        a, b = pos[w], neg[w]
        ratio = ((a + 0.5) / (npos + 1)) / ((b + 0.5) / (nneg + 1))
        if a + b >= min_count and ratio >= MINED_MIN_LR and not listed(w):
            out.append((w, a, b, round(ratio, 1)))
    return sorted(out, key=lambda r: (-r[3], r[0]))


def _train_rows(examples, lang):
    rows = [e for e in examples
            if e["language"] == lang and e["split"] == "train" and "violation" in e["labels"]]
    npos = sum(e["labels"]["violation"] for e in rows)
    return rows, npos, len(rows) - npos


def vocative_candidates(examples, lang="ar", detector=None):
    """(word, violating comments, clean comments, likelihood ratio) for each word written after "يا" (or
    fused with it) in the train split's comments of ``lang``, in at least MINED_MIN_COUNT comments and
    MINED_MIN_LR times likelier in a violating one, that no list of the detectors tags yet; likeliest
    first."""
    from .harm import AR_VOCATIVES, HarmDetector
    L = (detector or HarmDetector()).langs[lang]
    rows, npos, nneg = _train_rows(examples, lang)
    pos, neg = Counter(), Counter()
    for e in rows:
        toks = [t.replace("ئ", "ی") for t in (e.get("norm") or normalise_text(e["text"])).split()]
        called = {toks[i + 1] for i, t in enumerate(toks[:-1]) if t in AR_VOCATIVES}
        called |= {t[2:] for t in toks if t.startswith(AR_VOCATIVES) and len(t) > 4}
        (pos if e["labels"]["violation"] else neg).update(called)
    fused = AR_VOCATIVES[0]
    return _candidates(pos, neg, npos, nneg, MINED_MIN_COUNT, lambda w: L.tags(w) or L.tags(fused + w))


def unread_candidates(examples, lang, detector=None, min_count=MINED_MIN_COUNT):
    """(word, violating comments, clean comments, likelihood ratio) for each word of three letters or more
    in at least ``min_count`` violating comments of the train split in which the detectors found no clause,
    MINED_MIN_LR times likelier in a violating comment than in a clean one (all comments counted), that no
    list tags; likeliest first."""
    from .harm import _TOKEN_RE, HarmDetector, summarise
    det = detector or HarmDetector()
    L = det.langs[lang]
    rows, npos, nneg = _train_rows(examples, lang)
    pos, neg, unread = Counter(), Counter(), Counter()
    for e in rows:
        norm = e.get("norm") or normalise_text(e["text"])
        words = {w for w in _TOKEN_RE.findall(norm) if len(w) >= 3 and not w.isdigit()}
        if not e["labels"]["violation"]:
            neg.update(words)
            continue
        pos.update(words)
        found = summarise(det.analyse_comment(lang, e["text"], norm))
        if not any(c in found for c in ("threat", "abuse", "personal_attack", "profanity", "vulgarity")):
            unread.update(words)
    out = _candidates(pos, neg, npos, nneg, 0, L.tags)
    return [r for r in out if unread[r[0]] >= min_count]


def calibrate_harm(model_dir, data_dir, examples=None, open_only=False, log=print):
    """The detector side of a trained model: HurtLex words the data confirms (not with --open-only),
    the likelihood ratios (kept for the card and older manifests), the clause shares and the stack.
    ``python -m newsroom.guidelines calibrate --model DIR`` re-runs it without retraining the heads."""
    from .harm import HarmDetector
    if examples is None:  # the datasets train() uses (see TRAIN_BROADENING)
        names = [n for n in D.DATASETS if n not in D.BROADENING or TRAIN_BROADENING]
        examples = D.load_all(data_dir, open_only=open_only, names=names)
        for e in examples:
            e["norm"] = normalise_text(e["text"])
    lex_path = os.path.join(model_dir, "lexicons.json")
    with open(lex_path, encoding="utf-8") as f:
        lex = json.load(f)
    extra = {} if open_only else hurtlex_words(data_dir, examples, log=log)
    source = ("HurtLex 1.2 (Bassignana, Basile & Patti 2018), CC BY-NC-SA 4.0, filtered by the training "
              "data") if extra else "none"
    if not open_only:  # (mined from every set's train split, the closed ones too)
        for lang in MINED_LANGS:
            for tag, words in mined_entries(lang).items():
                have = extra.setdefault(lang, {}).setdefault(tag, [])
                have[:] = sorted(set(have) | set(words))
        source += "; harm_lexicon/mined_*.tsv (words of the training comments the lists lacked, kept by hand)"
    lex["harm"] = {"extra": extra, "source": source}
    with open(lex_path, "w", encoding="utf-8") as f:
        json.dump(lex, f, ensure_ascii=False)
    ratios, counts = harm_ratios(examples, log=log, detector=HarmDetector(extra))
    if WRITTEN_HEADS:
        train_written_heads(model_dir, examples, log=log)
    route_experts(model_dir, examples, log=log)
    decision_point(model_dir, examples, log=log)
    with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    manifest.update(harm_ratios=ratios, harm_counts=counts, clause_share=clause_shares(examples))
    # the promotion rules are detectors too: their weights are refitted on the rules as they now are (a
    # sales formula added to detectors.py changes what the "phrase" finding means)
    promo_w, promo_b = _promotion_rules(examples, manifest.get("seed", 0))
    manifest["promotion_rules"] = {"weights": promo_w, "bias": promo_b}
    with open(os.path.join(model_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    return fit_harm_stack(model_dir, examples, log=log)


def _violation_calibration(model, examples, lang):
    """(rows, features): a language's calibration rows labelled for violation (not NOT_CALIBRATION's sets),
    featurised as ``model``'s violation head reads them (without the peoples' names where
    UNREAD_GROUPS says so); ([], None) when there are none."""
    ca = [e for e in examples if e["language"] == lang and e["split"] == "calib"
          and "violation" in e["labels"] and e["dataset"] not in NOT_CALIBRATION]
    if not ca:
        return ca, None
    return ca, model.feat.transform_normalised([e.get("norm") or normalise_text(e["text"]) for e in ca],
                                               unread=lang in model.unread_langs)


def route_experts(model_dir, examples, log=print):
    """Keep a violation mixture's expert for a dataset only where it serves that dataset's calibration
    rows better than the pooled head in its place (AUC + macro-F1 at 0.5, the mixture's own yardstick);
    otherwise the gate's share for that dataset goes to the pooled head (as for the small sets).

    Why: an expert fitted on one dataset's train split can rank worse than the pooled head, which saw
    every set (Civil Comments' toxic spans: calibration AUC 0.736 with its expert, 0.763 with the
    pooled head). Only calibration rows are used."""
    from .model import LinearModel
    with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    model = LinearModel(model_dir)
    for lang, mix in (manifest.get("mixture") or {}).items():
        h = model.heads.get(lang)
        if not h or "mix" not in h:
            continue
        j, ecols, gcols, st = h["mix"]
        ca, X = _violation_calibration(model, examples, lang)
        if not ca:
            continue
        y = np.array([e["labels"]["violation"] for e in ca])
        ds = np.array([e["dataset"] for e in ca])

        for k, d in enumerate(mix["datasets"]):
            rows = np.flatnonzero(ds == d)
            if ecols[k] == j or len(rows) == 0 or len(set(y[rows])) < 2:
                continue
            alt = ecols.copy()
            alt[k] = j
            expert = _served(model, lang, (j, ecols, gcols, st), X[rows], y[rows])
            pooled = _served(model, lang, (j, alt, gcols, st), X[rows], y[rows])
            log(f"route {lang}:{d}: expert {expert:.4f}, pooled head {pooled:.4f} (calibration AUC + F1)")
            if pooled > expert:
                ecols = alt
                mix["expert_cols"][k] = int(j)
                mix["routed_to_pooled"] = sorted(set(mix.get("routed_to_pooled", [])) | {d})
        h["mix"] = (j, ecols, gcols, st)
    with open(os.path.join(model_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


def _served(model, lang, mix, X, y):
    """AUC + macro-F1 at 0.5 of a language's violation head with the mixture ``mix`` on rows X, y."""
    model.heads[lang]["mix"] = mix
    names, P = model.head_probs(lang, X)
    p = P[:, names.index("violation")]
    return roc_auc_score(y, p) + f1_score(y, (p >= 0.5).astype(int), average="macro")


def decision_point(model_dir, examples, log=print):
    """Move each violation head's 0.5 point to the threshold with the best mean per-dataset macro-F1
    on the calibration split (the same step train() takes after Platt scaling; here it also serves
    a model trained before it existed). The threshold is searched on the head *before* any shift (the
    recorded shift is added back to its logits) and the recorded shift is replaced, not added to, so
    re-running it (``calibrate``) moves nothing: searched on the shifted head, the grid's probabilities
    fall on other logits, and on a flat F1 curve each run moved Arabic again (+0.302 at training, then
    -0.201 at a second ``calibrate``: suite check half 108 -> 104, news reports flagged).
    Writes the shift per language."""
    from .model import LinearModel
    with open(os.path.join(model_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    model = LinearModel(model_dir)
    shifts = dict(manifest.get("decision_shift") or {})
    for lang in SCORED_LANGS:
        names = manifest["heads"].get(lang) or []
        if "violation" not in names:
            continue
        ca, X = _violation_calibration(model, examples, lang)
        if not ca:
            continue
        hn, P = model.head_probs(lang, X)
        p = np.clip(P[:, hn.index("violation")], 1e-6, 1 - 1e-6)
        y = np.array([e["labels"]["violation"] for e in ca])
        ds = np.array([e["dataset"] for e in ca])
        before = shifts.get(lang, 0.0)
        # rounded before it is applied, as it is recorded: the intercept then moves by exactly the
        # difference of two recorded shifts, and a re-run that finds the same threshold moves nothing
        # (applying the unrounded one drifted each `calibrate` by up to 5e-5)
        shift = round(_f1_shift(np.log(p / (1 - p)) + before, y, ds), 4)
        mix = (manifest.get("mixture") or {}).get(lang)
        if mix is not None:
            mix["stack"][2] -= shift - before
        else:
            manifest["platt"][lang][names.index("violation")][1] -= shift - before
        shifts[lang] = shift
        log(f"decision point {lang}: logit shift {shift:+.3f} (was {before:+.3f})")
    manifest["decision_shift"] = shifts
    with open(os.path.join(model_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
