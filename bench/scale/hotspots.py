"""Profile console, dashboard and API pages in process on the bench/scale database: for each page,
the time per request, the number of queries and the time spent in them, and (with --cprofile) the
functions that cost the most. Finds what a page spends per row outside the database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_scale \
        .venv/bin/python bench/scale/hotspots.py [--n 10] [--cprofile 25] [--only queue,approved]

Production settings (file cache, no DEBUG), the Django test client, signed in as bench-chief or mod1
as bench/scale/measure.py is.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import setup  # noqa: E402

setup("profile")

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from newsroom.articles.models import ArticleStats  # noqa: E402


def pages():
    busiest = ArticleStats.objects.order_by("-approved_comments").first()
    five_k = ArticleStats.objects.filter(approved_comments__gte=5000).order_by("approved_comments").first()
    yield "queue", "/moderation/", "mod1"
    yield "queue-senior", "/moderation/?lane=senior", "mod1"
    yield "queue-last", "/moderation/?before=end", "mod1"
    yield "queue-language", "/moderation/?language=ckb", "mod1"
    yield "queue-senior-last", "/moderation/?lane=senior&before=end", "mod1"
    yield "queue-language-last", "/moderation/?language=ckb&before=end", "mod1"
    yield "queue-article", "/moderation/?" + urlencode({"article": busiest.article.title}), "mod1"
    yield "approved-language", "/moderation/approved/?language=ckb", "mod1"
    yield "approved", "/moderation/approved/", "mod1"
    yield "approved-last", "/moderation/approved/?before=end", "mod1"
    yield "rejected", "/moderation/rejected/", "mod1"
    yield "audit", "/moderation/audit/", "mod1"
    yield "audit-last", "/moderation/audit/?before=end", "mod1"
    yield "dashboard", "/moderation/scoring/dashboard/", "mod1"
    yield "dashboard90", "/moderation/scoring/dashboard/?days=90", "mod1"
    yield "simulate", "/moderation/scoring/simulate/?days=30", "bench-chief"
    yield "api-articles", "/api/v1/articles/", None
    yield "api-thread", f"/api/v1/articles/{busiest.pk}/comments/?thread=1", None
    if five_k:
        yield "article-5k", five_k.article.url + "?uncached=1", None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--cprofile", type=int, default=0, help="print this many top functions")
    parser.add_argument("--only", default="")
    parser.add_argument("--callees", default="", help="print the callees of functions matching this")
    parser.add_argument("--queries", type=int, default=0, help="print this many slowest queries")
    parser.add_argument("--explain", type=int, default=0,
                        help="print EXPLAIN ANALYZE of this many slowest queries (PostgreSQL)")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    if not Path(os.environ["STATIC_ROOT"], "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    clients = {}
    for label, path, username in pages():
        if only and label not in only:
            continue
        if username not in clients:
            client = Client(SERVER_NAME="127.0.0.1")
            if username:
                client.force_login(User.objects.get(username=username))
            clients[username] = client
        client = clients[username]
        for _ in range(2):  # warm-up
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
        times, cpu = [], []
        profiler = cProfile.Profile() if args.cprofile else None
        for _ in range(args.n):
            with CaptureQueriesContext(connection) as queries:
                started, cpu_started = time.perf_counter(), time.process_time()
                if profiler:
                    profiler.enable()
                response = client.get(path)
                if profiler:
                    profiler.disable()
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
        db_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        print(f"{label:14} p50 {statistics.median(times):7.1f} ms  min {min(times):7.1f} ms  "
              f"cpu p50 {statistics.median(cpu):6.1f} ms  min {min(cpu):6.1f} ms  "
              f"queries {len(queries.captured_queries):3}  "
              f"db {db_ms:6.1f} ms  bytes {len(response.content):,}", flush=True)
        for q in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:args.queries]:
            print(f"    {float(q['time']) * 1000:7.1f} ms  {q['sql'][:400]}")
        slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:args.explain]
        for q in slowest:
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + q["sql"])
                plan = "\n        ".join(row[0] for row in cursor.fetchall())
            print(f"    {q['sql'][:200]}\n        {plan}")
        if profiler:
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(args.cprofile)
            stats.sort_stats("tottime").print_stats(args.cprofile)
            if args.callees:
                stats.print_callees(args.callees)


if __name__ == "__main__":
    main()
