"""Issue 13: the pending count kept with each article (ArticleStats.pending_comments), which the
dashboard's queue-size chart sums instead of counting the queue. Every path that changes a
comment's status keeps it exact, in the same transaction; a recount from the comments agrees."""

import importlib
import itertools
import threading
import time

import pytest
from django.apps import apps
from django.db import OperationalError, connection

from newsroom.articles import counts
from newsroom.articles.models import ArticleStats
from newsroom.comments.actions import post_comment, report_comment
from newsroom.comments.models import Comment
from newsroom.moderation import actions
from newsroom.moderation.actions import AlreadyDecided, decide
from newsroom.scoring import stats
from tests.comments.factories import make_article, make_comment, make_user, old_token

pytestmark = pytest.mark.django_db


_addresses = itertools.count(1)


def post(article, body, email="hana@example.org", ip=None):
    ip = ip or f"198.51.100.{next(_addresses) % 250 + 1}"  # clear of the per-address rate limit
    return post_comment(article, name="Hana", email=email, body=body, ip_address=ip, token=old_token(article))


def kept():
    """{article id: (approved, pending)} as kept, leaving out empty rows."""
    return {pk: (a, p) for pk, a, p in ArticleStats.objects.values_list("pk", "approved_comments",
                                                                         "pending_comments") if a or p}


def counted():
    """The same, counted from the comments."""
    found = {}
    for article_id, status in Comment.objects.values_list("article_id", "status"):
        a, p = found.get(article_id, (0, 0))
        found[article_id] = (a + (status == "approved"), p + (status == "pending"))
    return {pk: ap for pk, ap in found.items() if any(ap)}


def pending(article):
    return ArticleStats.objects.filter(pk=article.pk).values_list("pending_comments", flat=True).first() or 0


def test_the_pending_count_follows_every_change_of_status(article, moderator, chief):
    other = make_article(title="Another story")
    a = post(article, "The first comment on the story.")
    b = post(article, "A second comment on the story.", email="b@example.org")
    c = post(other, "A comment on the other story.", email="c@example.org")
    assert pending(article) == 2 and pending(other) == 1
    assert stats.queue_size_series(7)[-1] == ("now", 3)

    decision = decide(a, moderator, "approve")  # pending -> approved
    assert pending(article) == 1 and kept()[article.pk] == (1, 1)
    actions.undo(decision, moderator)  # approved -> pending
    assert kept()[article.pk] == (0, 2)
    decision = decide(a, moderator, "reject", reason="off_topic")  # pending -> rejected
    assert kept()[article.pk] == (0, 1)
    actions.undo(decision, moderator)  # rejected -> pending
    assert kept()[article.pk] == (0, 2)

    decide(a, moderator, "approve")
    with pytest.raises(AlreadyDecided):  # a lost decision moves nothing
        decide(a, moderator, "reject", reason="threat")
    assert kept()[article.pk] == (1, 1)
    actions.reverse(a, chief, reason="profanity")  # approved -> rejected: pending untouched
    actions.reverse(a, chief)  # and back
    assert kept()[article.pk] == (1, 1)

    result = actions.bulk_decide([b.pk, c.pk, a.pk, 10**12], moderator, "approve")
    assert result["decided"] == [b.pk, c.pk] and len(result["conflicts"]) == 1
    assert kept() == {article.pk: (2, 0), other.pk: (1, 0)}
    report_comment(b.pk, "profanity", ip_address="192.0.2.1")
    actions.resolve_reports(b, moderator, "reject", reason="profanity")  # approved -> rejected
    assert kept() == {article.pk: (1, 0), other.pk: (1, 0)}
    assert stats.queue_size_series(7)[-1] == ("now", 0)
    assert kept() == counted()


def test_a_banned_submission_is_stored_rejected_and_never_counted_pending(article, chief):
    actions.add_ban(chief, "email", "troll@example.org")
    comment = post(article, "A comment from a banned address.", email="troll@example.org")
    assert Comment.objects.get(pk=comment.pk).status == "rejected"
    assert pending(article) == 0
    assert kept() == counted()


