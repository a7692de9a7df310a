"""The calibrated stack that joins the detectors to the heads (model.LinearModel._harm): what the
violation stack reads, and the promise that a comment the detectors say nothing about keeps its
head's score exactly."""
import pytest

from newsroom.guidelines.harm import CLAUSE_KEYS
from newsroom.guidelines.model import (
    STACK_LANGS,
    VIOLATION_CONTRASTS,
    _logit,
    _stacked,
    clause_base,
    clause_features,
    violation_features,
)


def test_each_contrast_has_a_column_per_language():
    found = {"report": (2, [], set()), "threat": (2, [], set())}
    x = violation_features(0.5, found, "ar")
    assert len(x) == 1 + len(CLAUSE_KEYS) + len(STACK_LANGS) * len(VIOLATION_CONTRASTS)
    contrasts = x[1 + len(CLAUSE_KEYS):]
    on = [f"{c} ({lg})" for lg in STACK_LANGS for c in VIOLATION_CONTRASTS
          if contrasts[STACK_LANGS.index(lg) * len(VIOLATION_CONTRASTS) + VIOLATION_CONTRASTS.index(c)]]
    assert on == ["report (ar)"]
    assert x[1 + CLAUSE_KEYS.index("threat")] is True


def test_the_neutral_identity_mention_is_not_a_violation_contrast():
    # it fires more often in violating than in clean real comments (see model.VIOLATION_CONTRASTS)
    assert "identity" not in VIOLATION_CONTRASTS
    plain = violation_features(0.7, {}, "en")
    assert violation_features(0.7, {"identity": (2, [], set())}, "en") == plain


def test_the_shipped_stack_matches_its_feature_layout(model):
    st = model.manifest["harm_stack"]["violation"]
    names = model.manifest["harm_stack"]["features"]["violation"]
    assert st["by_language"] == list(STACK_LANGS)
    assert len(st["coef"]) == len(names) == len(
        violation_features(0.5, {}, "en", st.get("strong_by_language", False)))


def test_strong_findings_can_have_a_column_per_language():
    # training.VIOLATION_STRONG_BY_LANGUAGE: a Turkish strong insult moves only the Turkish column
    found = {"personal_attack": (2, [], set()), "threat": (1, [], set())}
    x = violation_features(0.5, found, "tr", strong_by_language=True)
    k = len(CLAUSE_KEYS)
    assert len(x) == 1 + len(STACK_LANGS) * (k + len(VIOLATION_CONTRASTS))
    strong = x[1:1 + len(STACK_LANGS) * k]
    on = [f"{c} ({lg})" for lg in STACK_LANGS for c in CLAUSE_KEYS
          if strong[STACK_LANGS.index(lg) * k + CLAUSE_KEYS.index(c)]]
    assert on == ["personal_attack (tr)"]  # a weak threat is no strong finding
    assert violation_features(0.5, found, "tr")[1:1 + k] == [c == "personal_attack" for c in CLAUSE_KEYS]


@pytest.mark.parametrize("text", [
    "The bridge reopened on Tuesday after the repairs.",
    "الجسر أعيد افتتاحه يوم الثلاثاء بعد الإصلاحات",
])
def test_a_comment_with_no_finding_keeps_its_heads_violation(model, text):
    lang, probs, found = model.harm_inputs([text])[0]
    assert not found
    r = model.score([{"text": text}])[0]
    assert r["language"] == lang
    assert r["violation"] == pytest.approx(max(probs["violation"], r["categories"]["promotion"]), abs=1e-4)


def test_a_dataset_routed_to_the_pooled_head_is_served_by_it(model):
    # training.route_experts: Civil Comments' toxic spans ranked better with the pooled head than with
    # its own expert on calibration rows, so the gate's share for it goes to the pooled head
    mix = model.manifest["mixture"]["en"]
    pooled = model.manifest["heads"]["en"].index("violation")
    assert "toxic_spans" in mix["routed_to_pooled"]
    for d in mix["routed_to_pooled"]:
        assert mix["expert_cols"][mix["datasets"].index(d)] == pooled
    j, ecols, _g, _s = model.heads["en"]["mix"]
    assert list(ecols) == mix["expert_cols"] and j == pooled


