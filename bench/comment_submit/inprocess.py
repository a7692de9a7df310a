"""One reader's comment POST through the whole Django stack (WSGI handler, every middleware, the
view, scoring in the request), in one process, on a fresh database: the statements it runs, its
CPU and wall time, or a cProfile. What bench/comment_submit/run.sh measures through gunicorn, without
gunicorn, wrk and the other worker, so a change's effect shows on a loaded machine too.

    .venv/bin/python bench/comment_submit/inprocess.py count            # statements of one POST
    .venv/bin/python bench/comment_submit/inprocess.py time [N]         # 3 rounds of N POSTs
    .venv/bin/python bench/comment_submit/inprocess.py cprofile [N]     # cumulative and own time
    .venv/bin/python bench/comment_submit/inprocess.py parts [N]        # CPU of each part, timed inside
    .venv/bin/python bench/comment_submit/inprocess.py middleware [N]   # CPU each middleware adds
    .venv/bin/python bench/comment_submit/inprocess.py ab [N]           # issue 13's third pass, before/after

Env: DATABASE_URL (default: a SQLite file in a temporary directory; a PostgreSQL database must
exist and be empty or migrated), LIMITS=1 keeps the rate limits on (the default for readers; the
gunicorn benchmark switches them off, one address posting as fast as it can). Each POST is a
distinct comment from its own address, like bench/comment_submit/post.lua, with Accept: JSON.
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
mode = sys.argv[1] if len(sys.argv) > 1 else "count"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
work = tempfile.mkdtemp(prefix="newsroom-submit-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 60)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
os.environ["SECURE_SSL_REDIRECT"] = "false"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{work}/db.sqlite3")
os.environ.update(STATIC_ROOT=f"{work}/static", MEDIA_ROOT=f"{work}/media", CACHE_DIR=f"{work}/cache")
if os.environ.get("LIMITS") != "1":
    os.environ.update(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
for name in ("DEBUG", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"):
    os.environ.pop(name, None)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)
call_command("load_demo", verbosity=0)

from newsroom.articles.models import ArticlePage  # noqa: E402
from newsroom.comments import csrf  # noqa: E402
from newsroom.comments.tokens import make_token  # noqa: E402
from newsroom.core.handlers import NewsroomWSGIHandler  # noqa: E402

article = ArticlePage.objects.filter(locale__language_code="en", comments_open=True).order_by("pk").first()
form_ts = make_token(article.pk, issued_at=time.time() - 60)
form_csrf = csrf.make_token(article.pk)
application = NewsroomWSGIHandler()  # newsroom.wsgi's handler (without its gc.freeze())
sent = [0]
statuses = []


def environ():
    sent[0] += 1
    i = sent[0]
    body = urlencode({"name": "Bench reader", "email": f"bench{i}@example.org",
                      "body": f"Comment {i} on the story, with a few words of context.", "parent": "",
                      "website": "", "ts": form_ts, "csrfmiddlewaretoken": form_csrf}).encode()
    return {"REQUEST_METHOD": "POST", "PATH_INFO": f"/comments/post/{article.pk}/", "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "HTTP_HOST": "127.0.0.1",
            "REMOTE_ADDR": f"10.0.{i // 250 % 250}.{i % 250 + 1}",
            "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
            "HTTP_ACCEPT": "application/json", "HTTP_ORIGIN": "http://127.0.0.1",
            "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
            "SERVER_PROTOCOL": "HTTP/1.1"}


def start_response(status, headers, exc_info=None):
    statuses.append(status)


def post():
    answer = application(environ(), start_response)
    content = b"".join(answer)
    answer.close()
    if not statuses[-1].startswith("201"):
        raise SystemExit(f"answered {statuses[-1]}: {content[:300]!r}")


for _ in range(30):  # imports, the scorer's model, the per-process caches
    post()
if mode == "count":
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        post()
    print(f"{len(queries)} statements ({connection.vendor})")
    for query in queries.captured_queries:
        print("  ", " ".join(query["sql"].split())[:160])
elif mode == "time":
    for round_ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(N):
            post()
        print(f"round {round_}: {(time.perf_counter() - wall) / N * 1000:.2f} ms wall, "
              f"{(time.process_time() - cpu) / N * 1000:.2f} ms CPU a POST")
elif mode == "cprofile":
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(N):
        post()
    profile.disable()
    profile.dump_stats(os.environ.get("PROFILE_OUT", "/tmp/newsroom-submit.prof"))
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(60)
    stats.sort_stats("tottime").print_stats(30)
elif mode == "parts":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from parts import time_parts

    application = time_parts(post, N, globals())
elif mode == "ab":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from parts import time_ab

    time_ab(post, N, globals())
elif mode == "middleware":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from parts import time_middleware

    time_middleware(post, N, globals())
else:
    raise SystemExit(__doc__)
