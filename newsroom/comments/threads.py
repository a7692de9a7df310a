"""Pages of an article's approved thread: top-level comments oldest first, each with its approved
replies (one level). Paged by keyset (newsroom.core.keyset), so the article page, its "Show more"
page links and the API's `?thread=1` read the same pages, and a deep page costs what the first does.
Only public fields are selected: never the email or the network address."""

from newsroom.comments.models import Comment
from newsroom.core.keyset import Key, Keyset

COMMENT_FIELDS = ("id", "parent_id", "name", "body", "created_at", "language")
ORDER = Keyset(Key("created_at", kind="datetime"), Key("id"))


def top_level(article):
    return Comment.objects.approved().filter(article=article, parent__isnull=True).values(*COMMENT_FIELDS)


def with_replies(rows):
    """The rows, each given its approved replies as `replies` (one query for the whole page)."""
    rows = list(rows)
    replies = {}
    if rows:
        for reply in (
            Comment.objects.approved().filter(parent_id__in=[r["id"] for r in rows])
            .order_by("created_at", "pk").values(*COMMENT_FIELDS)
        ):
            replies.setdefault(reply["parent_id"], []).append(reply)
    return [dict(row, replies=replies.get(row["id"], [])) for row in rows]


def thread_page(article, size, after=None, before=None):
    """One Page of the thread; raises newsroom.core.keyset.BadCursor for a damaged cursor."""
    page = ORDER.page(top_level(article), size, after=after, before=before)
    page.object_list = with_replies(page.object_list)
    return page