def test_a_clause_stack_with_four_weights_reads_the_violation_head():
    three = {"coef": [0.5, 1.0, 3.0], "intercept": -2.0}
    four = {"coef": [0.5, 1.0, 3.0, 0.8], "intercept": -2.0}
    assert clause_features(0.01, 0.95, 2, False) == [_logit(0.01), False, True]
    assert clause_features(0.01, 0.95, 2, True) == [_logit(0.01), False, True, _logit(0.95)]
    # a comment the violation head is sure of, with a strong finding, gets further than with the
    # clause head's near-zero base alone; with no violation head the column stays silent
    sure = _stacked(four, clause_features(0.01, 0.95, 2, True))
    assert sure > _stacked(three, clause_features(0.01, 0.95, 2, False))
    assert clause_features(0.01, None, 0, True)[3] == 0.0


def test_a_clause_stack_reads_the_violation_head_with_its_language_s_weight():
    """training.CLAUSES_VIOLATION_BY_LANGUAGE: one column of logit(p(violation)) per language, zero in the
    others (and in every column for a language outside STACK_LANGS), so a stack can weigh the Arabic head
    otherwise than the English one."""
    from newsroom.guidelines.model import STACK_LANGS
    lpv = _logit(0.95)
    x = clause_features(0.3, 0.95, 1, True, "ar")
    assert x[:3] == [_logit(0.3), True, False]
    assert x[3:] == [lpv if lg == "ar" else 0.0 for lg in STACK_LANGS]
    assert clause_features(0.3, 0.95, 1, True, "ckb")[3:] == [0.0] * len(STACK_LANGS)
    st = {"coef": [0.5, 0.0, 4.0, -0.5, 0.25, 0.0, 0.0], "intercept": -1.5}
    # the same comment weighs its violation head against abuse in English, for it in Arabic
    assert _stacked(st, clause_features(0.9, 0.999, 0, True, "ar")) > _stacked(
        st, clause_features(0.9, 0.999, 0, True, "en"))


def test_the_shipped_clause_stacks_match_their_feature_layout(model):
    stack = model.manifest["harm_stack"]
    from newsroom.guidelines.training import CLAUSES_NOT_READING_VIOLATION, CLAUSES_VIOLATION_BY_LANGUAGE
    for clause in CLAUSE_KEYS:
        if clause in stack:
            # training.CLAUSES_NOT_READING_VIOLATION: those stacks leave out the violation column;
            # training.CLAUSES_VIOLATION_BY_LANGUAGE: those have one per language
            reads = clause not in CLAUSES_NOT_READING_VIOLATION
            by_language = reads and clause in CLAUSES_VIOLATION_BY_LANGUAGE
            names = stack["features"]["clause_by_language" if by_language else "clause"]
            assert len(stack[clause]["coef"]) == (len(names) if reads else 3), clause
            assert bool(stack[clause].get("violation_by_language")) == by_language, clause
    assert len(stack["threat"]["coef"]) == 3


def test_a_clause_head_is_floored_at_its_share_of_the_violation():
    # model.clause_base: a thin head (the Arabic vulgarity head, near zero on everything) no longer
    # drags a comment the violation head is sure of below its clause's share of violations
    assert clause_base(0.001, 0.9, 0.4, True) == pytest.approx(0.36)
    assert clause_base(0.001, 0.9, 0.4, False) == 0.001  # stacks fitted before the floor
    assert clause_base(0.7, 0.9, 0.4, True) == 0.7  # a confident head keeps its own probability
    assert clause_base(None, 0.5, 0.2, False) == pytest.approx(0.1)  # no head: the share, as before
    assert clause_base(0.3, None, 0.2, True) == 0.3 and clause_base(None, None, 0.2, True) is None



