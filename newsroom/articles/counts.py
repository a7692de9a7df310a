"""The comment counts kept with each article (ArticleStats): its approved comments, which lists
and the API read one row per article instead of counting its comments, and its pending ones, which
the dashboard's queue-size chart sums instead of counting the queue. Callers change them inside the
transaction that changes the comments' status (the submission in Comment.save(), the decision
action in newsroom.moderation.actions, erasure), so the counts and the statuses commit together."""

from django.db import connection, transaction
from django.db.models import F, Sum


def add(article_id, *, approved=0, pending=0):
    """Add the deltas (each may be negative) to an article's approved and pending counts, creating
    its row if needed: one statement when the row exists, or when no delta is negative (the
    submission's +1 pending: one INSERT ... ON CONFLICT, safe against a concurrent first comment)."""
    from newsroom.articles.models import ArticleStats

    if not approved and not pending:
        return
    if approved >= 0 and pending >= 0:
        table = connection.ops.quote_name(ArticleStats._meta.db_table)
        with connection.cursor() as cursor:
            # Safe: the table name comes from the model (quoted); every value is a parameter.
            cursor.execute(
                f"INSERT INTO {table} (article_id, approved_comments, pending_comments)"  # nosec B608
                " VALUES (%s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET"
                f" approved_comments = {table}.approved_comments + excluded.approved_comments,"
                f" pending_comments = {table}.pending_comments + excluded.pending_comments",
                [article_id, approved, pending],
            )
        return
    changes = {name: F(name) + delta for name, delta in
               (("approved_comments", approved), ("pending_comments", pending)) if delta}
    rows = ArticleStats.objects.filter(pk=article_id)
    if rows.update(**changes):
        return
    with transaction.atomic():  # a savepoint: a concurrent insert of the same row is retried below
        ArticleStats.objects.get_or_create(article_id=article_id)
    rows.update(**changes)


def status_deltas(old, new):
    """{approved: d, pending: d} for a comment whose status goes from `old` to `new` (None: the
    comment is created, or deleted), as add() takes them."""
    return {name: (new == name) - (old == name) for name in ("approved", "pending")}


def approved_counts(article_ids):
    """{article id: approved comments} for the given ids (0 for an article without a row)."""
    from newsroom.articles.models import ArticleStats

    ids = list(article_ids)
    found = dict(ArticleStats.objects.filter(pk__in=ids).values_list("pk", "approved_comments"))
    return {pk: found.get(pk, 0) for pk in ids}


def pending_total():
    """How many comments are pending, on every article: a sum over one row per article (the
    dashboard's queue size), never a count of the queue."""
    from newsroom.articles.models import ArticleStats

    return ArticleStats.objects.aggregate(n=Sum("pending_comments"))["n"] or 0


def recount():
    """Recompute every article's approved and pending counts from the comments (after a bulk
    import, or to repair). One INSERT ... SELECT with GROUP BY; returns the number of articles with
    approved or pending comments."""
    from newsroom.articles.models import ArticleStats
    from newsroom.comments.models import Comment

    stats = connection.ops.quote_name(ArticleStats._meta.db_table)
    comments = connection.ops.quote_name(Comment._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        # Safe: the table names come from the models (quoted); the values are parameters.
        cursor.execute(f"DELETE FROM {stats}")  # nosec B608
        cursor.execute(
            f"INSERT INTO {stats} (article_id, approved_comments, pending_comments)"  # nosec B608
            " SELECT article_id, SUM(CASE WHEN status = %s THEN 1 ELSE 0 END),"
            f" SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) FROM {comments}"
            " WHERE status IN (%s, %s) GROUP BY article_id",
            ["approved", "pending", "approved", "pending"],
        )
        return cursor.rowcount
