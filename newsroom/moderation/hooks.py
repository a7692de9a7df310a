"""The queue hook: how another app (newsroom.scoring) orders the queue, adds lanes and filters,
and what it adds to each row, without this app importing it. The setting MODERATION_QUEUE_HOOK
names a subclass of QueueHook by dotted path; without it the queue is oldest first."""

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string


class QueueHook:
    """Oldest first, no extra lanes, nothing added to the rows. Subclasses override what they add."""

    #: template included in the queue's filter form (gets `filters`), or None
    filter_template = None
    #: template included in each row under the text (gets `comment`), or None
    row_template = None
    #: query parameters the hook reads (kept in links and live updates)
    filter_keys = ()

    def arrange(self, queryset, filters):
        """Order (and narrow) a queryset of pending comments."""
        return queryset.order_by("created_at", "pk")

    def pending(self):
        """The pending comments the hook's queue pages (before the console's filters): every
        pending comment here; a hook that keeps a table of them may name it instead."""
        from newsroom.comments.models import Comment

        return Comment.objects.pending()

    def counted(self, queryset, filters):
        """What the queue's heading counts for the hook's own filters (`queryset`: the paged
        queryset, as `paged` narrowed it); the same rows, perhaps read from a narrower table."""
        return queryset

    def paged(self, queryset, filters):
        """(queryset, Keyset) for keyset pages (newsroom.core.keyset): the narrowed, unordered
        queryset and the order that pages it. Oldest first here."""
        from newsroom.core.keyset import Key, Keyset

        return queryset, Keyset(Key("created_at", kind="datetime"), Key("pk"))

    def row_html(self, comment, language=None):
        """HTML added to a console row under the comment's text (newsroom.moderation.rows): the
        row_template rendered with `info` (the comment's scoring_info) and `comment`, or "".
        `language` is the active language, read once for the page's rows (None: read it here)."""
        if not self.row_template:
            return ""
        from django.template.loader import render_to_string

        return render_to_string(self.row_template, {"info": getattr(comment, "scoring_info", None),
                                                    "comment": comment})

    def decorate(self, comments):
        """Set per-row data on each comment of a rendered page: `suggested_reason` (a code of
        REJECT_REASONS or ""), `body_html` (escaped text, may carry <mark> evidence) and anything
        the row template reads."""
        for comment in comments:
            comment.suggested_reason = ""


@lru_cache(maxsize=4)
def _load(path):
    return import_string(path)()


def queue_hook():
    path = getattr(settings, "MODERATION_QUEUE_HOOK", "")
    return _load(path) if path else QueueHook()
