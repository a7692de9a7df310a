import threading
import time

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import OperationalError, connection
from django.test import override_settings

from newsroom.comments.models import Ban, Comment
from newsroom.moderation import actions
from newsroom.moderation.actions import AlreadyDecided, InvalidDecision, decide
from newsroom.moderation.models import AuditEntry, Decision
from newsroom.moderation.signals import comment_decided
from tests.comments.factories import make_comment, make_user

pytestmark = pytest.mark.django_db


def test_approve_appends_decision_sets_status_audits_and_signals(
    article, moderator, django_capture_on_commit_callbacks
):
    comment = make_comment(article)
    seen = []

    def receiver(sender, decision, comment, **kw):
        seen.append((decision.action, comment.pk))

    comment_decided.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            decision = decide(comment, moderator, "approve")
    finally:
        comment_decided.disconnect(receiver)
    assert Comment.objects.get(pk=comment.pk).status == "approved"
    assert decision.moderator == moderator and decision.reason == ""
    entry = AuditEntry.objects.get(action="comment.approve")
    assert entry.actor == moderator and entry.object_id == str(comment.pk)
    assert "reader@example.org" not in str(entry.data)
    assert seen == [("approve", comment.pk)]


def test_reject_needs_a_known_reason(article, moderator):
    comment = make_comment(article)
    with pytest.raises(InvalidDecision):
        decide(comment, moderator, "reject")
    with pytest.raises(InvalidDecision):
        decide(comment, moderator, "reject", reason="rudeness")
    with pytest.raises(InvalidDecision):
        decide(comment, moderator, "publish")
    assert Decision.objects.count() == 0
    decide(comment, moderator, "reject", reason="sexism")
    assert Comment.objects.get(pk=comment.pk).status == "rejected"


def test_second_decision_is_refused_and_names_the_first_moderator(article, moderator):
    other = make_user("second", "moderator")
    comment = make_comment(article)
    stale = Comment.objects.get(pk=comment.pk)
    decide(comment, moderator, "approve")
    with pytest.raises(AlreadyDecided) as exc:
        decide(stale, other, "reject", reason="profanity")
    assert "mod" in exc.value.message and exc.value.status == 409
    assert Decision.objects.filter(comment=comment).count() == 1
    assert Comment.objects.get(pk=comment.pk).status == "approved"


