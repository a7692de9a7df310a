"""Durability: gunicorn (master and every worker) killed with SIGKILL in the middle of concurrent
submissions; every comment that was answered 201 (accepted) is in the database afterwards, on
whichever database the suite runs on."""

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

# django_db: so pytest-django sets up the test database the live copy is made from.
pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def test_every_accepted_comment_survives_sigkill(live_site):
    live_site.start(workers=3, COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
    prefix = f"kill-{uuid.uuid4().hex[:8]}-"
    answers = {}
    stop = threading.Event()

    def client(n):
        for i in range(400):  # bounded; the kill ends it much sooner
            if stop.is_set():
                return
            email = f"{prefix}{n}-{i}@example.org"
            answers[email] = live_site.post_comment(email, f"Comment {n}-{i} on the story.", timeout=10)

    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(client, n) for n in range(8)]
            deadline = time.monotonic() + 60
            while sum(1 for s in list(answers.values()) if s == 201) < 40 and time.monotonic() < deadline:
                time.sleep(0.05)
            live_site.kill()  # mid-flight: requests are still being sent and answered
            stop.set()
            for future in futures:
                future.result(timeout=60)
    finally:
        stop.set()
        live_site.stop()
    accepted = {email for email, status in answers.items() if status == 201}
    assert len(accepted) >= 40
    assert set(answers.values()) <= {201, 0}, set(answers.values())  # 0: no answer (killed)
    stored = live_site.stored_emails(prefix)
    assert accepted <= stored, f"{len(accepted - stored)} accepted comment(s) lost"
