"""The comment form's CSRF design for a shared cache (newsroom/comments/csrf.py): same-origin
browsers post with the token in the cached page; a missing token, a cross-site Origin, a foreign
Referer or a cross-site fetch get 403 and nothing is stored."""

import re

import pytest
from django.test import Client, override_settings

from newsroom.comments.models import Comment
from tests.comments.factories import make_article, old_token

pytestmark = pytest.mark.django_db
OWN = "http://testserver"


@pytest.fixture
def browser():
    return Client(enforce_csrf_checks=True)


def page_token(client, article):
    html = client.get(article.url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def form(article, token, **kw):
    data = {"name": "Hana", "email": "hana@example.org", "body": "A comment on the story.",
            "ts": old_token(article), "website": "", "csrfmiddlewaretoken": token}
    data.update(kw)
    return data


def post(client, article, data, **headers):
    return client.post(f"/comments/post/{article.pk}/", data, **headers)


def test_same_origin_post_with_the_cached_pages_token_is_accepted(browser, article):
    token = page_token(Client(), article)  # the token from another reader's (cached) page
    response = post(browser, article, form(article, token), HTTP_ORIGIN=OWN,
                    HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_inline_post_with_referer_only_is_accepted(browser, article):
    token = page_token(Client(), article)
    response = post(browser, article, form(article, token), HTTP_REFERER=OWN + article.url,
                    HTTP_ACCEPT="application/json")
    assert response.status_code == 201


@pytest.mark.parametrize("headers", [
    {"HTTP_ORIGIN": "https://evil.example"},
    {"HTTP_ORIGIN": "null"},
    {"HTTP_ORIGIN": "http://testserver.evil.example"},
    {"HTTP_REFERER": "https://evil.example/page"},
    {"HTTP_ORIGIN": OWN, "HTTP_SEC_FETCH_SITE": "cross-site"},
    {"HTTP_ORIGIN": OWN, "HTTP_SEC_FETCH_SITE": "same-site"},
    {},  # neither Origin nor Referer
])
def test_cross_site_or_unknown_origin_is_403(browser, article, headers):
    token = page_token(Client(), article)
    response = post(browser, article, form(article, token), **headers)
    assert response.status_code == 403
    assert "reload the page" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize("token", ["", "garbage", "forged:value:x"])
def test_missing_or_forged_token_is_403_even_from_our_own_origin(browser, article, token):
    response = post(browser, article, form(article, token), HTTP_ORIGIN=OWN, HTTP_ACCEPT="application/json")
    assert response.status_code == 403 and response.json()["code"] == "csrf"
    assert not Comment.objects.exists()


def test_a_token_for_another_article_is_403(browser, article):
    other = make_article(title="Other story")
    response = post(browser, article, form(article, page_token(Client(), other)), HTTP_ORIGIN=OWN)
    assert response.status_code == 403
    assert not Comment.objects.exists()


@override_settings(CSRF_TRUSTED_ORIGINS=["https://news.example.org"])
def test_trusted_origin_is_accepted(browser, article):
    token = page_token(Client(), article)
    response = post(browser, article, form(article, token), HTTP_ORIGIN="https://news.example.org",
                    HTTP_SEC_FETCH_SITE="same-site")
    assert response.status_code == 302


def test_the_console_keeps_djangos_own_csrf(browser, moderator):
    # The moderator login is not cached: Django's cookie-bound token still guards it.
    response = browser.post("/moderation/login/", {"username": "mod", "password": "pw"}, HTTP_ORIGIN=OWN)
    assert response.status_code == 403


def test_the_inline_report_form_uses_the_cached_pages_token(browser, article, moderator):
    from newsroom.moderation.actions import decide
    from tests.comments.factories import make_comment

    comment = make_comment(article, body="Published words")
    decide(comment, moderator, "approve")
    url = f"/comments/report/{comment.pk}/"
    token = page_token(Client(), article)
    evil = browser.post(url, {"reason": "threat", "csrfmiddlewaretoken": token},
                        HTTP_ORIGIN="https://evil.example", HTTP_ACCEPT="application/json")
    assert evil.status_code == 403 and evil.json()["code"] == "csrf"
    missing = browser.post(url, {"reason": "threat"}, HTTP_ORIGIN=OWN, HTTP_ACCEPT="application/json")
    assert missing.status_code == 403
    ok = browser.post(url, {"reason": "threat", "csrfmiddlewaretoken": token}, HTTP_ORIGIN=OWN,
                      HTTP_ACCEPT="application/json")
    assert ok.status_code == 201
    # Without JavaScript the report page's own form carries the same token.
    page = browser.get(url).content.decode()
    assert token.split(":")[0] in page
