"""Time every console, dashboard, API and article page on the database bench/scale/build.py made,
first pages and deep ones, through gunicorn with production settings (run.sh starts it). Prints a
Markdown table of p50 and p95 over REQUESTS sequential requests per page (after 3 warm-ups).

    bench/scale/run.sh      (it calls this with the right environment)
    ONLY=queue,API REQUESTS=15 bench/scale/run.sh    (only the pages whose label contains a word)
    .venv/bin/python bench/scale/measure.py --pages-json   (the pages of DATABASE_URL's database, as
        JSON [label, path, cookie] rows, for ab.py comparing two databases)
"""

import http.client
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.utils.module_loading import import_string  # noqa: E402

from newsroom.articles.models import ArticleStats  # noqa: E402
from newsroom.comments import threads  # noqa: E402
from newsroom.comments.models import Comment  # noqa: E402
from newsroom.moderation import queries  # noqa: E402
from newsroom.moderation.models import AuditEntry  # noqa: E402
from newsroom.moderation.views import AUDIT_ORDER  # noqa: E402

PORT = int(os.environ.get("PORT", "8130"))
REQUESTS = int(os.environ.get("REQUESTS", "30"))
ONLY = [w.strip() for w in os.environ.get("ONLY", "").split(",") if w.strip()]  # label substrings


def session_cookie(username):
    user = User.objects.get(username=username)
    store = import_string(settings.SESSION_ENGINE + ".SessionStore")()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def cursor_at(queryset, order, offset):
    """The cursor of the row `offset` rows into an order: how a reader gets there by paging."""
    row = queryset.order_by(*order.ordering())[offset:offset + 1]
    row = list(row)
    return order.encode(row[0]) if row else ""


def pages():
    chief = session_cookie("bench-chief")
    moderator = session_cookie("mod1")
    pending, risk = queries.pending_queue({})
    approved, newest = queries.decided_list("approved")
    rejected, _ = queries.decided_list("rejected")
    busiest = ArticleStats.objects.order_by("-approved_comments").first()
    five_k = ArticleStats.objects.filter(approved_comments__gte=5000).order_by("approved_comments").first()
    article = five_k.article
    n_pending, n_approved, n_rejected = (pending.count(), approved.count(), rejected.count())
    n_audit = AuditEntry.objects.count()
    thread = threads.top_level(busiest.article)
    n_thread = thread.count()
    yield "queue `/moderation/`", "/moderation/", moderator
    yield "queue, lane=senior", "/moderation/?lane=senior", moderator
    yield "queue, language=ckb", "/moderation/?language=ckb", moderator
    yield "queue, oldest first", "/moderation/?order=oldest", moderator
    yield "queue, busiest article (typed title)", "/moderation/?" + urlencode(
        {"article": busiest.article.title}), moderator
    yield "queue, middle page", "/moderation/?after=" + cursor_at(pending, risk, n_pending // 2), moderator
    yield "queue, last page", "/moderation/?before=end", moderator
    yield "approved list", "/moderation/approved/", moderator
    yield "approved list, middle page", "/moderation/approved/?after=" + cursor_at(
        approved, newest, n_approved // 2), moderator
    yield "approved list, last page", "/moderation/approved/?before=end", moderator
    yield "rejected list", "/moderation/rejected/", moderator
    yield "rejected list, last page", "/moderation/rejected/?before=end", moderator
    yield "audit trail", "/moderation/audit/", moderator
    yield "audit trail, middle page", "/moderation/audit/?after=" + cursor_at(
        AuditEntry.objects.all(), AUDIT_ORDER, n_audit // 2), moderator
    yield "audit trail, last page", "/moderation/audit/?before=end", moderator
    yield "article search (filter suggestions)", "/moderation/articles/?q=minister", moderator
    yield "scoring dashboard (14 days)", "/moderation/scoring/dashboard/", moderator
    yield "scoring dashboard (90 days)", "/moderation/scoring/dashboard/?days=90", moderator
    yield "simulation (30 days)", "/moderation/scoring/simulate/?days=30", chief
    yield "API `/api/v1/articles/`", "/api/v1/articles/", None
    yield "API thread, first page (busiest)", f"/api/v1/articles/{busiest.pk}/comments/?thread=1", None
    yield "API thread, middle page (busiest)", f"/api/v1/articles/{busiest.pk}/comments/?" + urlencode(
        {"thread": 1, "after": cursor_at(thread, threads.ORDER, n_thread // 2)}), None
    yield (f"article with {five_k.approved_comments} approved comments, uncached",
           article.url + "?uncached=1", None)
    yield "the same article, cached", article.url, None
    print(f"\nrows: {Comment.objects.count()} comments, {n_pending} pending, {n_approved} approved, "
          f"{n_rejected} rejected, {n_audit} audit entries; busiest article {busiest.approved_comments} "
          f"approved", file=sys.stderr)


def timed(path, cookie):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    headers = {"Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    times, size = [], 0
    for i in range(REQUESTS + 3):
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - started
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}\n{body[:500]!r}")
        if i >= 3:
            times.append(elapsed * 1000)
        size = len(body)
    conn.close()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, size


def main():
    if "--pages-json" in sys.argv:  # for ab.py comparing two databases: this database's pages
        import json

        print(json.dumps(list(pages())))
        return
    print("| page | p50 | p95 | bytes |")
    print("|---|---|---|---|")
    for label, path, cookie in pages():
        if ONLY and not any(word in label for word in ONLY):
            continue
        p50, p95, size = timed(path, cookie)
        print(f"| {label} | {p50:.1f} ms | {p95:.1f} ms | {size:,} |", flush=True)


if __name__ == "__main__":
    main()
