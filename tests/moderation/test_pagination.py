"""Scale (issue 13): keyset pages in the console and the audit trail, commenter history for the
rows shown, the article filter by search, and the approved count kept with each article."""

import re
from html import unescape

import pytest
from django.apps import apps

from newsroom.articles.counts import approved_counts, recount
from newsroom.comments.models import Comment
from newsroom.moderation import views
from newsroom.moderation.actions import decide, erase_email, reverse
from newsroom.moderation.models import AuditEntry
from tests.comments.factories import make_article, make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def ids_on(html):
    return [int(x) for x in re.findall(r'data-id="(\d+)"', html)]


def link(html, rel):
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', html)
    return unescape(found.group(1)) if found else None


def test_queue_pages_by_cursor_forwards_backwards_and_last(mod_client, article, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    made = [make_comment(article, body=f"comment {i}", email=f"r{i}@example.org").pk for i in range(5)]
    first = mod_client.get("/moderation/?order=oldest").content.decode()
    assert ids_on(first) == made[:2] and link(first, "prev") is None and "5 comments awaiting" in first
    second = mod_client.get("/moderation/" + link(first, "next")).content.decode()
    assert ids_on(second) == made[2:4]
    third = mod_client.get("/moderation/" + link(second, "next")).content.decode()
    assert ids_on(third) == made[4:] and link(third, "next") is None
    back = mod_client.get("/moderation/" + link(third, "prev")).content.decode()
    assert ids_on(back) == made[2:4]
    last = mod_client.get("/moderation/" + link(first, "last")).content.decode()
    assert ids_on(last) == made[3:] and link(last, "next") is None and link(last, "first")
    assert "order=oldest" in link(first, "next")  # the filters travel with the cursor


def test_risk_order_pages_through_scored_then_unscored(mod_client, article, monkeypatch):
    from newsroom.scoring.models import Score

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    comments = [make_comment(article, body=f"text {i}", email=f"s{i}@example.org") for i in range(5)]
    Score.objects.filter(comment__in=comments).delete()
    for comment, violation in zip(comments[:3], (0.2, 0.9, 0.2), strict=True):
        Score.objects.create(comment=comment, violation=violation)
    expected = [comments[1].pk, comments[0].pk, comments[2].pk, comments[3].pk, comments[4].pk]
    seen, url = [], "/moderation/"
    for _ in range(5):
        html = mod_client.get(url).content.decode()
        seen += ids_on(html)
        if not link(html, "next"):
            break
        url = "/moderation/" + link(html, "next")
    assert seen == expected


def test_decided_list_and_audit_page_by_cursor(mod_client, article, moderator, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    monkeypatch.setattr(views, "AUDIT_PAGE_SIZE", 2)
    done = []
    for i in range(3):
        comment = make_comment(article, body=f"approved {i}", email=f"a{i}@example.org")
        decide(comment, moderator, "approve")
        done.append(comment.pk)
    first = mod_client.get("/moderation/approved/").content.decode()
    assert ids_on(first) == done[:0:-1] and "(3)" in first
    rest = mod_client.get("/moderation/approved/" + link(first, "next")).content.decode()
    assert ids_on(rest) == [done[0]]
    audit = mod_client.get("/moderation/audit/").content.decode()
    assert audit.count('data-action="comment.approve"') == 2
    older = mod_client.get("/moderation/audit/" + link(audit, "next")).content.decode()
    assert older.count('data-action="comment.approve"') == 1
    assert 'value="comment.approve"' in audit  # the action filter lists what the trail holds


def test_a_damaged_cursor_is_a_400_not_a_500(mod_client):
    for url in ("/moderation/?after=xyz", "/moderation/approved/?before=bm90IGpzb24",
                "/moderation/audit/?after=WyJ4Il0"):
        response = mod_client.get(url)
        assert response.status_code == 400, url
        assert "first page" in response.content.decode()


def test_history_counts_only_for_the_rows_shown(mod_client, article, moderator):
    for i in range(3):
        old = make_comment(article, body=f"old {i}", email="Repeat@Example.org")
        decide(old, moderator, "approve" if i else "reject", reason="" if i else "profanity")
    make_comment(article, body="new one", email="repeat@example.org")
    html = mod_client.get("/moderation/").content.decode()
    assert "2 approved, 1 rejected" in html


def test_article_filter_by_title_text_by_suggestion_and_by_id(mod_client, article):
    other = make_article(title="Dam levels fall in Dukan")
    make_comment(article, body="on the seed")
    make_comment(other, body="on the dam")
    by_text = mod_client.get("/moderation/?article=Dukan").content.decode()
    assert "on the dam" in by_text and "on the seed" not in by_text
    suggestions = mod_client.get("/moderation/articles/?q=Duk").json()["results"]
    assert [s["id"] for s in suggestions] == [other.pk]
    chosen = mod_client.get("/moderation/", {"article": suggestions[0]["value"]}).content.decode()
    assert "on the dam" in chosen and "on the seed" not in chosen
    by_id = mod_client.get(f"/moderation/?article={article.pk}").content.decode()
    assert "on the seed" in by_id and "on the dam" not in by_id
    assert "<select name=\"article\"" not in by_id  # no drop-down of every article any more
    assert mod_client.get("/moderation/articles/?q=").json() == {"results": []}
    # A title that matches no article: an empty queue (and live update), not an error; the heading's
    # count and the Reported lane's are read in one query (queries.counts).
    nothing = mod_client.get("/moderation/?article=Zzyzx")
    assert nothing.status_code == 200 and "on the dam" not in nothing.content.decode()
    live = mod_client.get("/moderation/live/?article=Zzyzx").json()
    assert live["count"] == 0 and live["rows"] == []


def test_approved_count_follows_decisions_reversals_and_erasure(article, moderator, chief):
    a = make_comment(article, body="one", email="x@example.org")
    b = make_comment(article, body="two", email="y@example.org")
    assert approved_counts([article.pk]) == {article.pk: 0}
    decide(a, moderator, "approve")
    decide(b, moderator, "approve")
    assert approved_counts([article.pk]) == {article.pk: 2}
    reverse(b, chief, reason="profanity")
    assert approved_counts([article.pk]) == {article.pk: 1}
    reverse(b, chief)
    assert approved_counts([article.pk]) == {article.pk: 2}
    erase_email(chief, "x@example.org")
    assert approved_counts([article.pk]) == {article.pk: 1}
    recount()
    assert approved_counts([article.pk]) == {article.pk: 1}
    assert Comment.objects.approved().filter(article=article).count() == 1


def test_a_lost_decision_leaves_the_count_alone(article, moderator, chief):
    from newsroom.moderation.actions import AlreadyDecided

    comment = make_comment(article)
    decide(comment, moderator, "approve")
    with pytest.raises(AlreadyDecided):
        decide(Comment.objects.get(pk=comment.pk), moderator, "approve")
    assert approved_counts([article.pk]) == {article.pk: 1}
    assert AuditEntry.objects.filter(action="comment.approve").count() == 1


def test_commenter_counts_follow_decisions_reversals_and_erasure(article, moderator, chief):
    from newsroom.comments.models import CommenterStats

    a = make_comment(article, body="one", email="Same@Example.org")
    b = make_comment(article, body="two", email="same@example.org")
    decide(a, moderator, "approve")
    decide(b, moderator, "reject", reason="profanity")
    assert CommenterStats.history(["SAME@example.org"]) == {"same@example.org": (1, 1)}
    reverse(b, chief)
    assert CommenterStats.history(["same@example.org"]) == {"same@example.org": (2, 0)}
    erase_email(chief, "same@example.org")
    assert CommenterStats.history(["same@example.org"]) == {}


def test_the_queue_table_follows_the_comment_its_score_and_its_decision(article, moderator):
    from newsroom.scoring.models import QueueEntry, Score

    comment = make_comment(article, body="queued")
    Score.objects.filter(comment=comment).delete()
    entry = QueueEntry.objects.get(comment=comment)
    assert entry.risk == -1 and entry.created_at == comment.created_at
    Score.objects.create(comment=comment, violation=0.75, threat=0.7)
    entry = QueueEntry.objects.get(comment=comment)
    assert entry.risk == 0.75 and entry.threat == 0.7
    decide(comment, moderator, "approve")
    assert not QueueEntry.objects.filter(comment=comment).exists()


def _comment_in(article, language, body, email):
    return Comment.objects.create(article=article, name="Reader", email=email, body=body, language=language,
                                  ip_address="203.0.113.9")


def test_the_queue_entry_keeps_the_comments_language_and_its_lanes(article, moderator, chief):
    """The senior and urgent flags and the language of a queue entry (what the senior lane and the
    language filter read) follow the comment's score, a chief's change of policy and an undone
    decision; a comment without a usable score is in neither lane."""
    from newsroom.moderation.actions import undo
    from newsroom.scoring.actions import update_policy
    from newsroom.scoring.models import QueueEntry, Score

    def flags(comment):
        entry = QueueEntry.objects.get(comment=comment)
        return entry.language, entry.urgent, entry.senior

    comment = _comment_in(article, "ckb", "queued", "k@example.org")
    Score.objects.filter(comment=comment).delete()
    assert flags(comment) == ("ckb", False, False)  # written with the comment, before any score
    Score.objects.create(comment=comment, violation=0.75, threat=0.7)  # the senior threshold is 0.7
    assert flags(comment) == ("ckb", True, True)
    calm = _comment_in(article, "en", "calm", "c@example.org")
    Score.objects.filter(comment=calm).delete()
    Score.objects.create(comment=calm, violation=0.6, threat=0.55, abuse=0.1)
    assert flags(calm) == ("en", True, False)  # urgent (0.5), not senior (0.7)
    unscored = _comment_in(article, "en", "not scored", "n@example.org")
    Score.objects.filter(comment=unscored).delete()
    Score.objects.create(comment=unscored, status=Score.Status.NOT_SCORED, threat=0.99)
    assert flags(unscored) == ("en", False, False)
    update_policy(chief, {"threat": {"senior": "0.5"}})  # the chief widens the senior lane
    assert flags(calm) == ("en", True, True) and flags(comment)[2] and not flags(unscored)[2]
    update_policy(chief, {"threat": {"senior": ""}})  # and switches it off for threats
    assert not flags(calm)[2] and not flags(comment)[2]
    update_policy(chief, {"threat": {"senior": "0.7"}})
    decision = decide(comment, moderator, "approve")
    assert not QueueEntry.objects.filter(comment=comment).exists()
    undo(decision, moderator)  # back in the queue: the entry is written again, flags and language
    assert flags(comment) == ("ckb", True, True)


def test_the_senior_lane_and_the_language_filter_read_the_queue_entries(mod_client, article, chief):
    """The senior lane's rows and heading, and the queue of one language, in risk order, through
    the console; a chief's change of policy moves the lane at once."""
    from newsroom.scoring.actions import update_policy
    from newsroom.scoring.models import Score

    made = {}
    for name, language, threat, abuse, violation in (("t", "ckb", 0.95, 0.0, 0.9), ("a", "en", 0.0, 0.8, 0.8),
                                                    ("s", "ckb", 0.6, 0.0, 0.7), ("c", "ckb", 0.0, 0.0, 0.1),
                                                    ("e", "en", 0.0, 0.0, 0.3)):
        comment = _comment_in(article, language, f"text {name}", f"{name}@example.org")
        Score.objects.filter(comment=comment).delete()
        Score.objects.create(comment=comment, violation=violation, threat=threat, abuse=abuse)
        made[name] = comment.pk
    html = mod_client.get("/moderation/?lane=senior").content.decode()
    assert ids_on(html) == [made["t"], made["a"]] and "2 comments awaiting" in html
    html = mod_client.get("/moderation/?language=ckb").content.decode()
    assert ids_on(html) == [made["t"], made["s"], made["c"]] and "3 comments awaiting" in html
    html = mod_client.get("/moderation/?language=ckb&lane=senior").content.decode()
    assert ids_on(html) == [made["t"]] and "1 comment awaiting" in html
    update_policy(chief, {"threat": {"senior": "0.5"}})
    html = mod_client.get("/moderation/?lane=senior").content.decode()
    assert ids_on(html) == [made["t"], made["a"], made["s"]] and "3 comments awaiting" in html


def test_the_migration_backfills_the_queue_entries_language_and_senior_flag(article):
    """scoring migration 0004 fills in the language and senior flag of the entries already queued
    (the urgent flag, from 0003, stays as it was)."""
    from importlib import import_module

    from django.db import connection

    from newsroom.scoring.models import QueueEntry, Score

    migration = import_module("newsroom.scoring.migrations.0004_queue_senior_language")
    senior = _comment_in(article, "ar", "senior", "s@example.org")
    calm = _comment_in(article, "en", "calm", "c@example.org")
    for comment, threat in ((senior, 0.9), (calm, 0.1)):
        Score.objects.filter(comment=comment).delete()
        Score.objects.create(comment=comment, violation=threat, threat=threat)
    QueueEntry.objects.update(language="", senior=False)  # as the columns were added

    class Editor:  # the schema editor's part the migration uses (SQLite's cannot open in a test)
        def execute(self, sql, params=()):
            with connection.cursor() as cursor:
                cursor.execute(sql, params)

    migration.backfill(apps, Editor())
    entries = {e.comment_id: (e.language, e.urgent, e.senior) for e in QueueEntry.objects.all()}
    assert entries == {senior.pk: ("ar", True, True), calm.pk: ("en", False, False)}


@pytest.mark.parametrize("stored", [None, {}, {"threat": {"urgent": None, "senior": 0.95},
                                               "profanity": {"urgent": 0.3, "senior": 0.4}}])
def test_the_migrations_mark_the_lanes_as_the_app_does(article, stored):
    """scoring migrations 0003 and 0004 set the urgent and senior flags with their own copy of
    queueing.mark_lanes (migrations/_lanes.py) on the historical models (no app code): the same
    flags as the app's, for
    the default policy (also when there is no policy row yet: both create it) and a changed one."""
    from importlib import import_module

    from newsroom.scoring import queueing
    from newsroom.scoring.models import Policy, QueueEntry, Score

    comments = [_comment_in(article, "en", f"text {i}", f"l{i}@example.org") for i in range(5)]
    for comment, (threat, profanity) in zip(comments, [(0.9, 0.0), (0.6, 0.0), (0.1, 0.35),
                                                       (0.1, 0.5), (None, None)], strict=True):
        Score.objects.filter(comment=comment).delete()
        Score.objects.create(comment=comment, violation=0.5, threat=threat, profanity=profanity)
    Policy.objects.all().delete()
    if stored is not None:
        Policy.objects.create(pk=1, clauses=stored)

    def flags():
        return {e.comment_id: (e.urgent, e.senior) for e in QueueEntry.objects.all()}

    QueueEntry.objects.update(urgent=False, senior=True)
    import_module("newsroom.scoring.migrations.0003_queue_entries").mark_lanes(apps, ("urgent",))
    import_module("newsroom.scoring.migrations.0004_queue_senior_language").mark_lanes(apps, ("senior",))
    by_migrations = flags()
    QueueEntry.objects.update(urgent=False, senior=True)
    Policy.forget_cached()
    queueing.mark_lanes(Policy.current())
    assert flags() == by_migrations
    assert len(set(by_migrations.values())) > 1  # the thresholds told the comments apart


def test_risk_order_pages_forwards_and_backwards_across_the_urgent_lane(mod_client, article, monkeypatch):
    """Past the urgent comments the seek also bounds `risk` (newsroom.core.keyset): every page, read
    forwards and backwards, is the risk order's, with ties in risk and urgent rows before."""
    from newsroom.scoring.models import QueueEntry, Score
    from newsroom.scoring.queue import keyset

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    comments = [make_comment(article, body=f"text {i}", email=f"u{i}@example.org") for i in range(9)]
    Score.objects.filter(comment__in=comments).delete()
    threats = (0.99, 0.0, 0.98, 0.0, 0.0, 0.99, 0.0, 0.0, 0.0)
    violations = (0.99, 0.5, 0.98, 0.5, 0.7, 0.99, 0.1, 0.5, 0.7)
    for comment, threat, violation in zip(comments, threats, violations, strict=True):
        Score.objects.create(comment=comment, violation=violation, threat=threat)
    entries = QueueEntry.objects.filter(comment__in=comments)
    assert entries.filter(urgent=True).count() == 3  # the test needs both lanes
    queued = Comment.objects.filter(pk__in=[c.pk for c in comments], queue__isnull=False)
    expected = list(queued.order_by(*keyset().ordering()).values_list("pk", flat=True))
    seen, url = [], "/moderation/"
    while url:
        html = mod_client.get(url).content.decode()
        seen += ids_on(html)
        url = "/moderation/" + link(html, "next") if link(html, "next") else None
    assert seen == expected
    html = mod_client.get("/moderation/?before=end").content.decode()
    backwards = ids_on(html)
    while link(html, "prev"):
        html = mod_client.get("/moderation/" + link(html, "prev")).content.decode()
        backwards = ids_on(html) + backwards
    assert backwards == expected