def test_erasure_takes_the_commenters_pending_and_approved_comments_out(article, moderator, chief):
    other = make_article(title="Another story")
    gone = [post(article, f"Comment number {i} on the story.", email="gone@example.org") for i in range(3)]
    post(other, "Another comment on the other story.", email="gone@example.org")
    stays = post(article, "A comment by someone else.", email="stays@example.org")
    decide(gone[0], moderator, "approve")
    decide(gone[1], moderator, "reject", reason="threat")
    assert kept() == {article.pk: (1, 2), other.pk: (0, 1)}
    assert actions.erase_email(chief, "Gone@example.org") == 4
    assert kept() == {article.pk: (0, 1)} == counted()
    decide(stays, moderator, "approve")
    assert kept() == {article.pk: (1, 0)}


def test_an_articles_deletion_takes_its_counts_with_it(article):
    other = make_article(title="Another story")
    make_comment(other, body="Pending on the other story.")
    make_comment(article, body="Pending here.")
    other.delete()
    assert kept() == {article.pk: (0, 1)} == counted()
    assert stats.queue_size_series(7)[-1] == ("now", 1)


def test_recount_and_the_migration_agree_with_the_kept_counts(article, moderator):
    other = make_article(title="Another story")
    for i in range(4):
        comment = make_comment(article if i % 2 else other, body=f"Comment {i} here.", email=f"{i}@x.org")
        if i == 3:
            decide(comment, moderator, "approve")
    expected = kept()
    assert expected == counted() == {article.pk: (1, 1), other.pk: (0, 2)}
    assert counts.recount() == 2
    assert kept() == expected
    assert counts.pending_total() == 3
    # The data migration's fill (run on the historical models; the current ones have the same
    # fields) sets the pending counts of rows that exist and creates those that do not.
    migration = importlib.import_module("newsroom.articles.migrations.0003_articlestats_pending")
    ArticleStats.objects.filter(pk=article.pk).update(pending_comments=0)
    ArticleStats.objects.filter(pk=other.pk).delete()
    migration.fill(apps, None)
    assert kept() == {article.pk: (1, 1), other.pk: (0, 2)}


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_and_decisions_keep_the_count_exact(article):
    """Writers in their own connections, at once: submissions to one article (the first of which
    creates its row) and decisions of its comments. F() updates and INSERT ... ON CONFLICT add; a
    read-then-write would lose some."""
    first, second = make_user("m1", "moderator"), make_user("m2", "moderator")
    decided = [make_comment(article, body=f"Waiting comment {i}.", email=f"w{i}@x.org") for i in range(6)]
    fresh = make_article(title="A story without comments")
    barrier = threading.Barrier(4)
    errors = []

    def retrying(work):
        # The in-memory SQLite test database (shared cache) answers "table is locked" at once
        # where a file database would wait out its busy timeout: retry like that timeout would.
        for _attempt in range(200):
            try:
                return work()
            except OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                time.sleep(0.01)
        raise AssertionError("still locked")

    def submit(n):
        try:
            barrier.wait()
            for i in range(5):
                target = fresh if i % 2 else article
                retrying(lambda i=i, target=target: post(
                    target, f"Concurrent comment {n}-{i} here.", email=f"c{n}-{i}@x.org",
                    ip=f"198.51.100.{n * 10 + i}"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    def moderate(user, comments):
        try:
            barrier.wait()
            for comment in comments:
                retrying(lambda comment=comment: decide(Comment.objects.get(pk=comment.pk), user, "approve"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(1,)), threading.Thread(target=submit, args=(2,)),
               threading.Thread(target=moderate, args=(first, decided[:3])),
               threading.Thread(target=moderate, args=(second, decided[3:]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert kept() == counted() == {article.pk: (6, 6), fresh.pk: (0, 4)}
