"""Read-only querysets for the console. The queue is built here, in one function, so ordering by
risk (newsroom.scoring) can be plugged in without touching the view.

The queue and the decided lists are paged by keyset (newsroom.core.keyset): pending_queue and
decided_list return the filtered, unordered queryset and the Keyset that orders and pages it, so a
deep page costs what the first one does.
"""

from datetime import timedelta
from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, IntegerField, OuterRef, Subquery, TextField, Value
from django.utils import timezone
from django.utils.translation import gettext

from newsroom.articles.lookup import MAX_ID
from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment, CommenterStats, Report, Trust, email_key
from newsroom.core.keyset import Key, Keyset
from newsroom.guidelines.clauses import LABELS
from newsroom.moderation.hooks import queue_hook

AGES = {  # the queue's age filter: label -> (newer than, older than)
    "1h": (timedelta(hours=1), None),
    "24h": (timedelta(hours=24), None),
    "older24h": (None, timedelta(hours=24)),
    "older7d": (None, timedelta(days=7)),
}


NEWEST = Keyset(Key("created_at", desc=True, kind="datetime"), Key("pk", desc=True))
OLDEST = Keyset(Key("created_at", kind="datetime"), Key("pk"))
ARTICLE_MATCHES = 20  # suggestions shown, and articles a typed title may stand for
COUNT_CAP = 10_000  # headings count up to this many rows, then say "10000+"


# What a console row shows of its article, read in the comments' own query: a Wagtail page model per
# row (ArticlePage through select_related: the page tree's fields, modelcluster's child relations)
# was the largest cost of building a page's rows (issue 13). Rows read comment.article_title and
# article_url_path; comment.article is not loaded. Each is a subquery on Wagtail's page table by the
# article's id (an ArticlePage's id is its page's): joined instead, through articles_articlepage and
# wagtailcore_page, the two tables more made PostgreSQL spend 2-7 ms planning a page's query that
# runs in 1-2 ms (0.8 ms with the subqueries; docs/benchmarks.md).
def _article_column(name):
    from wagtail.models import Page

    return Subquery(Page.objects.filter(pk=OuterRef("article_id")).order_by().values(name))


def with_article(queryset):
    """The queryset with each comment's article title and url_path annotated (`article_title`,
    `article_url_path`). Apply it to the rows a page shows, not to what is counted."""
    return queryset.annotate(article_title=_article_column("title"),
                             article_url_path=_article_column("url_path"))


class TrustMark(NamedTuple):
    """What a console row shows of its author's Trust."""

    pk: int
    note: str


def rows_of(queryset):
    """The rows a keyset page of `queryset` loads (newsroom.core.keyset, `load`): its model's rows with
    the same related objects joined and the article annotated, without its filters (the page's keys
    were found with them)."""
    rows = queryset.model._default_manager.all()
    rows.query.select_related = queryset.query.select_related
    return with_article(rows)


def attach_history(comments, trust=False):
    """Set history_approved and history_rejected (by email) on each comment shown, from the counts
    kept per commenter (CommenterStats): one query for the page, one row per commenter, however many
    comments they wrote. With trust=True also `trusted` (a TrustMark of the author's Trust, or None;
    add_trust), read in the same query. Returns the comments."""
    comments = list(comments)
    keys = {email_key(c.email) for c in comments}
    counts, trusted = {}, {}
    if keys and trust:
        # One round trip for both (issue 13: under load each query's round trip cost more than
        # the query): the commenters' counts, then their trust marks, as rows of one UNION ALL.
        stats = CommenterStats.objects.filter(pk__in=keys).values_list(
            "pk", "approved", "rejected", Value(None, output_field=IntegerField()),
            Value("", output_field=TextField()))
        zero = Value(0, output_field=IntegerField())
        trusts = Trust.objects.filter(email__in=keys).values_list("email", zero, zero, "pk", "note")
        for key, approved, rejected, trust_pk, note in stats.union(trusts, all=True):
            if trust_pk is None:
                counts[key] = (approved, rejected)
            else:
                trusted[key] = TrustMark(trust_pk, note)
    elif keys:
        counts = CommenterStats.history(keys)
    for c in comments:
        key = email_key(c.email)
        c.history_approved, c.history_rejected = counts.get(key, (0, 0))
        if trust:
            c.trusted = trusted.get(key)
    return comments


def with_history(queryset):
    """The comments of a (small, sliced) queryset with their history: evaluates it."""
    return attach_history(queryset)


def search_articles(text, limit=ARTICLE_MATCHES):
    """Articles whose title matches what the moderator typed, through Wagtail's search index
    (autocomplete on the title), never a scan of the comments. "#123 ..." or "123" is an id."""
    text = (text or "").strip()
    digits = text.lstrip("#").split(" ", 1)[0]
    if digits.isdigit() and 0 < int(digits) <= MAX_ID:
        return list(ArticlePage.objects.filter(pk=int(digits)).only("pk", "title"))
    if not text:
        return []
    return list(ArticlePage.objects.autocomplete(text[:100], fields=["title"])[:limit])


def article_ids(value):
    """The article filter: an id, "#id title" (a chosen suggestion), or title text (every match)."""
    value = str(value or "").strip()
    if not value:
        return None
    return [a.pk for a in search_articles(value)]