@pytest.mark.django_db(transaction=True)
def test_concurrent_decisions_never_both_win(article):
    first, second = make_user("m1", "moderator"), make_user("m2", "moderator")
    comment = make_comment(article)
    results = []
    barrier = threading.Barrier(2)

    def run(user, action, reason):
        barrier.wait()
        try:
            # The in-memory SQLite test database (shared cache) answers "table is locked" at once
            # where a file database would wait out its busy timeout: retry like that timeout would.
            for _attempt in range(100):
                try:
                    decide(Comment.objects.get(pk=comment.pk), user, action, reason=reason)
                    results.append("won")
                    return
                except AlreadyDecided:
                    results.append("lost")
                    return
                except OperationalError as exc:
                    if "locked" not in str(exc):
                        raise
                    time.sleep(0.02)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(first, "approve", "")),
               threading.Thread(target=run, args=(second, "reject", "threat"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["lost", "won"]
    assert Decision.objects.filter(comment=comment).count() == 1


def test_permissions(article, moderator, chief):
    nobody = make_user("nobody")
    comment = make_comment(article)
    with pytest.raises(PermissionDenied):
        decide(comment, nobody, "approve")
    with pytest.raises(PermissionDenied):
        decide(comment, None, "approve")  # not a system decision: a human is required
    decide(comment, moderator, "approve")
    with pytest.raises(PermissionDenied):
        actions.reverse(comment, moderator, reason="threat")
    with pytest.raises(PermissionDenied):
        actions.add_ban(moderator, "email", "x@example.org")
    with pytest.raises(PermissionDenied):
        actions.erase_email(moderator, "reader@example.org")
    admin = make_user("root", superuser=True)
    actions.reverse(comment, admin, reason="threat")


def test_reverse_appends_a_new_decision(article, moderator, chief):
    comment = make_comment(article)
    decide(comment, moderator, "reject", reason="off_topic")
    actions.reverse(comment, chief)
    assert Comment.objects.get(pk=comment.pk).status == "approved"
    actions.reverse(comment, chief, reason="promotion")
    assert Comment.objects.get(pk=comment.pk).status == "rejected"
    assert list(Decision.objects.filter(comment=comment).values_list("action", flat=True)) == [
        "reject", "approve", "reject"]
    assert AuditEntry.objects.filter(action="comment.reverse").count() == 2
    pending = make_comment(article, body="still pending")
    with pytest.raises(InvalidDecision):
        actions.reverse(pending, chief)


def test_bulk_decide(article, moderator):
    a, b = make_comment(article, body="one"), make_comment(article, body="two")
    decide(b, moderator, "approve")
    result = actions.bulk_decide([a.pk, b.pk, 999999, "x"], moderator, "reject", reason="vulgarity")
    assert result["decided"] == [a.pk]
    assert [pk for pk, _ in result["conflicts"]] == [b.pk]
    assert 999999 in result["missing"]


def test_ban_add_and_remove_are_audited_without_email(chief):
    ban = actions.add_ban(chief, "email", " Troll@Example.ORG ")
    assert ban.value == "troll@example.org"
    with pytest.raises(InvalidDecision):
        actions.add_ban(chief, "network", "not-a-network")
    actions.remove_ban(chief, ban)
    assert not Ban.objects.exists()
    entries = AuditEntry.objects.filter(action__startswith="ban.")
    assert entries.count() == 2
    assert all("troll" not in str(e.data) for e in entries)


def test_export_and_erase_by_email(article, moderator, chief):
    mine = make_comment(article, email="Gone@example.org", body="mine")
    decide(mine, moderator, "approve")
    reply = make_comment(article, email="other@example.org", body="reply", parent=mine)
    decide(reply, moderator, "approve")
    keep = make_comment(article, email="stay@example.org", body="keep")
    data = actions.export_email(chief, "gone@example.org")
    assert [c["body"] for c in data["comments"]] == ["mine"]
    assert data["comments"][0]["decisions"][0]["action"] == "approve"
    assert actions.erase_email(chief, "gone@example.org") == 1
    # Another reader's reply is theirs: it stays, published, as a top-level comment.
    assert list(Comment.objects.values_list("pk", "parent_id", "status")) == [
        (reply.pk, None, "approved"), (keep.pk, None, "pending")
    ]
    entry = AuditEntry.objects.get(action="data.erase")
    erased_links = entry.data.pop("erased_links")  # the hash chain's links it removed
    assert entry.data == {"comments": 1, "replies_kept": 1, "decisions": 1} and len(erased_links) == 1
    assert "gone" not in str(list(AuditEntry.objects.values_list("data", flat=True)))


def test_purge_addresses(article, chief):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    old = Comment.objects.create(article=article, name="a", email="a@example.org", body="old one",
                                 language="en", ip_address="192.0.2.1",
                                 created_at=timezone.now() - timedelta(days=40))
    new = make_comment(article, ip="192.0.2.2")
    call_command("purge_addresses", days=30, verbosity=0)
    assert Comment.objects.get(pk=old.pk).ip_address is None
    assert Comment.objects.get(pk=new.pk).ip_address == "192.0.2.2"
    assert AuditEntry.objects.get(action="data.purge_addresses").data["comments"] == 1


@override_settings(COMMENTS_NOTIFY_COMMENTER=True)
def test_optional_email_names_the_clause(article, moderator, django_capture_on_commit_callbacks):
    comment = make_comment(article)
    with django_capture_on_commit_callbacks(execute=True):
        decide(comment, moderator, "reject", reason="personal_attack")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reader@example.org"]
    assert "Personal attack" in mail.outbox[0].body


def test_no_email_by_default(article, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        decide(make_comment(article), moderator, "approve")
    assert mail.outbox == []


def test_groups_exist_after_migrate(db):
    from django.contrib.auth.models import Group

    chief = Group.objects.get(name="Chief moderator")
    codes = set(chief.permissions.values_list("codename", flat=True))
    assert {"moderate_comments", "manage_bans", "reverse_decision"} <= codes
    assert set(Group.objects.get(name="Moderator").permissions.values_list("codename", flat=True)) == {
        "moderate_comments"}
