"""commentable_article() is a hand-written statement standing in for Wagtail's
live().public() queryset on the comment POST path; these tests hold it to that queryset's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from newsroom.articles.lookup import commentable_article
from newsroom.articles.models import ArticlePage, SectionPage
from tests.comments.factories import english_home, make_article

pytestmark = pytest.mark.django_db


def wagtail_answer(pk):
    return ArticlePage.objects.live().public().filter(pk=pk).first()


def test_a_live_public_article_comes_back_with_its_language_in_one_query():
    article = make_article("ar", title="خبر")
    with CaptureQueriesContext(connection) as queries:
        found = commentable_article(article.pk)
        assert (found.pk, found.language, found.comments_open, found.live) == (article.pk, "ar", True, True)
    assert len(queries) == 1
    assert found.url == article.url
    assert wagtail_answer(article.pk) == found


def test_closed_articles_are_found_with_comments_open_false():
    article = make_article(comments_open=False)
    assert commentable_article(article.pk).comments_open is False


def test_an_unpublished_article_is_not_found():
    article = make_article()
    article.unpublish()
    assert wagtail_answer(article.pk) is None
    assert commentable_article(article.pk) is None


@pytest.mark.parametrize("restrict", ["article", "ancestor"])
def test_an_article_under_a_view_restriction_is_not_found(restrict):
    home = english_home()
    section = home.add_child(instance=SectionPage(title="Members", slug="members"))
    article = section.add_child(instance=ArticlePage(title="Members only", body="<p>x</p>"))
    other = make_article(title="Open story")
    restricted = article if restrict == "article" else section
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="pw")
    assert wagtail_answer(article.pk) is None
    assert commentable_article(article.pk) is None
    # A restriction elsewhere in the tree hides nothing else.
    assert commentable_article(other.pk) == wagtail_answer(other.pk) == other


@pytest.mark.parametrize("value", [0, -1, 2**31, 10**20, "x", None, ""])
def test_ids_that_cannot_be_pages_are_not_found(value):
    make_article()
    assert commentable_article(value) is None


def test_pages_that_are_not_articles_are_not_found():
    home = english_home()
    assert commentable_article(home.pk) is None


@pytest.mark.parametrize("restrict", ["article", "ancestor", "none"])
def test_public_in_the_query_gives_what_wagtails_public_gives(restrict):
    """newsroom.articles.visibility.public: the reader pages' and the API's public() without
    Wagtail's extra query, the same pages for articles, sections and plain pages."""
    from wagtail.models import Page

    from newsroom.articles.visibility import public

    home = english_home()
    section = home.add_child(instance=SectionPage(title="Members", slug="members"))
    hidden = section.add_child(instance=ArticlePage(title="Members only", body="<p>x</p>"))
    make_article(title="Open story")
    if restrict != "none":
        restricted = hidden if restrict == "article" else section
        PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="pw")
    for queryset in (ArticlePage.objects.live(), SectionPage.objects.all(), Page.objects.all(),
                     hidden.get_translations(inclusive=True)):
        assert set(public(queryset)) == set(queryset.public())
    with CaptureQueriesContext(connection) as queries:
        list(public(ArticlePage.objects.live()))
    assert len(queries) == 1
    assert (hidden in public(ArticlePage.objects.all())) == (restrict == "none")


def test_the_comment_posts_target_answers_the_same_and_builds_the_page_only_when_asked():
    from newsroom.articles.lookup import comment_target

    article = make_article("ar", title="خبر")
    with CaptureQueriesContext(connection) as queries:
        target = comment_target(article.pk)
        found = (target.pk, target.language, target.comments_open, target.live)
        assert found == (article.pk, "ar", True, True)
        assert target.last_published_at == article.last_published_at
        page = target.page  # built from the same row, no second statement
        assert (page.pk, page.language, page.live, page.comments_open) == (article.pk, "ar", True, True)
        assert page.last_published_at == article.last_published_at
    assert len(queries) == 1
    assert page.url == article.url and page.title == "خبر"  # other fields load on use
    assert page == wagtail_answer(article.pk)
    assert comment_target(2**31) is None and comment_target("x") is None
    article.unpublish()
    assert comment_target(article.pk) is None
