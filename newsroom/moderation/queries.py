"""Read-only querysets for the console. The queue is built here, in one function, so ordering by
risk (newsroom.scoring) can be plugged in without touching the view."""

from datetime import timedelta

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.translation import gettext

from newsroom.comments.models import Comment, Report, Trust, email_key
from newsroom.guidelines.clauses import LABELS
from newsroom.moderation.hooks import queue_hook

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
    # The hook (settings.MODERATION_QUEUE_HOOK; the scoring app's by default) orders the queue and
    # adds its lanes, so this app never imports scoring.
    return queue_hook().arrange(queryset, filters or {})


def decided_list(status, filters=None):
    """Approved or rejected comments, most recently submitted first."""
    queryset = filtered(Comment.objects.filter(status=status), filters).select_related("article", "score")
    return with_history(queryset).prefetch_related("decisions__moderator").order_by("-created_at", "-pk")


def reported():
    """Published comments with open reader reports, most reported first (the Reported lane)."""
    queryset = Comment.objects.approved().filter(reports__resolution="").annotate(
        report_count=Count("reports", distinct=True)
    ).select_related("article", "parent")
    return with_history(queryset).order_by("-report_count", "created_at", "pk")


def add_reports(comments):
    """Set `report_reasons` [(code, n)] on each comment: its open reports, by reason."""
    counts = {}
    rows = (Report.objects.filter(comment__in=[c.pk for c in comments], resolution="")
            .values_list("comment_id", "reason").annotate(n=Count("pk")).order_by("comment_id", "-n"))
    for comment_id, reason, n in rows:
        counts.setdefault(comment_id, []).append((reason, gettext(LABELS.get(reason, reason)), n))
    for comment in comments:
        comment.report_reasons = counts.get(comment.pk, [])


def add_trust(comments):
    """Set `trusted` (the Trust or None) on each comment, by its author's email."""
    keys = {email_key(c.email) for c in comments}
    trusted = {t.email: t for t in Trust.objects.filter(email__in=keys)} if keys else {}
    for comment in comments:
        comment.trusted = trusted.get(email_key(comment.email))


def trust_of(email):
    return Trust.objects.filter(email=email_key(email)).first()


def commenter_history(email, limit=10):
    """The last `limit` decisions on this commenter's comments (by email), newest first."""
    from newsroom.moderation.models import Decision

    ids = Comment.objects.by_email(email).values("pk")
    decisions = Decision.objects.filter(comment_id__in=ids).select_related("moderator", "comment")
    return list(decisions.order_by("-created_at", "-pk")[:limit])
