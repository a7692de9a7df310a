"""The scoring API alone: a small WSGI app, no CMS, no Django, no PostgreSQL (docs/perspective.md).

    PERSPECTIVE_KEYS="coral:SECRET:10:100000" \\
        .venv/bin/gunicorn -w 2 -b 127.0.0.1:8500 newsroom.perspective.standalone:application

Keys: PERSPECTIVE_KEYS (space- or comma-separated) and/or PERSPECTIVE_KEYS_FILE (one a line, # for
comments), each `name:key[:per_second[:per_day]]` (quotas default 10/s and 100000/day; 0 = none).
Counters and feedback: one SQLite file, PERSPECTIVE_STATE (default var/perspective-standalone.sqlite3),
shared by every worker. Scorer: GUIDELINES_SCORER (dotted path, default the shipped linear model)
and GUIDELINES_MODEL_DIR. PERSPECTIVE_UNSUPPORTED_LANGUAGE: error (default) or partial.

Every worker loads the model once, when it imports this module (do not use --preload if you want
one copy per worker; with it they share the master's). The protocol is protocol.py, the same code
the site runs, so the same text gets the same answer.

    python -m newsroom.perspective.standalone usage      # requests per key and day
    python -m newsroom.perspective.standalone feedback   # the stored feedback, JSON lines
"""
import datetime
import hashlib
import hmac
import json
import logging
import os
import random
import sqlite3
import sys
import threading
import time

from newsroom.guidelines import load_scorer

from .protocol import ApiError, handle
from .service import BaseService, Key, quota_message

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_STATE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "var", "perspective-standalone.sqlite3")
PREFIX = "/v1alpha1/"

SCHEMA = """
CREATE TABLE IF NOT EXISTS usage (key TEXT NOT NULL, bucket TEXT NOT NULL, n INTEGER NOT NULL,
                                  PRIMARY KEY (key, bucket)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, key TEXT NOT NULL, community_id TEXT,
    client_token TEXT, session_id TEXT, text TEXT NOT NULL, text_type TEXT, plain_text TEXT,
    context TEXT, scores TEXT NOT NULL, languages TEXT, language TEXT, created_at TEXT NOT NULL);
"""


def _digest(raw):
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def parse_keys(text, source="PERSPECTIVE_KEYS"):
    """'name:key[:per_second[:per_day]]' items -> {sha256(key): Key}. Raises ValueError."""
    keys = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for item in line.replace(",", " ").split():
            parts = item.split(":")
            if len(parts) < 2 or len(parts) > 4 or not parts[0] or not parts[1]:
                raise ValueError(f"{source}: {parts[0]!r}: expected name:key[:per_second[:per_day]]")
            try:
                per_second = int(parts[2]) if len(parts) > 2 else 10
                per_day = int(parts[3]) if len(parts) > 3 else 100000
            except ValueError:
                raise ValueError(f"{source}: key {parts[0]!r}: quotas are whole numbers") from None
            if per_second < 0 or per_day < 0:
                raise ValueError(f"{source}: key {parts[0]!r}: quotas are 0 (no limit) or more")
            keys[_digest(parts[1])] = Key(parts[0], parts[0], per_second, per_day)
    return keys


def keys_from_environment(environ=None):
    environ = os.environ if environ is None else environ
    keys = parse_keys(environ.get("PERSPECTIVE_KEYS", ""))
    path = environ.get("PERSPECTIVE_KEYS_FILE")
    if path:
        with open(path, encoding="utf-8") as f:
            keys.update(parse_keys(f.read(), path))
    return keys


