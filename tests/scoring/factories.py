"""Builders for the scoring tests: a small English site with an article, moderators in the
comments helper's groups (newsroom.moderation.roles), and comments with decisions at given times."""

from wagtail.models import Locale, Page, Site

from newsroom.articles import counts
from newsroom.articles.models import ArticlePage, HomePage
from newsroom.comments.models import Comment
from newsroom.moderation.models import Decision
from tests.comments.factories import make_user  # noqa: F401  (re-exported for the scoring tests)


def home(language="en"):
    existing = HomePage.objects.filter(locale__language_code="en").first()
    if existing is None:
        # Wagtail's root page is always there: newsroom.articles.editions.ensure_baseline puts it
        # back after the flush that ends a transactional test.
        existing = HomePage(title="Newsroom", slug="scoring-home")
        Page.get_first_root_node().add_child(instance=existing)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": existing, "port": 80}
        )
    if language == "en":
        return existing
    locale, _ = Locale.objects.get_or_create(language_code=language)
    translated = existing.get_translation_or_none(locale)
    if translated is None:
        translated = existing.copy_for_translation(locale)
        translated.save_revision().publish()
    return translated


def make_article(language="en", title="Seed story", body="<p>Body</p>", **extra):
    article = ArticlePage(title=title, comments_open=True, body=body, **extra)
    home(language).add_child(instance=article)
    return ArticlePage.objects.get(pk=article.pk)


def make_comment(article, body, *, created_at=None, language=None, email="reader@example.org"):
    fields = {"article": article, "name": "Reader", "email": email, "body": body,
              "language": language or article.language}
    if created_at is not None:
        fields["created_at"] = created_at
    return Comment.objects.create(**fields)


def decide_at(comment, moderator, action, reason="", when=None):
    """A decision at a given time, through the real action, then moved in time for the fixture.

    decide() stamps `now`; the append-only trigger forbids editing the row afterwards, so the
    time is set by creating the Decision the way decide() does when `when` is given."""
    from newsroom.moderation import audit
    from newsroom.moderation.actions import decide

    if when is None:
        return decide(comment, moderator, action, reason=reason)
    from django.db import transaction

    status = {"approve": "approved", "reject": "rejected"}[action]
    with transaction.atomic():
        decision = Decision.objects.create(comment=comment, action=action, reason=reason,
                                           moderator=moderator, created_at=when)
        previous = Comment.objects.filter(pk=comment.pk).values_list("status", flat=True).get()
        Comment.objects.filter(pk=comment.pk).update(status=status)
        # what decide() keeps with the article, in the same transaction
        counts.add(comment.article_id, **counts.status_deltas(previous, status))
        # and its audit entry: on PostgreSQL a deferred trigger refuses a decision without one
        # (checked when the test's transaction checks its constraints at teardown)
        audit.record(moderator, f"comment.{action}", comment, decision=decision.pk,
                     article=comment.article_id, result=status, reason=reason, previous=previous)
    return decision
