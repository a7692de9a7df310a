"""newsroom.core.inserts: the rows of a comment submission are inserted with a statement built
once per model, and their values prepared without Django's generic calls where those would return
them unchanged. Both must send exactly what Django's own insert sends."""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from functools import partial

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext_lazy

from newsroom.comments.models import Comment
from newsroom.core import inserts
from newsroom.scoring.models import QueueEntry, Score
from tests.comments.factories import make_article

pytestmark = pytest.mark.django_db


def _same(fast, generic):
    # psycopg's Jsonb (PostgreSQL's JSON parameter) has no equality of its own: compare what it holds
    unwrap = getattr(fast, "obj", fast), getattr(generic, "obj", generic)
    return unwrap[0] == unwrap[1] and type(unwrap[0]) is type(unwrap[1])


def _check(obj):
    fields = [f for f in type(obj)._meta.local_concrete_fields if not (f.primary_key and f.attname == "id")]
    fast = set()
    for field in fields:
        value = inserts._preparer(field)(obj, connection.ops)
        generic = field.get_db_prep_save(field.pre_save(obj, True), connection=connection)
        if value is not inserts._GENERIC:
            fast.add(field.name)
            assert _same(value, generic), (field.name, value, generic)
    return fast


def test_fast_values_are_the_ones_djangos_insert_sends():
    article = make_article()
    comment = Comment(article=article, name="Hana", email="hana@example.org", body="A thought.",
                      language="en", created_at=timezone.now(), ip_address="2001:db8::1")
    # all but the address (Django normalises IPv6), which goes the generic way
    assert _check(comment) == {f.name for f in Comment._meta.local_concrete_fields} - {"id", "ip_address"}
    comment.save()
    score = Score(comment=comment, status="scored", language="en", language_confidence=0.9, violation=0.25,
                  profanity=None, threat=0.5, abuse_kinds={"sexism": 0.1, "racism": None},
                  evidence=[{"category": "threat", "start": 0, "end": 1, "text": "A"}], needs_human=True,
                  top_clause="threat", model_version="m@1", duration_ms=1.5)
    assert _check(score) == {f.name for f in Score._meta.local_concrete_fields}
    entry = QueueEntry(comment_id=comment.pk, created_at=comment.created_at, urgent=True, risk=0.25,
                       threat=0.5)
    assert _check(entry) == {f.name for f in QueueEntry._meta.local_concrete_fields}


def test_values_of_other_types_take_djangos_generic_path():
    comment = Comment(article_id=1, name=gettext_lazy("Reader"), email="r@example.org", body="Text",
                      language="en", created_at=datetime(2026, 1, 1, 12, 0), ip_address=None)  # naive
    entry = QueueEntry(comment_id=1, created_at=datetime(2026, 1, 1, tzinfo=dt_timezone(timedelta(hours=2))),
                       risk=1, urgent=0)  # an int for a float and for a bool
    def preparers(model):
        fields = model._meta.local_concrete_fields
        return {f.name: partial(inserts._preparer(f), ops=connection.ops) for f in fields}

    prepared = preparers(Comment)
    assert prepared["name"](comment) is inserts._GENERIC
    assert prepared["created_at"](comment) is inserts._GENERIC
    assert prepared["ip_address"](comment) is inserts._GENERIC
    assert prepared["parent"](comment) is None
    queue = preparers(QueueEntry)
    assert queue["risk"](entry) is inserts._GENERIC
    assert queue["urgent"](entry) is inserts._GENERIC
    assert _same(queue["created_at"](entry),
                 QueueEntry._meta.get_field("created_at").get_db_prep_save(entry.created_at, connection))


def test_a_saved_comment_reads_back_as_it_was_given():
    article = make_article()
    when = timezone.now() - timedelta(minutes=3)
    comment = Comment(article=article, name="Åsa", email="asa@example.org", body="Tack för artikeln.",
                      language="sv", created_at=when, ip_address="203.0.113.7")
    comment.save()
    assert comment.pk is not None and not comment._state.adding
    stored = Comment.objects.get(pk=comment.pk)
    assert (stored.name, stored.body, stored.created_at, stored.ip_address, stored.status) == (
        "Åsa", "Tack för artikeln.", when, "203.0.113.7", "pending")


def test_the_guard_undoes_its_whole_block_and_the_transaction_goes_on():
    """one_statement_guard on either database: a block that fails after writing is undone whole
    (on PostgreSQL, two statements after the savepoint its first one carried), the guards after it
    work, and what the transaction wrote before and after stays."""
    from django.db import transaction

    from newsroom.scoring.models import DailyCount

    def row(key, n=1):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO scoring_dailycount (day, kind, key, n) VALUES (%s, 'guard', %s, %s)",
                           ["2001-01-01", key, n])

    with transaction.atomic():
        row("before")
        with pytest.raises(Exception):  # noqa: B017, PT011 - the database's own error class
            with inserts.one_statement_guard():
                row("first of two")
                row("second of two", None)  # NOT NULL
        with inserts.one_statement_guard():
            row("guarded")
        row("after")
    assert set(DailyCount.objects.filter(kind="guard").values_list("key", flat=True)) == (
        {"before", "guarded", "after"} if connection.vendor != "sqlite" else
        {"before", "first of two", "guarded", "after"})
