"""Read-only querysets for the console. The queue is built here, in one function, so ordering by
risk (newsroom.scoring) can be plugged in without touching the view."""

from datetime import timedelta

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone

from newsroom.comments.models import Comment

AGES = {  # the queue's age filter: label -> (newer than, older than)
    "1h": (timedelta(hours=1), None),
    "24h": (timedelta(hours=24), None),
    "older24h": (None, timedelta(hours=24)),
    "older7d": (None, timedelta(days=7)),
}


def _history(status):
    counted = (
        Comment.objects.alias(email_key=Lower("email"))
        .filter(email_key=Lower(OuterRef("email")), status=status)
        .order_by()
        .values("status")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_history(queryset):
    """Annotate each comment with its commenter's approved and rejected counts (by email)."""
    return queryset.annotate(history_approved=_history("approved"), history_rejected=_history("rejected"))


def filtered(queryset, filters):
    filters = filters or {}
    language = filters.get("language")
    if language:
        queryset = queryset.filter(language=language)
    article = str(filters.get("article") or "")
    if article.isdigit():
        queryset = queryset.filter(article_id=int(article))
    age = AGES.get(filters.get("age") or "")
    if age:
        now = timezone.now()
        newer, older = age
        if newer:
            queryset = queryset.filter(created_at__gte=now - newer)
        if older:
            queryset = queryset.filter(created_at__lt=now - older)
    return queryset


def pending_queue(filters=None, order=None):
    """Pending comments for the queue, with article and commenter history. Highest risk first by
    default (issue 5), oldest first with order "oldest" (also read from filters["order"])."""
    queryset = filtered(Comment.objects.pending(), filters).select_related("article", "parent")
    queryset = with_history(queryset)
    order = order or (filters or {}).get("order") or "risk"
    if order == "newest":
        return queryset.order_by("-created_at", "-pk")
    if order == "oldest":
        return queryset.order_by("created_at", "pk")
    # scoring app: risk order, clause filter and senior lane (newsroom/scoring/queue.py)
    from newsroom.scoring.queue import arrange

    return arrange(queryset, clause=(filters or {}).get("clause"), lane=(filters or {}).get("lane"))


def decided_list(status, filters=None):
    """Approved or rejected comments, most recently submitted first."""
    queryset = filtered(Comment.objects.filter(status=status), filters).select_related("article", "score")
    return with_history(queryset).prefetch_related("decisions__moderator").order_by("-created_at", "-pk")
