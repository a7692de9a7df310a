"""Simulation figures on a fixture of decisions, checked by hand (see the table in each test)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.scoring.actions import score_comment
from newsroom.scoring.simulation import Thresholds, simulate

from .factories import decide_at, make_article, make_comment

NOW = timezone.now()


def ago(days):
    return NOW - timedelta(days=days)


@pytest.fixture
def fixture(article, moderator, chief):
    """Twelve comments. Keyword scorer: 'kill' threat .92, 'shit' profanity .92, 'idiot'
    personal_attack .70, anything else .05; Sorani needs a human; #8 is never scored.

    #   text                      lang  score                  final human decision (in 7 days?)
    1   I will kill you           en    threat .92             reject threat
    2   kill the bill ...         en    threat .92             approve
    3   shit budget               en    profanity .92          reject profanity
    4   you idiot                 en    personal_attack .70    reject personal_attack
    5   Nice bridge               en    .05                    approve
    6   Great article             en    .05                    reject off_topic
    7   (Sorani)                  ckb   .05, needs human       approve
    8   Not scored at all         en    -                      approve
    9   I will kill you too       en    threat .92             reject threat, 10 days ago: outside
    10  shit again                en    profanity .92          system reject only: not a label
    11  shit, reversed            en    profanity .92          approve, then chief's reject profanity
    12  (Arabic) shit             ar    profanity .92          approve
    """
    arabic = make_article("ar", title="خبر")
    specs = [
        ("I will kill you", article, ("reject", "threat", 1)),
        ("kill the bill, it is a bad budget", article, ("approve", "", 2)),
        ("shit budget", article, ("reject", "profanity", 1)),
        ("you idiot", article, ("reject", "personal_attack", 3)),
        ("Nice bridge", article, ("approve", "", 1)),
        ("Great article", article, ("reject", "off_topic", 2)),
        ("زۆر سوپاس بۆ ئەم هەواڵە", article, ("approve", "", 1)),
        ("Not scored at all", article, ("approve", "", 1)),
        ("I will kill you too", article, ("reject", "threat", 10)),
    ]
    comments = []
    for i, (text, art, (action, reason, days)) in enumerate(specs, start=1):
        comment = make_comment(art, text, created_at=ago(days + 0.5))
        if i != 8:
            score_comment(comment, apply=False)
        decide_at(comment, moderator, action, reason, when=ago(days))
        comments.append(comment)
    system_only = make_comment(article, "shit again", created_at=ago(2))
    score_comment(system_only, apply=False)
    decide_at(system_only, None, "reject", "profanity", when=ago(1))
    reversed_ = make_comment(article, "shit, reversed", created_at=ago(4))
    score_comment(reversed_, apply=False)
    decide_at(reversed_, moderator, "approve", "", when=ago(3))
    decide_at(reversed_, chief, "reject", "profanity", when=ago(1))
    arabic_comment = make_comment(arabic, "كلام shit", created_at=ago(2))
    score_comment(arabic_comment, apply=False)
    decide_at(arabic_comment, moderator, "approve", "", when=ago(1))
    return comments


THRESHOLDS = Thresholds(auto_reject={"threat": 0.9, "profanity": 0.9}, auto_approve_below=0.1)


def test_simulation_totals(fixture):
    total = simulate(THRESHOLDS, days=7, now=NOW)["total"]
    # decided: 1-8, 11, 12 = 10.  auto reject: 1, 2, 3, 11, 12 = 5.  auto approve: 5, 6 = 2
    # (7 needs a human, 8 is unscored).  against the moderators: 2 (approved), 6 (rejected),
    # 12 (approved) = 3.
    assert total == {
        "decided": 10, "auto_reject": 5, "auto_approve": 2, "automatic": 7, "against": 3,
        "not_scored": 1, "share_automatic": pytest.approx(0.7), "share_against": pytest.approx(3 / 7),
    }


def test_simulation_per_clause(fixture):
    per_clause = simulate(THRESHOLDS, days=7, now=NOW)["per_clause"]
    # threat: moderators rejected 1 (#1); threshold rejects #1 and #2, #2 wrongly.
    assert per_clause["threat"] == {"human_rejects": 1, "auto_reject": 2, "wrong_rejects": 1, "missed": 0}
    # profanity: moderators rejected #3 and #11; threshold rejects #3, #11, #12; #12 wrongly.
    assert per_clause["profanity"] == {"human_rejects": 2, "auto_reject": 3, "wrong_rejects": 1, "missed": 0}
    # personal attack: no threshold, so #4 stays with the moderators.
    assert per_clause["personal_attack"] == {"human_rejects": 1, "auto_reject": 0, "wrong_rejects": 0,
                                             "missed": 0}
    # off-topic: #6 would have been approved automatically although the moderators rejected it.
    assert per_clause["off_topic"] == {"human_rejects": 1, "auto_reject": 0, "wrong_rejects": 0, "missed": 1}
    assert per_clause["abuse"]["human_rejects"] == 0


def test_simulation_per_language(fixture):
    per_language = simulate(THRESHOLDS, days=7, now=NOW)["per_language"]
    assert set(per_language) == {"en", "ckb", "ar"}
    en = per_language["en"]
    # en: 1-6, 8, 11 = 8 decided; rejects 1, 2, 3, 11; approves 5, 6; against 2, 6; 8 unscored.
    assert (en["decided"], en["auto_reject"], en["auto_approve"], en["against"], en["not_scored"]) == (
        8, 4, 2, 2, 1)
    ckb = per_language["ckb"]
    assert (ckb["decided"], ckb["automatic"], ckb["against"]) == (1, 0, 0)
    ar = per_language["ar"]
    assert (ar["decided"], ar["auto_reject"], ar["against"]) == (1, 1, 1)


def test_simulation_with_everything_off_decides_nothing(fixture):
    result = simulate(Thresholds(), days=7, now=NOW)
    assert result["total"]["decided"] == 10
    assert result["total"]["automatic"] == 0
    assert result["total"]["share_against"] is None


def test_a_longer_window_includes_older_decisions(fixture):
    total = simulate(THRESHOLDS, days=30, now=NOW)["total"]
    assert total["decided"] == 11  # + #9, rejected for a threat 10 days ago
    assert total["auto_reject"] == 6
    assert total["against"] == 3


def test_simulation_page_shows_the_figures(client, chief, fixture):
    client.force_login(chief)
    response = client.get("/moderation/scoring/simulate/", {
        "run": "1", "days": "7", "threat__auto_reject": "0.9", "profanity__auto_reject": "0.9",
        "auto_approve_below": "0.1",
    })
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-figure="decided">10<' in html
    assert 'data-figure="automatic">7 (70.0%)' in html
    assert 'data-figure="against">3 (42.9% of automatic)' in html
    assert 'data-language="ar"' in html


def test_simulation_page_refuses_bad_thresholds(client, chief, fixture):
    client.force_login(chief)
    response = client.get("/moderation/scoring/simulate/", {"run": "1", "threat__auto_reject": "1.2"})
    assert response.status_code == 400
    assert "outside [0, 1]" in response.content.decode()
    response = client.get("/moderation/scoring/simulate/", {"run": "1", "days": "-3"})
    assert response.status_code == 400


def test_simulation_page_is_for_chiefs(client, moderator):
    client.force_login(moderator)
    assert client.get("/moderation/scoring/simulate/").status_code == 403


def test_verdicts_are_automatic_decision():
    """The simulation's verdicts (thresholds read once, plain values) are automatic_decision's."""
    import random
    from types import SimpleNamespace

    from newsroom.guidelines.clauses import CLAUSES
    from newsroom.scoring.actions import automatic_decision
    from newsroom.scoring.simulation import Label, rejecting, verdicts

    rng = random.Random(13)
    grid = [None, 0.0, 0.3, 0.5, 0.5, 0.9, 1.0]  # repeated values: ties between clauses
    for _ in range(3000):
        thresholds = Thresholds(auto_reject={c: rng.choice(grid) for c in CLAUSES if rng.random() < 0.7},
                                auto_approve_below=rng.choice([None, 0.1, 0.5]))
        clauses = tuple(rng.choice(grid) for _c in CLAUSES)
        status = rng.choice(["scored", "scored", "not_scored", None])
        label = Label(1, "approve", "", status, "en", rng.choice([None, 0.05, 0.3, 0.9]),
                      rng.choice([True, False]), clauses)
        score = None if status is None else SimpleNamespace(
            is_scored=status == "scored", violation=label.violation, needs_human=label.needs_human,
            **dict(zip(CLAUSES, clauses, strict=True)))
        expected = automatic_decision(score, thresholds)
        assert verdicts(thresholds)(label) == expected
        # Reading only the scores of the clauses with a threshold, as simulate does.
        read = rejecting(thresholds)
        values = dict(zip(CLAUSES, clauses, strict=True))
        narrow = label._replace(clauses=tuple(values[c] for c in read))
        assert verdicts(thresholds, read)(narrow) == expected
