"""Our functional test suite (newsroom/guidelines/suite): accuracy floors per language and
functionality, and the threat targets of issue 9. The figures are in docs/scorer.md."""
import json

import pytest

from newsroom.guidelines import suite

# Regression floors, a little under what the shipped model measures (docs/scorer.md; raised 2026-12-06,
# after round 161, from floors set when the suite first ran: en 0.87, ar 0.60, tr 0.78, fa 0.76; Arabic
# 0.90 -> 0.93 and its threat recall 0.90 -> 0.95 after round 163, en 0.96, tr 0.93, fa 0.92 after round 165:
# those rounds read check cases). The issue's
# targets are 90% per language, no functionality under 70% and threat recall 0.9 at precision 0.8; the card
# meets them on this suite, and says how much of that is the tune half and the check cases read since.
LANGUAGE_FLOOR = {"en": 0.96, "ar": 0.93, "tr": 0.93, "fa": 0.92}
THREAT_RECALL_FLOOR = {"en": 0.93, "ar": 0.95, "tr": 0.90, "fa": 0.90}
THREAT_PRECISION_FLOOR = 0.9
# the issue's floor for every functionality (measured: 0.75 the lowest, in every language but English)
FUNCTIONALITY_FLOOR = 0.70


@pytest.fixture(scope="module")
def figures(model):
    return suite.evaluate(suite.model_scorer(model))


def test_suite_files_meet_the_issue_minimums():
    ids = None
    for lang in suite.LANGS:
        cases = suite.load(lang)
        funcs = {}
        for c in cases:
            funcs.setdefault(c["functionality"], []).append(c)
            assert set(c) == {"id", "functionality", "text", "violating", "clauses", "not_clauses"}
            assert bool(c["clauses"]) == c["violating"]
        assert len(funcs) >= 25 and min(len(v) for v in funcs.values()) >= 10
        assert any(c["violating"] for c in cases) and any(not c["violating"] for c in cases)
        ids = ids or set(funcs)
        assert set(funcs) == ids  # the same functionalities in every language


@pytest.mark.parametrize("lang", suite.LANGS)
def test_language_floor(figures, lang):
    assert figures[lang]["accuracy"] >= LANGUAGE_FLOOR[lang], json.dumps(figures[lang]["functionalities"])


@pytest.mark.parametrize("lang", suite.LANGS)
def test_no_functionality_under_the_issue_floor(figures, lang):
    low = {f: a for f, a in figures[lang]["functionalities"].items() if a < FUNCTIONALITY_FLOOR}
    assert not low, low


@pytest.mark.parametrize("lang", suite.LANGS)
def test_threat_recall_and_precision(figures, lang):
    t = figures[lang]["threat"]
    assert t["recall"] >= THREAT_RECALL_FLOOR[lang], t
    assert t["precision"] >= THREAT_PRECISION_FLOOR, t


def test_contrasts_hold_in_english(figures):
    f = figures["en"]["functionalities"]
    for func in ("negated_threat", "news_reporting_violence", "neutral_identity_mention", "thanks_praise",
                 "violent_idiom"):
        assert f[func] >= 0.75, (func, f[func])


def test_a_case_passes_only_with_the_right_clause():
    case = {"violating": True, "clauses": ["threat"], "not_clauses": []}
    swear = {"violation": 0.9, "categories": {"threat": 0.1, "profanity": 0.9}, "abuse": {}}
    assert not suite.passes(case, swear)
    news = {"violating": False, "clauses": [], "not_clauses": ["threat"]}
    assert not suite.passes(news, {"violation": 0.2, "categories": {"threat": 0.7}, "abuse": {}})
    assert suite.passes(news, {"violation": 0.2, "categories": {"threat": 0.2}, "abuse": {}})
