"""The approved-comment count kept with each article (ArticleStats), so lists and the API read one
row per article instead of counting its comments. Callers change it inside the transaction that
changes the comments' status, so the count and the statuses commit together."""

from django.db import connection, transaction
from django.db.models import F


def add_approved(article_id, delta):
    """Add `delta` (may be negative) to an article's approved count, creating its row if needed."""
    from newsroom.articles.models import ArticleStats

    if not delta:
        return
    rows = ArticleStats.objects.filter(pk=article_id)
    if rows.update(approved_comments=F("approved_comments") + delta):
        return
    with transaction.atomic():  # a savepoint: a concurrent insert of the same row is retried below
        ArticleStats.objects.get_or_create(article_id=article_id)
    rows.update(approved_comments=F("approved_comments") + delta)


def approved_counts(article_ids):
    """{article id: approved comments} for the given ids (0 for an article without a row)."""
    from newsroom.articles.models import ArticleStats

    ids = list(article_ids)
    found = dict(ArticleStats.objects.filter(pk__in=ids).values_list("pk", "approved_comments"))
    return {pk: found.get(pk, 0) for pk in ids}


def recount():
    """Recompute every article's approved count from the comments (after a bulk import, or to
    repair). One INSERT ... SELECT with GROUP BY; returns the number of articles with comments."""
    from newsroom.articles.models import ArticleStats
    from newsroom.comments.models import Comment

    stats = connection.ops.quote_name(ArticleStats._meta.db_table)
    comments = connection.ops.quote_name(Comment._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        # Safe: the table names come from the models (quoted); the one value is a parameter.
        cursor.execute(f"DELETE FROM {stats}")  # nosec B608
        cursor.execute(
            f"INSERT INTO {stats} (article_id, approved_comments)"  # nosec B608
            f" SELECT article_id, COUNT(*) FROM {comments} WHERE status = %s GROUP BY article_id",
            ["approved"],
        )
        return cursor.rowcount
