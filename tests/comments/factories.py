"""Builders shared by the comments and moderation tests: an English site with one article, and an
Arabic translation of its home page with an article of its own."""

import time

from django.contrib.auth.models import User
from wagtail.models import Locale, Page, Site

from newsroom.articles.models import ArticlePage, HomePage
from newsroom.comments.models import Comment
from newsroom.comments.tokens import make_token
from newsroom.moderation.roles import ensure_groups


def english_home():
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Newsroom", slug="newsroom-home"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "port": 80}
    )
    return home


def make_article(language="en", title="Seed story", comments_open=True, **extra):
    home = english_home()
    if language != "en":
        locale, _ = Locale.objects.get_or_create(language_code=language)
        translated = home.get_translation_or_none(locale)
        home = translated or home.copy_for_translation(locale)
        if not home.live:
            home.save_revision().publish()
    article = ArticlePage(title=title, comments_open=comments_open, body="<p>Body</p>", **extra)
    home.add_child(instance=article)
    return ArticlePage.objects.get(pk=article.pk)


def old_token(article, seconds=60):
    return make_token(article.pk, issued_at=time.time() - seconds)


def make_comment(article, *, name="Reader", email="reader@example.org", body="A fine article.",
                 status_pending=True, ip="203.0.113.9", parent=None):
    return Comment.objects.create(
        article=article, name=name, email=email, body=body, language=article.language,
        ip_address=ip, parent=parent,
    )


def make_user(username, group=None, superuser=False, password="pw-123456"):
    if superuser:
        return User.objects.create_superuser(username, f"{username}@staff.example", password)
    user = User.objects.create_user(username, f"{username}@staff.example", password)
    if group:
        moderator, chief = ensure_groups()
        user.groups.add(chief if group == "chief" else moderator)
    return User.objects.get(pk=user.pk)
