import json
from pathlib import Path

import pytest
from django.test import Client, override_settings

from newsroom.comments.models import Comment
from newsroom.comments.tokens import make_token
from newsroom.moderation.actions import decide, reverse
from tests.comments.factories import make_article, make_comment, old_token

pytestmark = pytest.mark.django_db
BLNS = Path("/work/shared/data/naughty-strings/blns.json")


def form(article, **kw):
    data = {"name": "Hana", "email": "hana@example.org", "body": "A comment on the story.",
            "ts": old_token(article), "website": ""}
    data.update(kw)
    return data


def url(article_or_id):
    pk = getattr(article_or_id, "pk", article_or_id)
    return f"/comments/post/{pk}/"


def test_post_redirect_get_shows_confirmation(client, article):
    response = client.post(url(article), form(article))
    assert response.status_code == 302
    assert response["Location"].endswith("?comment=pending#comments")
    assert Comment.objects.get().status == "pending"
    page = client.get(response["Location"].split("#")[0])
    assert page.status_code == 200
    assert "awaiting moderation" in page.content.decode()
    assert "hana@example.org" not in page.content.decode()


def test_inline_post_answers_json(client, article):
    response = client.post(url(article), form(article), HTTP_ACCEPT="application/json")
    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "pending" and "awaiting moderation" in data["message"]


def test_arabic_confirmation_is_translated(client, arabic_article):
    response = client.post(url(arabic_article), form(arabic_article, body="تعليق على الخبر"),
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 201
    assert "awaiting moderation" not in response.json()["message"]
    assert Comment.objects.get().language == "ar"


def test_article_page_shows_form_and_only_approved_comments(client, article, moderator):
    approved = make_comment(article, name="Shown", body="Visit http://example.com <b>now</b>")
    make_comment(article, name="Hidden", body="pending text", email="secret@example.org")
    decide(approved, moderator, "approve")
    html = client.get(article.url).content.decode()
    assert 'name="name"' in html and 'name="email"' in html and 'name="body"' in html
    assert 'name="website"' in html and 'name="ts"' in html
    assert "Shown" in html and "pending text" not in html
    assert "&lt;b&gt;now&lt;/b&gt;" in html and 'href="http://example.com' not in html
    assert "reader@example.org" not in html and "secret@example.org" not in html
    assert "1 comment" in html


def test_closed_article_hides_form_and_refuses(client):
    closed = make_article(title="Closed story", comments_open=False)
    html = client.get(closed.url).content.decode()
    assert 'name="body"' not in html and "Comments are closed" in html
    response = client.post(url(closed), form(closed))
    assert response.status_code == 403
    assert "closed" in response.content.decode()
    assert not Comment.objects.exists()


def test_unknown_article_is_404(client, article):
    response = client.post(url(999999), form(article))
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_missing_csrf_token_is_403_with_message(article):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url(article), form(article))
    assert response.status_code == 403
    assert "reload the page" in response.content.decode()
    assert not Comment.objects.exists()


def test_one_megabyte_body_is_413(client, article):
    response = client.post(url(article), form(article, body="x" * (1024 * 1024)))
    assert response.status_code == 413
    assert not Comment.objects.exists()


@pytest.mark.parametrize("field,value", [
    ("name", ""), ("name", "n" * 81), ("email", ""), ("email", "nope"), ("body", ""),
    ("body", "b" * 5001), ("body", "bell\x07"), ("name", "nul\x00"),
])
def test_bad_fields_are_400_and_keep_the_text(client, article, field, value):
    response = client.post(url(article), form(article, **{field: value}))
    assert response.status_code == 400
    assert not Comment.objects.exists()
    if field != "body":
        assert "A comment on the story." in response.content.decode()  # nothing typed is lost


