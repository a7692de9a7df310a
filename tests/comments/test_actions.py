from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from newsroom.comments.actions import CommentRefused, post_comment
from newsroom.comments.models import Comment
from newsroom.comments.signals import comment_posted
from newsroom.moderation.actions import add_ban
from newsroom.moderation.models import AuditEntry, Decision
from tests.comments.factories import make_comment, old_token

pytestmark = pytest.mark.django_db


def post(article, **kw):
    data = {
        "name": "Hana",
        "email": "hana@example.org",
        "body": "A thoughtful comment about the story.",
        "ip_address": "198.51.100.7",
        "token": old_token(article),
    }
    data.update(kw)
    return post_comment(article, **data)


def test_post_stores_pending_comment_and_signals_inside_its_transaction(article):
    from django.db import connection

    seen = []

    def receiver(sender, comment, **kw):
        # Receivers write in the comment's own transaction (one commit per submission).
        assert connection.in_atomic_block
        assert Comment.objects.filter(pk=comment.pk).exists()
        seen.append(comment.pk)

    comment_posted.connect(receiver)
    try:
        comment = post(article)
    finally:
        comment_posted.disconnect(receiver)
    comment = Comment.objects.get(pk=comment.pk)
    assert comment.status == "pending"
    assert comment.language == "en"
    assert comment.ip_address == "198.51.100.7"
    assert seen == [comment.pk]


def test_arabic_article_gives_arabic_language(arabic_article):
    comment = post(arabic_article, body="تعليق مفيد على الخبر")
    assert comment.language == "ar"


def test_closed_article_is_refused(db):
    from tests.comments.factories import make_article

    closed = make_article(title="Closed", comments_open=False)
    with pytest.raises(CommentRefused) as exc:
        post(closed)
    assert exc.value.status == 403
    assert Comment.objects.count() == 0


def test_honeypot_is_refused(article):
    with pytest.raises(CommentRefused) as exc:
        post(article, honeypot="http://spam.example")
    assert exc.value.code == "honeypot"
    assert Comment.objects.count() == 0


def test_too_fast_and_forged_tokens(article):
    from newsroom.comments.tokens import make_token

    with pytest.raises(CommentRefused) as exc:
        post(article, token=make_token(article.pk))
    assert exc.value.code == "too_fast"
    with pytest.raises(CommentRefused) as exc:
        post(article, token="forged:token")
    assert exc.value.code == "token"
    with pytest.raises(CommentRefused) as exc:
        post(article, token=old_token(article, seconds=30 * 24 * 3600))
    assert exc.value.code == "expired"
    assert Comment.objects.count() == 0


def test_duplicate_within_ten_minutes_is_refused(article):
    post(article)
    with pytest.raises(CommentRefused) as exc:
        post(article, email="HANA@example.org")
    assert exc.value.code == "duplicate"
    assert Comment.objects.count() == 1


def test_duplicate_after_ten_minutes_is_accepted(article):
    Comment.objects.create(
        article=article, name="Hana", email="hana@example.org", body="A thoughtful comment about the story.",
        language="en", created_at=timezone.now() - timedelta(minutes=11),
    )
    assert post(article).status == "pending"


@override_settings(COMMENTS_RATE_LIMIT_IP="3/60", COMMENTS_RATE_LIMIT_EMAIL="100/60")
def test_rate_limit_per_ip_in_database(article):
    for i in range(3):
        post(article, email=f"r{i}@example.org")
    with pytest.raises(CommentRefused) as exc:
        post(article, email="r9@example.org")
    assert exc.value.status == 429
    assert Comment.objects.count() == 3


@override_settings(COMMENTS_RATE_LIMIT_IP="100/60", COMMENTS_RATE_LIMIT_EMAIL="2/60")
def test_rate_limit_per_email(article):
    post(article, body="first comment", ip_address="192.0.2.1")
    post(article, body="second comment", ip_address="192.0.2.2")
    with pytest.raises(CommentRefused) as exc:
        post(article, body="third comment", ip_address="192.0.2.3")
    assert exc.value.status == 429


