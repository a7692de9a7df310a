"""Scale (issue 13): the dashboard reads daily roll-ups kept by the decision and the submission,
the rebuild command gives the same rows, and the simulation says when it samples."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from newsroom.comments.models import Comment
from newsroom.moderation.actions import AlreadyDecided, decide, reverse
from newsroom.moderation.models import Decision
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
    # It names the window it read: the two most recent decisions' span, to the window's end.
    since = timezone.localtime(result["sampled_since"]).strftime("%Y-%m-%d %H:%M")
    assert f"the 2 most recent of them, made from {since} to " in html
    recent = Decision.objects.filter(moderator__isnull=False).order_by("-created_at", "-pk")
    assert result["sampled_since"] == recent[1].created_at


def test_wait_percentiles_in_the_database_match_the_python_ones():
    """The dashboard's time to decision over many days reads two bins per percentile from the
    database (rollups.wait_percentiles); the figures are weighted_percentile's over every bin,
    including days with a bin taken back below zero and days with a single decision."""
    import random

    from newsroom.scoring import rollups

    rng = random.Random(13)
    today = timezone.localdate()
    days = [today - timedelta(days=i) for i in range(12)]
    made = []
    for i, day in enumerate(days):
        keys = rng.sample(range(0, 500), 1 if i == 3 else rng.randint(2, 40))
        for key in keys:
            n = 1 if i == 3 else rng.choice([-1, 0, 1, 1, 2, 3, 7, 40])
            made.append(DailyCount(day=day, kind="wait", key=str(key), n=n))
    made.append(DailyCount(day=days[5], kind="first", key="", n=99))  # another kind: not read
    DailyCount.objects.bulk_create(made)
    by_day, whole, count = rollups.wait_percentiles(days[-1], days[0])
    pairs = {day: [(rollups.bin_seconds(r.key), r.n) for r in made if r.day == day and r.kind == "wait"]
             for day in days}
    for day in days:
        expected = {q: stats.weighted_percentile(pairs[day], q) for q in (50, 90)}
        got = by_day.get(day, {50: None, 90: None})
        for q in (50, 90):
            assert got[q] == pytest.approx(expected[q]) if expected[q] is not None else got[q] is None
    everything = [pair for day in days for pair in pairs[day]]
    assert whole[50] == pytest.approx(stats.weighted_percentile(everything, 50))
    assert whole[90] == pytest.approx(stats.weighted_percentile(everything, 90))
    assert count == sum(n for _v, n in everything)
    later = today + timedelta(days=1), today + timedelta(days=2)
    assert rollups.wait_percentiles(*later) == ({}, {50: None, 90: None}, 0)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="bench/scale builds on PostgreSQL only")
def test_the_scale_builds_rollups_in_sql_are_the_rebuilds(decided, article, moderator):
    """bench/scale/build.py writes the roll-ups of a 5M build in one statement instead of through
    rebuild(); both give the same rows, here with a reversal (decided), an undo and the decision
    after it, a system decision, a comment without a score and one without a language."""
    import importlib.util

    from newsroom.moderation.actions import undo

    spec = importlib.util.spec_from_file_location(
        "bench_scale_build", Path(__file__).resolve().parents[2] / "bench" / "scale" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    taken_back = make_comment(article, "second thoughts", email="undo@example.org")
    score_comment(taken_back)
    undo(decide(taken_back, moderator, "reject", reason="racism"), moderator)
    decide(taken_back, moderator, "approve")
    decide(make_comment(article, "unscored", email="auto@example.org"), None, "approve", system=True)
    no_language = Comment.objects.create(article=article, name="Reader", email="nl@example.org",
                                         body="no language", language="")
    decide(no_language, moderator, "reject", reason="off_topic")
    call_command("rollup_stats", all=True)
    rebuilt = rows()
    assert build.write_rollups() == len(rebuilt)
    assert rows() == rebuilt
    assert rebuilt[(timezone.localdate(), "decision", "off_topic|?|human")] == 1
    assert rebuilt[(timezone.localdate(), "decision", "approved|en|system")] == 1