def filtered(queryset, filters):
    filters = filters or {}
    language = filters.get("language")
    if language:
        queryset = queryset.filter(language=language)
    # The typed title's articles, searched once for the rows and the heading's count of one page.
    if "_article_ids" not in filters:
        filters["_article_ids"] = article_ids(filters.get("article"))
    ids = filters["_article_ids"]
    if ids is not None:
        queryset = queryset.filter(article_id__in=ids)
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
    """(queryset, keyset) of pending comments for the queue. Highest risk first by default (issue
    5), oldest first with order "oldest", newest first with "newest" (also read from
    filters["order"])."""
    filters = filters or {}
    order = order or filters.get("order") or "risk"
    # Ordered by time, the rows still show their scores (the hook's decorate reads comment.score):
    # joined here, or each row's score was a query of its own (50 a page; issue 13).
    if order == "newest" or (order == "oldest" and not filters.get("clause") and not filters.get("lane")):
        queryset = filtered(Comment.objects.pending(), filters).select_related("parent", "score")
        return queryset, NEWEST if order == "newest" else OLDEST
    # The hook (settings.MODERATION_QUEUE_HOOK; the scoring app's by default) orders the queue and
    # adds its lanes, so this app never imports scoring; it names the pending comments it pages.
    hook = queue_hook()
    return hook.paged(filtered(hook.pending(), filters).select_related("parent"), filters)


def decided_list(status, filters=None):
    """(queryset, keyset) of approved or rejected comments, most recently submitted first (their
    decisions: add_last_decision, on the page's rows)."""
    queryset = filtered(Comment.objects.filter(status=status), filters).select_related("score", "parent")
    return queryset, NEWEST


class LastDecision:
    """What a decided row shows of its comment's last decision (action, reason, who), without the
    Decision and User models."""

    __slots__ = ("action", "reason", "moderator_name")

    def __init__(self, action, reason, moderator_id, username):
        self.action, self.reason = action, reason
        self.moderator_name = gettext("the system") if moderator_id is None else username


def add_last_decision(comments):
    """Set `last_decision` (a LastDecision, or None) on each comment: one query for the page, in the
    decisions' own order (Decision.Meta.ordering), the last one kept."""
    from django.contrib.auth import get_user_model

    from newsroom.moderation.models import Decision

    last = {}
    if comments:
        username = f"moderator__{get_user_model().USERNAME_FIELD}"
        rows = (Decision.objects.filter(comment_id__in=[c.pk for c in comments])
                .values_list("comment_id", "action", "reason", "moderator_id", username))
        for comment_id, *fields in rows:
            last[comment_id] = fields
    for comment in comments:
        fields = last.get(comment.pk)
        comment.last_decision = LastDecision(*fields) if fields else None
    return comments


def queue_count(filters=None, reported_too=False):
    """(count, capped) for the queue's heading: read from the pending comments' own index; with a
    clause or lane filter (which need the scores) counted no further than 1,000. With
    reported_too, (count, capped, the Reported lane's count), in the same round trip."""
    filters = filters or {}
    if filters.get("clause") or filters.get("lane"):
        queryset, cap = queue_hook().counted(pending_queue(filters)[0], filters), 1000
    else:
        queryset, cap = filtered(Comment.objects.pending(), filters), COUNT_CAP
    found = counts(_capped(queryset, cap), *([reported_ids()] if reported_too else []))
    n = found[0]
    return (min(n, cap), n > cap, *found[1:])


def _capped(queryset, cap):
    return queryset.order_by().values("pk")[: cap + 1]


def capped_count(queryset, cap=COUNT_CAP):
    """(count, capped): how many rows, counting no further than `cap` (a COUNT over a LIMITed
    subquery), so a heading never counts a million rows."""
    n = _capped(queryset, cap).count()
    return min(n, cap), n > cap


def counts(*querysets):
    """The number of rows of each queryset, in one query (a round trip a count instead of one each:
    under load the round trip cost more than these counts, issue 13)."""
    parts, params = [], []
    for i, queryset in enumerate(querysets):
        try:
            sql, more = queryset.query.sql_with_params()
        except EmptyResultSet:  # a filter that matches nothing (an article filter with no article)
            parts.append("0")
            continue
        # Django's own SQL for the queryset (its values are in `more`, passed as parameters)
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted_{i})")  # nosec B608
        params.extend(more)
    with connection.cursor() as cursor:
        # Safe: the SQL is Django's own for these querysets, their values passed as parameters.
        cursor.execute("SELECT " + ", ".join(parts), params)  # nosec B608
        return [int(n) for n in cursor.fetchone()]


def reported():
    """Published comments with open reader reports, most reported first (the Reported lane)."""
    queryset = Comment.objects.approved().filter(reports__resolution="").annotate(
        report_count=Count("reports", distinct=True)
    ).select_related("parent")
    return queryset.order_by("-report_count", "created_at", "pk")


def reported_ids():
    """The ids of the comments in the Reported lane (one per comment, as reported() groups them),
    for counting it."""
    return Comment.objects.approved().filter(reports__resolution="").values("pk").distinct()


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
    """Set `trusted` (a TrustMark of the author's Trust, or None) on each comment, by its email.
    (attach_history(comments, trust=True) reads it with the history, in one query.)"""
    keys = {email_key(c.email) for c in comments}
    trusted = {t.email: TrustMark(t.pk, t.note) for t in Trust.objects.filter(email__in=keys)} if keys else {}
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


def audit_actions():
    """The distinct actions in the audit trail, for its filter: a skip scan over the action index
    (one index probe per distinct action) instead of a DISTINCT over every entry."""
    from newsroom.moderation.models import AuditEntry

    table = connection.ops.quote_name(AuditEntry._meta.db_table)
    # Safe: the table name comes from the model (quoted); there is no outside input.
    sql = (
        f"WITH RECURSIVE seen(action) AS ("  # nosec B608
        f" SELECT MIN(action) FROM {table}"
        f" UNION ALL"
        f" SELECT (SELECT MIN(action) FROM {table} WHERE action > seen.action) FROM seen"
        f" WHERE seen.action IS NOT NULL)"
        f" SELECT action FROM seen WHERE action IS NOT NULL LIMIT 1000"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [row[0] for row in cursor.fetchall()]
