"""The database itself refuses changes to a stored comment, on SQLite and on PostgreSQL
(run this file with DATABASE_URL=postgres://... for the second)."""

import pytest
from django.db import DatabaseError, connection, transaction

from newsroom.comments.models import Comment, ImmutableCommentError
from newsroom.moderation.actions import decide
from newsroom.moderation.models import AppendOnlyError, AuditEntry, Decision
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


def raw(sql, params=()):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_save_refuses_updates(article):
    comment = make_comment(article)
    comment.body = "edited"
    with pytest.raises(ImmutableCommentError):
        comment.save()


@pytest.mark.parametrize("column,value", [
    ("name", "Someone else"), ("email", "other@example.org"), ("body", "edited text"),
    ("language", "fa"), ("created_at", "2001-01-01 00:00:00+00"), ("ip_address", "192.0.2.1"),
])
def test_raw_update_of_immutable_column_fails(article, column, value):
    comment = make_comment(article)
    with pytest.raises(DatabaseError):
        raw(f"UPDATE comments_comment SET {column} = %s WHERE id = %s", [value, comment.pk])
    assert Comment.objects.filter(pk=comment.pk).values_list(column, flat=True).get() != value


def test_raw_update_of_article_and_parent_fails(article):
    from tests.comments.factories import make_article

    other = make_article(title="Other")
    comment = make_comment(article)
    first = make_comment(article, body="earlier")
    with pytest.raises(DatabaseError):
        raw("UPDATE comments_comment SET article_id = %s WHERE id = %s", [other.pk, comment.pk])
    with pytest.raises(DatabaseError):
        raw("UPDATE comments_comment SET parent_id = %s WHERE id = %s", [first.pk, comment.pk])


def test_parent_may_only_be_cleared_to_null(article):
    first = make_comment(article, body="earlier")
    second = make_comment(article, body="also earlier")
    reply = make_comment(article, body="a reply", parent=first)
    with pytest.raises(DatabaseError):
        raw("UPDATE comments_comment SET parent_id = %s WHERE id = %s", [second.pk, reply.pk])
    raw("UPDATE comments_comment SET parent_id = NULL WHERE id = %s", [reply.pk])  # what erasure does
    assert Comment.objects.get(pk=reply.pk).parent_id is None


def test_address_may_only_be_purged_to_null(article):
    comment = make_comment(article, ip="203.0.113.5")
    raw("UPDATE comments_comment SET ip_address = NULL WHERE id = %s", [comment.pk])
    assert Comment.objects.get(pk=comment.pk).ip_address is None
    with pytest.raises(DatabaseError):
        raw("UPDATE comments_comment SET ip_address = '203.0.113.5' WHERE id = %s", [comment.pk])


def test_raw_status_change_without_decision_fails(article):
    comment = make_comment(article)
    with pytest.raises(DatabaseError):
        raw("UPDATE comments_comment SET status = 'approved' WHERE id = %s", [comment.pk])
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_decisions_and_audit_entries_cannot_be_updated(article, moderator):
    comment = make_comment(article)
    decision = decide(comment, moderator, "reject", reason="profanity")
    with pytest.raises(DatabaseError):
        raw("UPDATE moderation_decision SET action = 'approve' WHERE id = %s", [decision.pk])
    with pytest.raises(DatabaseError):
        raw("UPDATE moderation_auditentry SET action = 'x' WHERE action = 'comment.reject'")
    with pytest.raises(AppendOnlyError):
        decision.note = "changed"
        decision.save()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.first().delete()
    assert Decision.objects.get(pk=decision.pk).action == "reject"


def test_deleting_a_moderator_account_keeps_their_decisions(article, moderator):
    comment = make_comment(article)
    decision = decide(comment, moderator, "approve")
    moderator.delete()
    decision = Decision.objects.get(pk=decision.pk)
    assert decision.moderator is None and decision.action == "approve"


def test_audit_entries_cannot_be_deleted(article, moderator):
    decide(make_comment(article), moderator, "approve")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.first().delete()
    if connection.vendor == "postgresql":  # SQLite keeps SQL DELETE for Django's test flush
        with pytest.raises(DatabaseError):
            raw("DELETE FROM moderation_auditentry")
    assert AuditEntry.objects.count() == 1
