"""More than one machine (issue 13): two app servers sharing one PostgreSQL database and one Redis,
plus a separate scoring worker (TASKS_BACKEND=rq), each its own process with production settings,
as docs/operations.md deploys them.

- An approval made on server A shows on server B's article page within a second. The app servers
  keep no page cache of their own (pages are cached in front of them, in Varnish or a CDN, and
  purged by surrogate key after the decision commits: newsroom.core.frontcache), so what this
  checks is that B holds no stale copy: B's page is read twice before the approval and polled after.
- A comment posted on server A is scored by the worker, not by A.

The test brings up its own database, Redis and processes on free ports and takes them down after;
it needs PostgreSQL on 127.0.0.1:5432 (as .ci/run starts it) and Debian's redis-server.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
GUNICORN = str(Path(PY).with_name("gunicorn"))
SETUP = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from newsroom.api.models import ApiKey
from newsroom.comments.models import Comment
from tests.comments.factories import make_article, make_user

article = make_article(title="Two servers story")
moderator = make_user("two-servers-mod", "moderator")
comment = Comment.objects.create(article=article, name="Reader", email="r@example.org",
                                 body="Waiting on server A", language="en")
store = SessionStore()
store[SESSION_KEY] = str(moderator.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = moderator.get_session_auth_hash()
store.save()
_key, raw = ApiKey.create_key("two servers")
print("SETUP", article.pk, article.url, comment.pk, store.session_key, raw)
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
    response = conn.getresponse()
    data = response.read().decode()
    conn.close()
    return response, data


@pytest.fixture
def cluster(tmp_path):
    if shutil.which("redis-server") is None:
        raise RuntimeError("redis-server is needed (apt-get install redis-server)")
    db = f"newsroom_two_servers_{os.getpid()}"
    admin = psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True)
    admin.execute(f"DROP DATABASE IF EXISTS {db}")
    admin.execute(f"CREATE DATABASE {db}")
    redis_port, port_a, port_b = free_port(), free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))},
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{db}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "TASKS_BACKEND": "rq",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "COMMENTS_RATE_LIMIT_IP": "0",
        "COMMENTS_RATE_LIMIT_EMAIL": "0",
        "PYTHONPATH": str(ROOT),
    }
    processes = []

    def start(*args, log):
        out = open(tmp_path / log, "w")  # noqa: SIM115 - closed with the process below
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        processes.append((process, out))

    try:
        start("redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no", log="redis.log")
        manage = [PY, "manage.py"]
        # collectstatic needs no database: it runs while migrate does (most of the set-up's time).
        with open(tmp_path / "collectstatic.log", "w") as static_log:
            static = subprocess.Popen([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env,
                                      stdout=static_log, stderr=subprocess.STDOUT)
            try:
                subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
            finally:
                static.wait()
        assert static.returncode == 0, (tmp_path / "collectstatic.log").read_text()
        setup = subprocess.run([*manage, "shell", "-v0", "-c", SETUP], cwd=ROOT, env=env,
                               capture_output=True, text=True)
        # (its stderr in the failure: a set-up that failed once in CI under load said only "exit status 1")
        assert setup.returncode == 0, setup.stderr
        out = setup.stdout
        article_id, url, comment_id, session, key = out.split("SETUP", 1)[1].split()
        for port, name in ((port_a, "a"), (port_b, "b")):
            start(GUNICORN, "newsroom.wsgi", "--workers", "1", "--worker-class", "gthread", "--threads", "2",
                  "--bind", f"127.0.0.1:{port}", log=f"server-{name}.log")
        start(*manage, "rqworker", "default", log="worker.log")
        for port in (port_a, port_b):
            wait_for(lambda p=port: request(p, "GET", "/api/v1/articles/")[0].status == 200, 60,
                     f"server {port}")
        yield {"a": port_a, "b": port_b, "article": int(article_id), "url": url, "comment": int(comment_id),
               "session": session, "key": key, "db": env["DATABASE_URL"], "logs": tmp_path}
    finally:
        # The servers and the worker stop together (each waits out its own graceful shutdown), then
        # Redis, which the worker still talks to while it stops.
        redis_server, rest = processes[:1], processes[1:]
        for group in (rest, redis_server):
            for process, _out in group:
                process.terminate()
            for process, out in group:
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                out.close()
        admin.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        admin.close()


def test_two_app_servers_share_postgres_and_redis_with_a_scoring_worker(cluster):
    a, b, url = cluster["a"], cluster["b"], cluster["url"]
    # B caches the article page (an anonymous GET without a query string), without the comment.
    first = request(b, "GET", url)[1]
    assert "Waiting on server A" not in first
    assert "Waiting on server A" not in request(b, "GET", url)[1]

    # A moderator approves it on A, through the console (session and CSRF as a browser has them).
    cookie = f"sessionid={cluster['session']}"
    response, html = request(a, "GET", "/moderation/?order=oldest", headers={"Cookie": cookie})
    assert response.status == 200 and f'data-id="{cluster["comment"]}"' in html
    csrf_cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "").group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response, _ = request(
        a, "POST", f"/moderation/comments/{cluster['comment']}/decide/",
        body=urlencode({"action": "approve", "csrfmiddlewaretoken": token}),
        headers={"Cookie": f"{cookie}; csrftoken={csrf_cookie}",
                 "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
    )
    assert response.status == 200
    approved_at = time.monotonic()
    wait_for(lambda: "Waiting on server A" in request(b, "GET", url)[1], 1.0,
             "the approval on B's cached page")
    assert time.monotonic() - approved_at < 1.0

    # A reader's comment posted on A is scored by the worker (A only queues it in Redis).
    response, data = request(
        a, "POST", f"/api/v1/articles/{cluster['article']}/comments/",
        body=json.dumps({"name": "Hana", "email": "hana@example.org", "body": "You are an idiot and a liar"}),
        headers={"Content-Type": "application/json", "X-Api-Key": cluster["key"]},
    )
    assert response.status == 202, data
    with psycopg.connect(cluster["db"].replace("postgres://", "postgresql://"), autocommit=True) as conn:
        def scored():
            row = conn.execute(
                "SELECT s.violation FROM scoring_score s JOIN comments_comment c ON c.id = s.comment_id"
                " WHERE c.body = %s", ["You are an idiot and a liar"]).fetchone()
            return row is not None

        wait_for(scored, 60, "the worker's score")
    worker_log = (cluster["logs"] / "worker.log").read_text()
    assert "score_comment" in worker_log  # the worker ran the task, not server A
