"""The limiters are sliding windows: at most `count` attempts let through in any `seconds`, also
across what used to be a window boundary, on the database and on Redis."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings

from newsroom.comments import limits
from newsroom.comments.models import RateHit

REDIS = {"REDIS_URL": "redis://127.0.0.1:6379/0",
         "COMMENTS_RATE_LIMITER": "newsroom.comments.limits.RedisLimiter"}
DATABASE = {"COMMENTS_RATE_LIMITER": "newsroom.comments.limits.DatabaseLimiter"}


@pytest.fixture(params=["database", "redis"])
def backend(request, db):
    extra = REDIS if request.param == "redis" else DATABASE
    # A key of this test only, so runs (and other checkouts on the same Redis) never share counters.
    with override_settings(SECRET_KEY=uuid.uuid4().hex, **extra):
        yield request.param


def test_no_burst_of_twice_the_limit_around_a_minute_boundary(backend):
    boundary = datetime(2026, 1, 1, 12, 1, 0, tzinfo=UTC)
    before = [limits.hit("ip", "192.0.2.7", "5/60", boundary - timedelta(seconds=0.4 - i * 0.05))
              for i in range(8)]
    after = [limits.hit("ip", "192.0.2.7", "5/60", boundary + timedelta(seconds=0.1 + i * 0.05))
             for i in range(8)]
    assert before.count(True) == 5 and after.count(True) == 0
    # A minute after the first accepted attempt, room for exactly one more: only it left the window.
    later = boundary - timedelta(seconds=0.4) + timedelta(seconds=60.01)
    assert [limits.hit("ip", "192.0.2.7", "5/60", later) for _ in range(4)] == [True, False, False, False]
    # A minute after all five: room for five again.
    latest = boundary + timedelta(seconds=60)
    assert [limits.hit("ip", "192.0.2.7", "5/60", latest) for _ in range(6)].count(True) == 4


def test_refused_attempts_are_not_counted_and_keys_are_separate(backend):
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert [limits.hit("ip", "192.0.2.8", "2/60", now) for _ in range(5)] == [True, True, False, False, False]
    assert limits.hit("ip", "192.0.2.9", "2/60", now) is True
    assert limits.hit("ip", "192.0.2.8", "2/60", now + timedelta(seconds=61)) is True


def test_several_keys_count_all_or_nothing(backend):
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert limits.hit("email", "a@example.org", "1/60", now)
    # The email is at its limit, so the address is not counted either.
    assert not limits.hit_all([("ip", "192.0.2.10", "1/60"), ("email", "a@example.org", "1/60")], now)
    assert limits.hit("ip", "192.0.2.10", "1/60", now)


def test_the_redis_limiter_keeps_nothing_in_the_database(backend):
    limits.hit("ip", "192.0.2.11", "2/60")
    assert RateHit.objects.exists() == (backend == "database")


def test_no_limit_and_no_value_always_pass(db):
    assert all(limits.hit("ip", "192.0.2.12", "0") for _ in range(10))
    assert all(limits.hit("ip", "", "1/60") for _ in range(10))


@pytest.mark.django_db
def test_a_submission_now_and_then_sweeps_day_old_hits(monkeypatch):
    """The database limiter keeps its table small: one hit in a hundred (at random) also deletes the
    hits older than a day, and only those."""
    now = datetime(2026, 1, 2, 12, 0, 0, tzinfo=UTC)
    with override_settings(SECRET_KEY=uuid.uuid4().hex, **DATABASE):
        monkeypatch.setattr(limits.random, "random", lambda: 0.5)  # no sweep
        limits.hit("ip", "192.0.2.9", "5/60", now - timedelta(days=2))
        limits.hit("ip", "192.0.2.9", "5/60", now - timedelta(hours=2))
        assert RateHit.objects.count() == 2
        monkeypatch.setattr(limits.random, "random", lambda: 0.001)  # the sweep's odds came up
        limits.hit("ip", "192.0.2.9", "5/60", now)
        assert sorted(h.created_at for h in RateHit.objects.all()) == [now - timedelta(hours=2), now]
