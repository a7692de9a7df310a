"""Scale (issue 13): the dashboard reads daily roll-ups kept by the decision and the submission,
the rebuild command gives the same rows, and the simulation says when it samples."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsroom.moderation.actions import AlreadyDecided, decide, reverse
from newsroom.scoring import stats
from newsroom.scoring.actions import score_comment
from newsroom.scoring.models import DailyCount
from newsroom.scoring.simulation import Thresholds, simulate

from .factories import decide_at, make_article, make_comment

pytestmark = pytest.mark.django_db


def rows():
    return {(r.day, r.kind, r.key): r.n for r in DailyCount.objects.exclude(n=0)}


@pytest.fixture
def decided(article, moderator, chief):
    now = timezone.now()
    other = make_article(title="Market day")
    made = []
    for i, (text, action, reason) in enumerate([("shit budget", "reject", "profanity"),
                                                ("Nice bridge", "approve", ""),
                                                ("Fine plan", "approve", "")]):
        comment = make_comment(article, text, created_at=now - timedelta(days=3, hours=i),
                               email=f"r{i}@example.org")
        score_comment(comment)
        when = now - timedelta(days=3, hours=i) + timedelta(hours=2)
        decide_at(comment, moderator, action, reason, when=when)
        made.append(comment)
    make_comment(other, "waiting", created_at=now - timedelta(hours=1))
    late = make_comment(article, "kill the bill", email="late@example.org")
    score_comment(late)
    decide(late, moderator, "approve")
    reverse(late, chief, reason="threat")
    return made


def test_decisions_and_submissions_keep_the_rollups_and_a_rebuild_agrees(decided):
    kept = rows()
    today = timezone.localdate()
    assert kept[(today, "decision", "approved|en|human")] == 1
    assert kept[(today, "decision", "threat|en|human")] == 1
    assert kept[(today, "first", "")] == 1  # the reversal is not a first decision
    # the reversal replaced the moderator's approval in the agreement counts
    # ("kill" scores as a threat: the model says reject)
    assert kept[(today, "agree", "reject|reject|en")] == 1
    assert (today, "agree", "reject|approve|en") not in kept
    call_command("rollup_stats", all=True)
    assert rows() == kept


def test_dashboard_figures_from_the_rollups(decided, client, moderator, monkeypatch):
    breakdown = stats.decisions_breakdown(7)
    assert dict(breakdown["per_clause"]) == {"approved": 3, "profanity": 1, "threat": 1}
    assert breakdown["human"] == 5 and breakdown["system"] == 0
    busiest = [a.title for a in stats.busiest_articles(7)]
    assert busiest == ["Council votes on the new bridge budget", "Market day"]
    assert stats.busiest_articles(7)[1].pending == 1
    series = stats.queue_size_series(7)
    assert series[-1] == ("now", 1)
    assert series[0][1] == 0 and max(n for _l, n in series) >= 1
    exact = stats.time_to_decision(7)
    monkeypatch.setattr(stats, "EXACT_WAITS", 0)  # read the roll-ups' wait bins instead
    binned = stats.time_to_decision(7)
    assert binned["count"] == exact["count"] == 4
    assert binned["median"] == pytest.approx(exact["median"], rel=0.03)
    client.force_login(moderator)
    assert client.get("/moderation/scoring/dashboard/", {"days": "7"}).status_code == 200


def test_a_lost_decision_adds_nothing(article, moderator):
    comment = make_comment(article, "hello there")
    decide(comment, moderator, "approve")
    before = rows()
    with pytest.raises(AlreadyDecided):
        decide(comment, moderator, "approve")
    assert rows() == before


def test_simulation_samples_the_most_recent_decisions_and_says_so(decided, client, chief):
    result = simulate(Thresholds(), 30, sample=2)
    assert result["sampled"] and result["total"]["decided"] <= 2
    assert not simulate(Thresholds(), 30)["sampled"]
    client.force_login(chief)
    from newsroom.scoring import simulation

    simulation.SAMPLE, old = 2, simulation.SAMPLE
    try:
        html = client.get("/moderation/scoring/simulate/", {"days": "30"}).content.decode()
    finally:
        simulation.SAMPLE = old
    assert 'id="sample-note"' in html