def test_rate_limit_uses_redis_when_redis_is_configured(article):
    import uuid

    from newsroom.comments.models import RateHit

    with override_settings(REDIS_URL="redis://127.0.0.1:6379/0", SECRET_KEY=uuid.uuid4().hex,
                           COMMENTS_RATE_LIMIT_IP="2/60", COMMENTS_RATE_LIMIT_EMAIL="100/60"):
        post(article, email="a@example.org")
        post(article, email="b@example.org")
        with pytest.raises(CommentRefused):
            post(article, email="c@example.org")
    assert RateHit.objects.count() == 0  # counted in Redis, not the database


@pytest.mark.parametrize("kind,value,email,ip", [
    ("email", "Troll@Example.org", "troll@example.org", "198.51.100.1"),
    ("domain", "spam.example", "x@mail.spam.example", "198.51.100.1"),
    ("network", "203.0.113.0/24", "someone@example.org", "203.0.113.77"),
])
def test_banned_submission_is_stored_then_rejected_by_the_system(article, chief, kind, value, email, ip):
    add_ban(chief, kind, value)
    comment = post(article, email=email, ip_address=ip)
    comment = Comment.objects.get(pk=comment.pk)
    assert comment.status == "rejected"
    decision = Decision.objects.get(comment=comment)
    assert decision.moderator is None and decision.reason == "banned"
    entry = AuditEntry.objects.get(action="comment.reject")
    assert entry.actor is None and entry.data["system"] is True


@pytest.mark.parametrize("kind,value,email,ip,banned", [
    ("email", "troll@example.org", "TROLL@Example.org", None, True),
    ("email", "troll@example.org", "troll2@example.org", None, False),
    ("domain", "spam.example", "x@spam.example", None, True),
    ("domain", "spam.example", "x@notspam.example", None, False),
    ("domain", "spam.example", "x@spam.example.org", None, False),
    ("network", "2001:db8::/32", "x@example.org", "2001:db8::1", True),
    ("network", "203.0.113.0/24", "x@example.org", "203.0.114.1", False),
    ("network", "203.0.113.0/24", "x@example.org", None, False),
])
def test_only_matching_bans_reject(article, chief, kind, value, email, ip, banned):
    add_ban(chief, "domain", "unrelated.example")  # bans that do not match change nothing
    add_ban(chief, "email", "someone@unrelated.example")
    add_ban(chief, kind, value)
    comment = Comment.objects.get(pk=post(article, email=email, ip_address=ip).pk)
    assert comment.status == ("rejected" if banned else "pending")


def test_a_duplicate_is_refused_whatever_the_case_of_the_address(article):
    post(article, email="Reader@Example.org", body="Same words, posted twice.")
    with pytest.raises(CommentRefused) as exc:
        post(article, email="reader@example.ORG", body="Same words, posted twice.")
    assert exc.value.code == "duplicate"
    post(article, email="other@example.org", body="Same words, posted twice.")  # another reader may


def test_reply_only_to_approved_top_level_comment(article, moderator):
    from newsroom.moderation.actions import decide

    parent = make_comment(article)
    with pytest.raises(CommentRefused):
        post(article, parent_id=parent.pk)
    decide(parent, moderator, "approve")
    reply = post(article, parent_id=parent.pk)
    assert reply.parent_id == parent.pk
    decide(reply, moderator, "approve")
    with pytest.raises(CommentRefused):
        post(article, parent_id=reply.pk, body="A reply to a reply")


@pytest.mark.parametrize("field,value", [
    ("name", ""), ("name", "x" * 81), ("name", "bad\x00name"),
    ("email", ""), ("email", "not-an-email"), ("email", "a@b@c"),
    ("body", ""), ("body", "x"), ("body", "x" * 5001), ("body", "x" * 1024 * 1024),
    ("body", "hello\x07world"), ("body", "broken \ufffd text"),
])
def test_bad_fields_are_refused_with_400(article, field, value):
    with pytest.raises(CommentRefused) as exc:
        post(article, **{field: value})
    assert exc.value.status == 400
    assert field in exc.value.errors
    assert Comment.objects.count() == 0
