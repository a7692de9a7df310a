import copy
import re

import pytest
from django.conf import settings as django_settings
from django.test import Client

from newsroom.articles import caching, editions
from newsroom.articles.models import ArticlePage, SectionPage

TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_second_anonymous_read_is_served_from_the_cache(client, demo):
    assert get(client, demo.url)["X-Page-Cache"] == "miss"
    second = get(Client(), demo.url)
    assert second["X-Page-Cache"] == "hit"
    assert demo.title in second.content.decode()
    assert second["Content-Language"] == "en"


def test_readers_with_a_session_or_a_query_string_bypass_the_cache(client, demo):
    get(client, demo.url)
    with_session = Client()
    with_session.cookies[django_settings.SESSION_COOKIE_NAME] = "abc"
    assert "X-Page-Cache" not in get(with_session, demo.url)
    assert "X-Page-Cache" not in get(Client(), demo.url + "?comment=pending")


def test_invalidate_article_drops_the_cached_page(client, demo, django_capture_on_commit_callbacks):
    get(client, demo.url)
    assert get(Client(), demo.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        caching.invalidate_article(demo.pk)
    assert get(Client(), demo.url)["X-Page-Cache"] == "miss"
    assert get(Client(), demo.url)["X-Page-Cache"] == "hit"


def test_invalidating_another_article_keeps_this_one(client, demo, django_capture_on_commit_callbacks):
    other = ArticlePage.objects.exclude(pk=demo.pk).first()
    get(client, demo.url)
    with django_capture_on_commit_callbacks(execute=True):
        caching.invalidate_article(other.pk)
    assert get(Client(), demo.url)["X-Page-Cache"] == "hit"


def test_invalidation_waits_for_the_commit(client, demo, django_capture_on_commit_callbacks):
    # Inside a transaction the page must stay cached until the change is committed: a reader who
    # re-rendered before the commit would otherwise cache the old state.
    get(client, demo.url)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        caching.invalidate_article(demo.pk)
    assert get(Client(), demo.url)["X-Page-Cache"] == "hit"
    callbacks[0]()
    assert get(Client(), demo.url)["X-Page-Cache"] == "miss"


def test_publishing_a_change_shows_at_once(client, demo, django_capture_on_commit_callbacks):
    get(client, demo.url)
    demo.title = "A corrected headline"
    with django_capture_on_commit_callbacks(execute=True):
        demo.save_revision().publish()
    response = get(Client(), demo.url)
    assert response["X-Page-Cache"] == "miss"
    assert "A corrected headline" in response.content.decode()


def test_a_new_story_appears_in_the_latest_of_cached_pages(client, demo, django_capture_on_commit_callbacks):
    get(client, demo.url)
    section = SectionPage.objects.get(locale=demo.locale, slug="world")
    with django_capture_on_commit_callbacks(execute=True):
        editions.upsert_article(section, slug="fresh-story", title="A fresh story", byline="Desk",
                                body="<p>News.</p>")
    assert "A fresh story" in get(Client(), demo.url).content.decode()


def test_unpublishing_removes_the_page(client, demo, django_capture_on_commit_callbacks):
    get(client, demo.url)
    with django_capture_on_commit_callbacks(execute=True):
        demo.unpublish()
    assert Client().get(demo.url).status_code == 404


@pytest.fixture
def form_in_comment_slot(settings, tmp_path):
    """A minimal CSRF-protected form in the comments slot, posting back to the article, so this
    test checks the cache's token handling whatever the comments app's form looks like."""
    (tmp_path / "comments").mkdir()
    (tmp_path / "comments" / "section.html").write_text(
        '<form method="post" action="{{ article.url }}" id="stub">{% csrf_token %}'
        '<input name="body"><button>Send</button></form>'
    )
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates


def test_second_reader_can_post_from_a_cached_page(demo, form_in_comment_slot):
    first = Client(enforce_csrf_checks=True)
    response = get(first, demo.url)
    assert response["X-Page-Cache"] == "miss"
    first_token = TOKEN_RE.search(response.content.decode()).group(1)

    second = Client(enforce_csrf_checks=True)
    cached = get(second, demo.url)
    assert cached["X-Page-Cache"] == "hit"
    html = cached.content.decode()
    assert caching.PLACEHOLDER.decode() not in html
    token = TOKEN_RE.search(html).group(1)
    assert token != first_token
    assert django_settings.CSRF_COOKIE_NAME in second.cookies

    assert second.post(demo.url, {"csrfmiddlewaretoken": token, "body": "hi"}).status_code == 200
    # The first reader's token still works for the first reader, and a forged one never does.
    assert first.post(demo.url, {"csrfmiddlewaretoken": first_token, "body": "hi"}).status_code == 200
    assert Client(enforce_csrf_checks=True).post(
        demo.url, {"csrfmiddlewaretoken": token, "body": "hi"}
    ).status_code == 403


def test_a_returning_reader_keeps_their_csrf_cookie(demo, form_in_comment_slot):
    reader = Client(enforce_csrf_checks=True)
    get(Client(), demo.url)  # someone else fills the cache
    get(reader, demo.url)
    cookie = reader.cookies[django_settings.CSRF_COOKIE_NAME].value
    html = get(reader, demo.url).content.decode()
    assert reader.cookies[django_settings.CSRF_COOKIE_NAME].value == cookie
    token = TOKEN_RE.search(html).group(1)
    assert reader.post(demo.url, {"csrfmiddlewaretoken": token}).status_code == 200


def test_a_page_made_private_leaves_the_cache(client, demo, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    get(client, demo.url)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=demo, restriction_type="password", password="x")
    response = Client().get(demo.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert demo.title not in response.content.decode()
