"""The harm stack laid out once (model.LinearModel._stack_plan, read by _harm): the same probabilities,
to the last bit, as the stack of clause_features it stands for."""
import pytest

from newsroom.guidelines.harm import CLAUSE_KEYS
from newsroom.guidelines.model import (
    WRITTEN,
    _stacked,
    clause_base,
    clause_features,
    violation_features,
    with_written,
)


def _raise_reference(cats, abuse, clause, kinds, p):
    if p > cats[clause]:
        cats[clause] = p
        for kind in kinds:
            if kind in abuse and (abuse[kind] is None or abuse[kind] < p):
                abuse[kind] = p


def _harm_reference(model, lang, full, probs, cats, abuse):
    """LinearModel._harm as first written, through the public helpers (the reference for its plan)."""
    from newsroom.guidelines.clauses import ABUSE_KINDS
    from newsroom.guidelines.harm import summarise
    found = with_written(summarise(model.harm.analyse(lang, full)), probs.get(WRITTEN),
                         model.written_threshold.get(lang))
    stack = model.manifest["harm_stack"]
    pv = probs.get("violation")
    for clause in CLAUSE_KEYS:
        st = stack.get(clause)
        if st is None:
            continue
        strength, _spans, kinds = found.get(clause, (0, (), ()))
        floor = st.get("base_floor", False)
        base = clause_base(cats.get(clause), pv, model.clause_share.get(clause, 0.2), floor)
        if base is None:
            continue
        reads, lg = len(st["coef"]) > 3, (lang if st.get("violation_by_language") else None)
        cats[clause] = _stacked(st, clause_features(base, pv, strength, reads, lg))
        if clause == "abuse":
            for kind in ABUSE_KINDS:
                named = kind in kinds
                if abuse[kind] is None and not named:
                    continue
                b = clause_base(abuse[kind], pv, model.clause_share.get(kind, 0.2), floor)
                if b is None:
                    continue
                p = _stacked(st, clause_features(b, None, strength if named else 0, reads, lg))
                abuse[kind] = max(p, cats[clause]) if named else p
    pv2 = None
    if pv is not None and "violation" in stack:
        st = stack["violation"]
        by_lang, strong_by = (lang if st.get("by_language") else None), st.get("strong_by_language", False)
        pv2 = _stacked(st, violation_features(pv, found, by_lang, strong_by))
        if by_lang is not None:
            # (sixty-fifth round) each clause at least the share of the violation resting on its strong
            # finding: the stack's probability less the same stack without that finding; (seventy-first
            # round) all of it when the finding alone carries the comment over 0.5; (round 135) all of it
            # to the finding that weighs most when the heads alone put the comment over 0.5 and no clause
            # reaches it
            best = None
            for clause in CLAUSE_KEYS:
                strength, _spans, kinds = found.get(clause, (0, (), ()))
                if strength != 2 or cats.get(clause) is None:
                    continue
                without = _stacked(st, violation_features(pv, {**found, clause: (0, (), ())}, by_lang,
                                                          strong_by))
                if without >= pv2:
                    continue  # (a weight of zero or less)
                share = pv2 if without < 0.5 <= pv2 else pv2 - without
                if best is None or share > best[0]:
                    best = (share, clause, kinds)
                _raise_reference(cats, abuse, clause, kinds, share)
            if best is not None and pv2 >= 0.5 and not any(v is not None and v >= 0.5 for v in cats.values()):
                _raise_reference(cats, abuse, best[1], best[2], pv2)
    return {c: v for c, v in found.items() if v[0] > 0 and c in CLAUSE_KEYS}, pv2


def _shared_strong(st):
    """The violation stack with one weight per strong finding for every language (the layout before
    training.VIOLATION_STRONG_BY_LANGUAGE): the English weights kept, the other languages' dropped."""
    from newsroom.guidelines.model import STACK_LANGS
    if not st.get("strong_by_language"):
        return
    k = len(CLAUSE_KEYS)
    st["coef"] = st["coef"][:1 + k] + st["coef"][1 + k * len(STACK_LANGS):]
    st["strong_by_language"] = False


@pytest.mark.parametrize("floor,strong_by_language", [(False, True), (True, True), (False, False)])
def test_the_stack_laid_out_once_gives_the_same_probabilities(model, examples, floor, strong_by_language):
    """LinearModel._harm reads the stack's weights from a plan made once (model._stack_plan): the very
    same sums as the stack of clause_features, to the last bit, with and without the base floor, with
    the strong findings' weights per language or shared, on dev rows and suite cases of the four
    languages (their own head probabilities)."""
    import copy
    import zlib

    from newsroom.guidelines.clauses import ABUSE_KINDS, CLAUSES
    from newsroom.guidelines.normalise import normalise_text
    from newsroom.guidelines.suite import LANGS, load

    rows = sorted((e for e in examples if e["split"] == "dev"), key=lambda e: zlib.crc32(e["text"].encode()))
    texts = [c["text"] for lang in LANGS for c in load(lang)] + [e["text"] for e in rows[:1500]]
    shipped = model.manifest
    manifest = copy.deepcopy(shipped)
    for st in manifest["harm_stack"].values():
        if isinstance(st, dict) and "coef" in st:
            st["base_floor"] = floor
    if not strong_by_language:
        _shared_strong(manifest["harm_stack"]["violation"])
    model.manifest = manifest
    try:
        for text, (lang, probs, _found) in zip(texts, model.harm_inputs(texts), strict=True):
            if probs is None or lang not in model.harm.langs:
                continue
            full = normalise_text(text)
            cats = {c: probs.get(c) for c in CLAUSES}
            abuse = {k: probs.get(k) for k in ABUSE_KINDS}
            cats2, abuse2 = dict(cats), dict(abuse)
            got = model._harm(lang, full, probs, cats, abuse)
            want = _harm_reference(model, lang, full, probs, cats2, abuse2)
            assert (got, cats, abuse) == (want, cats2, abuse2), text
    finally:
        model.manifest = shipped