def test_invalid_utf8_is_400(client, article):
    body = b"name=Hana&email=hana%40example.org&body=bad+%FF%FE+bytes&ts=" + old_token(article).encode()
    response = client.generic("POST", url(article), body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_honeypot_and_fast_form_are_400(client, article):
    assert client.post(url(article), form(article, website="spam")).status_code == 400
    assert client.post(url(article), form(article, ts=make_token(article.pk))).status_code == 400
    assert client.post(url(article), form(article, ts="garbage")).status_code == 400
    assert not Comment.objects.exists()


@override_settings(COMMENTS_RATE_LIMIT_IP="2/60")
def test_rate_limit_is_429_with_readable_message(client, article):
    for i in range(2):
        assert client.post(url(article), form(article, body=f"comment {i}")).status_code == 302
    response = client.post(url(article), form(article, body="one too many"), HTTP_ACCEPT="application/json")
    assert response.status_code == 429
    assert "too fast" in response.json()["message"]
    assert Comment.objects.count() == 2


def test_get_is_not_allowed(client, article):
    assert client.get(url(article)).status_code == 405


@override_settings(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
def test_naughty_strings_are_stored_or_refused_cleanly(client, article):
    strings = json.loads(BLNS.read_text())
    stored = refused = 0
    for i, text in enumerate(strings):
        for field in ("body", "name"):
            data = form(article, email=f"n{i}{field}@example.org")
            data[field] = text if field == "name" else f"{text} #{i}"
            response = client.post(url(article), data, HTTP_ACCEPT="application/json")
            assert response.status_code in (201, 400), (text, response.status_code)
            if response.status_code == 201:
                stored += 1
            else:
                refused += 1
                assert response.json()["message"]
    assert stored > 0 and refused > 0
    assert Comment.objects.count() == stored
    # What was stored comes back byte for byte.
    for comment in Comment.objects.all()[:50]:
        assert Comment.objects.get(pk=comment.pk).body == comment.body


def test_approval_purges_the_thread_from_the_front_cache(client, article, moderator, chief, purges,
                                                         django_capture_on_commit_callbacks):
    comment = make_comment(article, body="Soon to be published")
    assert "Soon to be published" not in client.get(article.url).content.decode()
    pending = make_comment(article, body="Never shown")
    with django_capture_on_commit_callbacks(execute=True):
        decide(pending, moderator, "reject", "profanity")  # a hidden comment stays hidden: no purge
    assert purges == []
    with django_capture_on_commit_callbacks(execute=True):
        decide(comment, moderator, "approve")
    assert purges == [[f"comments-{article.pk}"]]
    assert "Soon to be published" in client.get(article.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        reverse(comment, chief, "profanity")  # a reversal hides it again
    assert purges[-1] == [f"comments-{article.pk}"] and len(purges) == 2


def test_a_failing_front_cache_never_costs_the_decision(client, article, moderator, settings, caplog,
                                                        django_capture_on_commit_callbacks):
    settings.FRONT_CACHE_BACKEND = "newsroom.core.frontcache.VarnishPurge"
    settings.VARNISH_PURGE_URLS = ["http://127.0.0.1:9/"]  # nothing listens: every attempt fails
    settings.FRONT_CACHE_PURGE_RETRY_DELAY = 0
    comment = make_comment(article, body="Approved whatever the cache says")
    with django_capture_on_commit_callbacks(execute=True):
        decide(comment, moderator, "approve")
    assert Comment.objects.get(pk=comment.pk).status == "approved"
    assert f"front cache purge of comments-{article.pk} failed after 3 attempts" in caplog.text


def test_thread_is_oldest_first_with_one_level_of_replies(client, article, moderator):
    first = make_comment(article, name="First", body="first <i>words</i>")
    second = make_comment(article, name="Second", body="second words")
    reply = make_comment(article, name="Replier", body="a reply\non two lines", parent=first)
    for c in (second, first, reply):
        decide(c, moderator, "approve")
    html = client.get(article.url + "?fresh=1").content.decode()
    assert html.index("first &lt;i&gt;words") < html.index("second words")
    replies = html[html.index('class="comments__replies"'):]
    assert "a reply<br>on two lines" in replies and replies.index("a reply") < replies.index("second words")
    assert "3 comments" in html


def test_banned_reader_sees_the_normal_confirmation(client, article, chief):
    from newsroom.moderation.actions import add_ban

    add_ban(chief, "domain", "troll.example")
    data = form(article, email="x@troll.example")
    response = client.post(url(article), data, HTTP_ACCEPT="application/json")
    assert response.status_code == 201 and "awaiting moderation" in response.json()["message"]
    assert Comment.objects.get().status == "rejected"


def test_oversized_inline_post_answers_json_413(client, article):
    response = client.post(url(article), form(article, body="x" * 200_000), HTTP_ACCEPT="application/json")
    assert response.status_code == 413 and response.json()["code"] == "too_large"


def test_refused_form_marks_each_field_and_keeps_an_overlong_text(client, article):
    text = "word " * 1200  # 6,000 characters: over the 5,000 limit
    response = client.post(url(article), form(article, name="", email="not-an-email", body=text))
    assert response.status_code == 400
    html = response.content.decode()
    # A summary at the top links to each field; each field is marked and described by its error.
    summary = html[html.index('id="comment-form-summary"'):]
    summary = summary[:summary.index("</div>")]
    for field in ("name", "email", "body"):
        assert f'href="#id_{field}"' in summary
    assert 'id="id_name" name="name" type="text" autocomplete="name" value="" aria-invalid="true"' in html
    assert 'aria-describedby="id_name-error"' in html
    assert 'aria-describedby="email-help id_email-error" aria-invalid="true"' in html
    assert "it has 5999" in html  # refused with its count (trailing space stripped)...
    assert text.strip() in html  # ...and kept whole in the form
    textarea = html[html.index("<textarea"):html.index("</textarea>")]
    assert "maxlength" not in textarea  # the browser would cut the text silently


def test_reply_link_names_the_parent_and_offers_cancel(client, article, moderator):
    parent = make_comment(article, name="Alia", body="First!")
    decide(parent, moderator, "approve")
    html = client.get(article.url + f"?reply={parent.pk}").content.decode()
    assert "Replying to Alia" in html and "Cancel reply" in html
    assert f'name="parent" value="{parent.pk}"' in html
    page = client.get(article.url).content.decode()
    assert f'href="/comments/report/{parent.pk}/"' in page and 'id="report-template"' in page


def test_arabic_form_and_report_link_are_translated(client, arabic_article, moderator):
    parent = make_comment(arabic_article, name="ليلى", body="مقال جيد")
    decide(parent, moderator, "approve")
    html = client.get(arabic_article.url + f"?reply={parent.pk}").content.decode()
    assert "الرد على ليلى" in html and "إلغاء الرد" in html
    assert "0 من 5000 حرفًا" in html and ">إبلاغ</a>" in html


@override_settings(COMMENTS_RATE_LIMIT_IP="5/60", COMMENTS_RATE_LIMIT_EMAIL="5/60",
                   COMMENTS_RATE_LIMITER="newsroom.comments.limits.DatabaseLimiter", SCORING_ENABLED=True,
                   TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}})
def test_one_submission_costs_a_pinned_number_of_statements(client, article, monkeypatch):
    """Issue 13 ("Submission cost"; docs/benchmarks.md): a reader's POST, rate limits on and scored
    in the request, runs these statements and no more. The article; then one transaction (here a
    savepoint, inside the test's own): the checks in one statement (duplicate, both rate-limit
    counts, the candidate bans, and the scoring policy: the queue entry's urgent lane follows the
    current one), on PostgreSQL after one statement taking both keys' locks; the two hits; the
    comment; the article's pending count (one INSERT ... ON CONFLICT of its ArticleStats row, which
    the dashboard sums instead of counting the queue); the queue entry, with its score's fields; the
    dashboard's roll-up and the score, each of
    which must never cost the reader the comment if it fails: on PostgreSQL each after a savepoint
    sent in the same round trip (a failed statement there aborts the transaction), on SQLite
    without one (a failed statement there is undone alone)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from newsroom.comments.models import RateHit
    from newsroom.scoring import engine
    from newsroom.scoring.models import Policy, QueueEntry, Score

    # The per-process caches (the active model version, the policy for automatic decisions) are
    # re-read every few seconds: warm them with a first post and keep them for the measured one.
    monkeypatch.setattr(engine, "VERSION_CACHE_SECONDS", 3600.0)
    monkeypatch.setattr(Policy, "CACHE_SECONDS", 3600.0)
    # One submission in a hundred also sweeps day-old rate-limit hits (limits.add): not this one, or
    # the count is one more at random (it failed CI once so)
    from newsroom.comments import limits
    monkeypatch.setattr(limits.random, "random", lambda: 0.5)
    assert client.post(url(article), form(article, email="first@example.org"),
                       HTTP_ACCEPT="application/json").status_code == 201
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url(article), form(article), HTTP_ACCEPT="application/json")
    assert response.status_code == 201
    comment = Comment.objects.get(email="hana@example.org")
    assert Score.objects.get(comment=comment).is_scored
    assert QueueEntry.objects.get(comment=comment).risk == Score.objects.get(comment=comment).violation
    assert RateHit.objects.count() == 4
    statements = [query["sql"] for query in queries.captured_queries]
    expected = {"sqlite": 10, "postgresql": 11}[connection.vendor]
    assert len(statements) == expected, "\n".join(statements)
    assert sum("articles_articlestats" in sql for sql in statements) == 1
    assert sum("comments_ban" in sql for sql in statements) == 1
    assert sum("comments_ratehit" in sql for sql in statements) == 2  # the counts, the hits
