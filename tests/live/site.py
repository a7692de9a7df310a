"""A real site under gunicorn for the tests that need several worker processes: a database of its
own (an SQLite file, or on PostgreSQL `<test database>_live`), migrated once per session, with one
open article. The suite's own database is in memory on SQLite, so workers could not share it."""

import http.client
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
GUNICORN = str(Path(PY).with_name("gunicorn"))
PORTS = range(8120, 8130)  # issue-12's range on the shared machine; the next free one is used
SETUP = """
import time
from newsroom.comments import csrf
from newsroom.comments.tokens import make_token
from tests.comments.factories import make_article
article = make_article(title="Live story")
print("LIVE", article.pk, make_token(article.pk, issued_at=time.time() - 60), csrf.make_token(article.pk))
"""



class LiveSite:
    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.database = settings.DATABASES["default"]
        self.vendor = "postgresql" if "postgresql" in self.database["ENGINE"] else "sqlite"
        if self.vendor == "postgresql":
            self.db_name = f"{self.database['NAME']}_live"
            self.database_url = self._pg_url(self.db_name)
        else:
            self.database_url = f"sqlite:///{self.workdir / 'live.sqlite3'}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
            "DATABASE_URL": self.database_url,
            "SECRET_KEY": os.urandom(16).hex(),  # fresh rate-limit keys for every session
            # and, with REDIS_URL, a cache of its own: another suite's site (CI runs the SQLite and
            # PostgreSQL suites side by side) caches its own database's pages and site root paths
            "CACHE_KEY_PREFIX": f"newsroom-live-{os.urandom(8).hex()}",
            "COMMENTS_MIN_FORM_SECONDS": "0",
            "PYTHONPATH": str(ROOT),
        }
        self.env.pop("REDIS_URL", None)
        self.process = None
        self.port = None

    def _pg_url(self, name):
        db = self.database
        password = f":{urllib.parse.quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
        return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"

    def _manage(self, *args, stdin=None, env=None):
        result = subprocess.run(
            [PY, "manage.py", *args], cwd=ROOT, env=env or self.env, input=stdin, capture_output=True,
            text=True, timeout=600,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def _psql(self, sql):
        import psycopg

        with psycopg.connect(self._pg_url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def create(self):
        """A copy of the suite's freshly migrated test database (much quicker than migrating)."""
        from django.db import connection, connections

        if self.vendor == "postgresql":
            connections.close_all()  # a template database must have no other sessions
            self._psql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
            self._psql(f'CREATE DATABASE "{self.db_name}" TEMPLATE "{self.database["NAME"]}"')
        else:
            with connection.cursor() as cursor:
                cursor.execute("VACUUM INTO %s", [str(self.workdir / "live.sqlite3")])
        out = self._manage("shell", "-v0", stdin=SETUP)
        line = next(line for line in out.splitlines() if line.startswith("LIVE "))
        _, article_id, self.token, self.csrf_token = line.split()
        self.article_id = int(article_id)

    def drop(self):
        self.stop()
        if self.vendor == "postgresql":
            self._psql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')

    def start(self, workers=4, **env):
        """Start gunicorn (in a process group of its own, so kill() reaches every worker). It is up
        when its own log says it listens: another run on this machine may hold a port of the range
        (gunicorn then retries the bind, and requests would reach that other server), so a port
        that gunicorn reports in use is given up for the next one."""
        self.stop()
        run_env = {**self.env, **{key: str(value) for key, value in env.items()}}
        for port in PORTS:
            self.port = port
            log_path = self.workdir / f"gunicorn-{port}-{time.monotonic_ns()}.log"
            self.log = open(log_path, "ab")  # noqa: SIM115
            self.process = subprocess.Popen(
                [GUNICORN, "newsroom.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
                 "--timeout", "60", "--graceful-timeout", "5", "--preload", "--no-control-socket"],
                cwd=ROOT, env=run_env, stdout=self.log, stderr=self.log, start_new_session=True,
            )
            listening = f"Listening at: http://127.0.0.1:{port} ({self.process.pid})"
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                text = log_path.read_text(errors="replace")
                if "Connection in use" in text or self.process.poll() is not None:
                    self.stop()
                    break  # the next port
                if listening in text:
                    return
                time.sleep(0.2)
            else:
                self.stop()
                raise RuntimeError(f"gunicorn did not start in 90 s; see {log_path}")
        raise RuntimeError("no free port in 8120-8129")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def kill(self):
        """SIGKILL to the master and every worker at once: nothing gets to finish or clean up."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        self.process = None

    def post_comment(self, email, body, timeout=30):
        """POST one comment as a reader would (JSON answer); returns the HTTP status (0: no answer)."""
        # The form's token and the site's own Origin, as a browser sends them (newsroom/comments/csrf.py).
        data = urllib.parse.urlencode({
            "name": "Live reader", "email": email, "body": body, "parent": "", "website": "",
            "ts": self.token, "csrfmiddlewaretoken": self.csrf_token,
        }).encode()
        request = urllib.request.Request(
            f"{self.url}/comments/post/{self.article_id}/", data=data, method="POST",
            headers={"Accept": "application/json", "Origin": self.url,
                     "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # nosec B310 - local URL
                try:
                    json.loads(response.read())
                except http.client.IncompleteRead:
                    # killed between the status line and the end of the body: the status was sent after
                    # the commit, so it still counts as the answer (the stricter reading for durability)
                    pass
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except (OSError, http.client.HTTPException):
            return 0

    def stored_emails(self, prefix):
        """The emails of the stored comments starting with prefix, read straight from the database."""
        sql = "SELECT email FROM comments_comment WHERE email LIKE %s"
        if self.vendor == "postgresql":
            import psycopg

            with psycopg.connect(self.database_url.replace("postgres://", "postgresql://", 1)) as conn:
                rows = conn.execute(sql, [prefix + "%"]).fetchall()
        else:
            import sqlite3

            with sqlite3.connect(self.workdir / "live.sqlite3", timeout=30) as conn:
                rows = conn.execute(sql.replace("%s", "?"), [prefix + "%"]).fetchall()
        return {email for (email,) in rows}