def test_the_shipped_clause_stacks_were_fitted_on_the_floored_base(model):
    stack = model.manifest["harm_stack"]
    assert all(stack[c]["base_floor"] is True for c in CLAUSE_KEYS if c in stack)



@pytest.mark.parametrize("lang,text,rebuttal", [
    # the particular forms: a group's abuse reported by someone else's saying, denied, or said of it in the
    # language's own way after it (Turkish "diye")
    ("en", "Saying Kurds are animals is disgusting and racist", True),
    ("en", "It is a lie that refugees are criminals", True),
    ("tr", "Kürtleri dağdan inme diye aşağılamak ırkçılıktır", True),
    # loose: an insult at a person after a verb of saying, usually one more insult
    ("en", "Like you have any business calling anyone ignorant with your genius comment.", False),
])
def test_counter_speech_in_its_particular_forms_is_also_a_rebuttal(det, lang, text, rebuttal):
    """harm's contrast(): every counter-speech reading is a "counter" contrast; the particular ones are a
    "rebuttal" too, a column of its own in the violation stack (model.VIOLATION_CONTRASTS), since the loose
    reading fires on insults as often as on counter-speech."""
    from newsroom.guidelines.harm import summarise
    from newsroom.guidelines.normalise import normalise_text
    found = summarise(det.analyse(lang, normalise_text(text)))
    assert "counter" in found
    assert ("rebuttal" in found) is rebuttal
    x = violation_features(0.5, found, lang)
    column = 1 + len(CLAUSE_KEYS) + STACK_LANGS.index(lang) * len(VIOLATION_CONTRASTS)
    assert x[column + VIOLATION_CONTRASTS.index("rebuttal")] is rebuttal


def test_the_shipped_stack_weighs_a_rebuttal_below_a_loose_counter_reading(model):
    st = model.manifest["harm_stack"]["violation"]
    assert st["contrasts"] == list(VIOLATION_CONTRASTS)
    names = model.manifest["harm_stack"]["features"]["violation"]
    w = dict(zip(names, st["coef"], strict=True))
    for lang in STACK_LANGS:
        assert w[f"rebuttal ({lang})"] < 0
        assert w[f"counter ({lang})"] < 0


def test_a_stack_fitted_before_the_rebuttal_column_reads_the_first_four_contrasts(model):
    """A manifest whose violation stack names no "contrasts" (fitted before 2026-12-06) keeps its layout:
    the plan reads report, negated, counter and praise and no rebuttal column."""
    import copy

    from newsroom.guidelines.model import LinearModel
    old = copy.deepcopy(model.manifest["harm_stack"])
    st = old["violation"]
    four = ("report", "negated", "counter", "praise")
    n0 = 1 + len(STACK_LANGS) * len(CLAUSE_KEYS)
    keep = list(range(n0)) + [n0 + a * len(VIOLATION_CONTRASTS) + VIOLATION_CONTRASTS.index(c)
                              for a in range(len(STACK_LANGS)) for c in four]
    st["coef"] = [st["coef"][j] for j in keep]
    del st["contrasts"]
    twin = LinearModel.__new__(LinearModel)
    twin.manifest = {**model.manifest, "harm_stack": old}
    twin.clause_share = model.clause_share
    twin._plan = None
    twin._plan_key = None
    _plans, vplan = LinearModel._stack_plan(twin)
    _st, _b0, _w0, _strong, contrast = vplan
    assert [c for c, _j in contrast["en"]] == list(four)
    assert [st["coef"][j] for _c, j in contrast["fa"]] == [
        model.manifest["harm_stack"]["violation"]["coef"][n0 + 3 * len(VIOLATION_CONTRASTS)
                                                          + VIOLATION_CONTRASTS.index(c)] for c in four]
