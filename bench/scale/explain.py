"""The query plans behind the indexes of issue 13, on the database bench/scale/build.py made:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_scale .venv/bin/python bench/scale/explain.py
    ... bench/scale/explain.py --api    # only the API thread's queries (busiest article), with BUFFERS
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from newsroom.articles.models import ArticleStats  # noqa: E402
from newsroom.comments import threads  # noqa: E402
from newsroom.comments.models import Comment, CommenterStats  # noqa: E402
from newsroom.moderation import queries  # noqa: E402
from newsroom.moderation.hooks import queue_hook  # noqa: E402
from newsroom.moderation.models import AuditEntry  # noqa: E402


def show(label, queryset, **options):
    print(f"### {label}\n")
    print("    " + queryset.explain(analyze=True, **options).replace("\n", "\n    ") + "\n")


def api_thread():
    """The API's `?thread=1` pages of the busiest article (newsroom.api.data.comments_page): the
    page's top-level keys (limit + 1 rows, as newsroom.core.keyset reads them), first and middle,
    then the approved replies of the 50 shown."""
    busiest = ArticleStats.objects.order_by("-approved_comments").first().article
    thread = threads.top_level(busiest)
    first = thread.order_by(*threads.ORDER.ordering())[:51]
    show(f"API thread, first page (article {busiest.pk})", first, buffers=True)
    middle = thread.order_by(*threads.ORDER.ordering())[thread.count() // 2]
    show("API thread, middle page", thread.filter(threads.ORDER.seek(
        [middle["created_at"], middle["id"]])).order_by(*threads.ORDER.ordering())[:51], buffers=True)
    ids = [row["id"] for row in first[:50]]
    show("API thread, the first page's replies", Comment.objects.approved().filter(parent_id__in=ids)
         .order_by("created_at", "pk").values(*threads.COMMENT_FIELDS), buffers=True)


def main():
    if "--api" in sys.argv:
        api_thread()
        return
    pending, risk = queries.pending_queue({})
    show("queue, risk order, first page", pending.order_by(*risk.ordering())[:51])
    pending, oldest = queries.pending_queue({"order": "oldest"})
    show("queue, oldest first, first page", pending.order_by(*oldest.ordering())[:51])
    approved, newest = queries.decided_list("approved")
    show("approved list, first page", approved.order_by(*newest.ordering())[:51])
    show("approved list, last page (before=end)", approved.order_by(*newest.ordering(reverse=True))[:51])
    middle = approved.order_by(*newest.ordering())[400000]
    show("approved list, a page 400,000 rows deep", approved.filter(newest.seek(
        [middle.created_at, middle.pk])).order_by(*newest.ordering())[:51])
    rows = list(approved.order_by(*newest.ordering())[:50])
    show("commenter history for the 50 rows shown (CommenterStats)",
         CommenterStats.objects.filter(pk__in={c.email.lower() for c in rows}))
    cutoff = timezone.now() - timedelta(days=30)
    show("address purge (rows still holding an address, older than 30 days)",
         Comment.objects.filter(created_at__lt=cutoff, ip_address__isnull=False).values("pk"))
    some = AuditEntry.objects.order_by("-pk").values_list("object_id", flat=True)[1000]
    show("audit trail filtered by object id", AuditEntry.objects.filter(object_id=some).order_by(
        "-created_at", "-pk")[:101])
    # Sixth pass: the senior lane and the queue of one language (scoring_queue_senior, _language).
    hook = queue_hook()
    for filters in ({"lane": "senior"}, {"language": "ckb"}):
        queue, order = queries.pending_queue(dict(filters))
        label = ", ".join(f"{k}={v}" for k, v in filters.items())
        show(f"queue, {label}, the first page's keys", queue.order_by(*order.ordering()).values("pk")[:51])
    counted = hook.counted(queries.pending_queue({"lane": "senior"})[0], {"lane": "senior"})
    show("queue, lane=senior, the heading's count (up to 1,001 rows)", counted.order_by().values("pk")[:1001])
    api_thread()


if __name__ == "__main__":
    main()
