"""Rate limits hold exactly under concurrency: 40 submissions from one address fired at once
through 4 gunicorn workers, with a limit of 5 a minute, get exactly 5 accepted, on the database
limiter (SQLite or PostgreSQL, whichever the suite runs on) and on the Redis limiter."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

# django_db: so pytest-django sets up the test database the live copy is made from.
pytestmark = [pytest.mark.slow, pytest.mark.django_db]

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.mark.parametrize("backend", ["database", "redis"])
def test_concurrent_submissions_get_exactly_the_limit(live_site, backend):
    env = {"COMMENTS_RATE_LIMIT_IP": "5/60", "COMMENTS_RATE_LIMIT_EMAIL": "0"}
    if backend == "redis":
        env["REDIS_URL"] = REDIS_URL  # the session's own SECRET_KEY keeps its keys apart from others'
    live_site.start(workers=4, **env)
    try:
        prefix = f"rl-{backend}-{uuid.uuid4().hex[:8]}-"
        with ThreadPoolExecutor(max_workers=40) as pool:
            statuses = list(pool.map(
                lambda i: live_site.post_comment(f"{prefix}{i}@example.org", f"Concurrent comment {i}."),
                range(40),
            ))
    finally:
        live_site.stop()
    assert sorted(set(statuses)) == [201, 429], statuses
    assert statuses.count(201) == 5
    assert len(live_site.stored_emails(prefix)) == 5