class StandaloneService(BaseService):
    def __init__(self, keys, state_path=DEFAULT_STATE, scorer=None, unsupported_language="error"):
        if unsupported_language not in ("error", "partial"):
            raise ValueError("PERSPECTIVE_UNSUPPORTED_LANGUAGE is 'error' or 'partial'")
        self.keys = keys
        self.state_path = state_path
        self.unsupported_language = unsupported_language
        if scorer is None:
            model_dir = os.environ.get("GUIDELINES_MODEL_DIR")
            scorer = load_scorer(os.environ.get("GUIDELINES_SCORER") or None,
                                 **({"model_dir": model_dir} if model_dir else {}))
        self._scorer = scorer
        self._local = threading.local()
        self._db()  # create the file and tables now: a wrong path fails at start, not at a request

    def _db(self):
        db = getattr(self._local, "db", None)
        if db is None or self._local.pid != os.getpid():  # one connection per thread and process
            d = os.path.dirname(self.state_path)
            if d:
                os.makedirs(d, exist_ok=True)
            db = sqlite3.connect(self.state_path, timeout=10, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            self._local.db, self._local.pid = db, os.getpid()
        return db

    def scorer(self):
        return self._scorer

    def authenticate(self, raw_key):
        if not raw_key or len(raw_key) > 200:
            return None
        digest = _digest(raw_key)
        for known, key in self.keys.items():
            if hmac.compare_digest(known, digest):
                return key
        return None

    def hit(self, key, now=None):
        """One statement (one transaction) counts the second's and the day's request; only a
        request over a quota takes a second one, to take it back from the day and count it refused."""
        now = time.time() if now is None else now
        second = f"s:{int(now):012d}"
        day = "d:" + datetime.date.fromtimestamp(now).isoformat()
        db = self._db()
        if key.per_second:
            rows = db.execute(
                "INSERT INTO usage (key, bucket, n) VALUES (?, ?, 1), (?, ?, 1) "
                "ON CONFLICT (key, bucket) DO UPDATE SET n = n + 1 RETURNING bucket, n",
                (key.id, second, key.id, day)).fetchall()
        else:
            rows = db.execute("INSERT INTO usage (key, bucket, n) VALUES (?, ?, 1) "
                              "ON CONFLICT (key, bucket) DO UPDATE SET n = n + 1 RETURNING bucket, n",
                              (key.id, day)).fetchall()
        counts = dict(rows)
        over = None
        if key.per_second and counts.get(second, 0) > key.per_second:
            over = "second"
        elif key.per_day and counts.get(day, 0) > key.per_day:
            over = "day"
        if over:
            db.execute("BEGIN IMMEDIATE")
            db.execute("UPDATE usage SET n = n - 1 WHERE key = ? AND bucket = ?", (key.id, day))
            db.execute("INSERT INTO usage (key, bucket, n) VALUES (?, ?, 1) "
                       "ON CONFLICT (key, bucket) DO UPDATE SET n = n + 1", (key.id, "r" + day))
            db.execute("COMMIT")
        if random.random() < 0.001:  # old per-second buckets are of no use
            db.execute("DELETE FROM usage WHERE bucket LIKE 's:%' AND bucket < ?",
                       (f"s:{int(now) - 60:012d}",))
        return quota_message(key, over) if over else None

    def store_feedback(self, key, suggestion):
        db = self._db()
        db.execute(
            "INSERT INTO feedback (key, community_id, client_token, session_id, text, text_type, plain_text, "
            "context, scores, languages, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key.id, suggestion["community_id"], suggestion["client_token"], suggestion["session_id"],
             suggestion["text"], suggestion["type"],
             suggestion["plain"] if suggestion["plain"] != suggestion["text"] else "",
             json.dumps(suggestion["context"], ensure_ascii=False), json.dumps(suggestion["scores"]),
             json.dumps(suggestion["languages"]), suggestion.get("language", ""),
             datetime.datetime.now(datetime.UTC).isoformat()))

    def usage(self):
        return usage_rows(self._db())


def usage_rows(db):
    """[(day, key name, "requests" or "refused", count)], per-second buckets left out."""
    rows = db.execute("SELECT key, bucket, n FROM usage WHERE bucket NOT LIKE 's:%' ORDER BY bucket, key")
    return [(b.split(":", 1)[1], k, "refused" if b.startswith("r") else "requests", n) for k, b, n in rows]


_JSON = [("Content-Type", "application/json; charset=utf-8"), ("X-Content-Type-Options", "nosniff"),
         ("Cache-Control", "no-store")]
_REASONS = {200: "200 OK", 400: "400 Bad Request", 403: "403 Forbidden", 404: "404 Not Found",
            405: "405 Method Not Allowed", 429: "429 Too Many Requests", 503: "503 Service Unavailable"}


def _query_key(query):
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if name == "key":
            from urllib.parse import unquote_plus
            return unquote_plus(value)
    return ""


def make_app(service):
    def application(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith(PREFIX):
            status = 404
            payload = ApiError(404, "NOT_FOUND", f"Not found: {path}. The API is under {PREFIX}.").payload()
        elif environ.get("REQUEST_METHOD") != "POST":
            status, payload = 405, ApiError(405, "INVALID_ARGUMENT", "Use POST.").payload()
        else:
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            raw_key = _query_key(environ.get("QUERY_STRING", "")) or environ.get("HTTP_X_GOOG_API_KEY", "")
            def body():
                return environ["wsgi.input"].read(length) if length > 0 else b""

            status, payload = handle(service, path[len(PREFIX):], raw_key, body, length)
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = _JSON + [("Content-Length", str(len(body)))]
        if status == 405:
            headers.append(("Allow", "POST"))
        start_response(_REASONS.get(status, f"{status} Error"), headers)
        return [body]

    return application


def from_environment(environ=None):
    environ = os.environ if environ is None else environ
    keys = keys_from_environment(environ)
    if not keys:
        raise SystemExit("No API keys: set PERSPECTIVE_KEYS or PERSPECTIVE_KEYS_FILE (docs/perspective.md).")
    started = time.monotonic()
    unsupported = environ.get("PERSPECTIVE_UNSUPPORTED_LANGUAGE") or "error"
    service = StandaloneService(keys, environ.get("PERSPECTIVE_STATE") or DEFAULT_STATE,
                                unsupported_language=unsupported)
    message = (f"newsroom.perspective.standalone: process {os.getpid()} loaded the scorer "
               f"{getattr(service.scorer(), 'name', '?')} in {time.monotonic() - started:.2f}s; "
               f"{len(keys)} key(s)")
    log = logging.getLogger("gunicorn.error")  # gunicorn's error log (--error-logfile) when under it
    if log.handlers:
        log.info(message)
    else:
        print(message, file=sys.stderr, flush=True)
    return service


def __getattr__(name):  # `standalone:application` builds the service (and loads the model) on import
    if name == "application":
        app = make_app(from_environment())
        globals()["application"] = app
        return app
    raise AttributeError(name)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    path = os.environ.get("PERSPECTIVE_STATE") or DEFAULT_STATE
    if argv[:1] == ["usage"]:
        for row in usage_rows(sqlite3.connect(path)):
            print("\t".join(map(str, row)))
        return 0
    if argv[:1] == ["feedback"]:
        db = sqlite3.connect(path)
        db.row_factory = sqlite3.Row
        for row in db.execute("SELECT * FROM feedback ORDER BY id"):
            print(json.dumps(dict(row), ensure_ascii=False))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
