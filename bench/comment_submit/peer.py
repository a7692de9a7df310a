"""The peer for bench/comment_submit: the least a Django view can do for the same job, on the same
database, under the same gunicorn. `insert` stores one row per POST (autocommit, like ours); `thread`
returns 50 rows as JSON. No middleware, no CSRF, no checks, no templates: a floor, not a rival."""

import os

import dj_database_url
import django
from django.conf import settings

db = dj_database_url.parse(os.environ["DATABASE_URL"])
if db["ENGINE"].endswith("sqlite3"):
    db["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE",
                     "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
db["CONN_MAX_AGE"] = 60
settings.configure(
    DEBUG=False, SECRET_KEY="peer-bench-only", ALLOWED_HOSTS=["127.0.0.1"], ROOT_URLCONF=__name__,
    DATABASES={"default": db}, MIDDLEWARE=[], INSTALLED_APPS=[], USE_TZ=True,
)
django.setup()

from django.db import connection  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402

CREATE = """CREATE TABLE IF NOT EXISTS peer_comment (
    id {pk}, name VARCHAR(80) NOT NULL, email VARCHAR(254) NOT NULL, body TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL)"""


def create_table():
    pk = "INTEGER PRIMARY KEY AUTOINCREMENT" if connection.vendor == "sqlite" else "BIGSERIAL PRIMARY KEY"
    with connection.cursor() as cursor:
        cursor.execute(CREATE.format(pk=pk))
        cursor.execute("DELETE FROM peer_comment")
        for i in range(50):
            cursor.execute("INSERT INTO peer_comment (name, email, body, created_at) VALUES (%s, %s, %s, %s)",
                           ["Reader", "r@example.org", f"Thread comment {i}", timezone.now()])


@csrf_exempt
def insert(request):
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO peer_comment (name, email, body, created_at) VALUES (%s, %s, %s, %s)",
                       [request.POST.get("name", ""), request.POST.get("email", ""),
                        request.POST.get("body", ""), timezone.now()])
    return JsonResponse({"status": "stored"}, status=201)


def thread(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, body, created_at FROM peer_comment ORDER BY id LIMIT 50")
        rows = [{"name": n, "body": b, "created_at": str(t)} for n, b, t in cursor.fetchall()]
    return JsonResponse({"comments": rows})


def count():
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM peer_comment")
        return cursor.fetchone()[0]


urlpatterns = [path("insert/", insert), path("thread/", thread)]

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()

if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["setup"]:
        create_table()
    elif sys.argv[1:] == ["count"]:
        print(count())
