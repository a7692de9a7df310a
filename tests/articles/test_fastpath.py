"""The WSGI fast path (newsroom/core/fastpath.py) that answers cached pages before Django."""

import io
import re
import sys

import pytest
from django.conf import settings as django_settings
from django.test import Client

from newsroom.core.fastpath import PageCacheWSGI

from .test_caching import TOKEN_RE, form_in_comment_slot  # noqa: F401  (fixture)


def django_must_not_run(environ, start_response):
    raise AssertionError("the request reached Django")


def call(app, path, cookie=None, **extra):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
        "SERVER_PROTOCOL": "HTTP/1.1", **extra,
    }
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, headers

    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body.decode()


def header(headers, name):
    return [value for key, value in headers if key.lower() == name.lower()]


@pytest.fixture
def warm(client, demo):
    assert client.get(demo.url)["X-Page-Cache"] == "miss"
    return demo


def test_cached_page_is_served_without_django(warm):
    status, headers, body = call(PageCacheWSGI(django_must_not_run), warm.url)
    assert status == "200 OK"
    assert warm.title in body
    assert header(headers, "X-Page-Cache") == ["hit"]
    assert header(headers, "Content-Language") == ["en"]
    assert "Cookie" in header(headers, "Vary")[0]
    assert int(header(headers, "Content-Length")[0]) == len(body.encode())


def test_anything_unusual_goes_to_django(warm):
    reached = []

    def django(environ, start_response):
        reached.append(environ["PATH_INFO"])
        start_response("204 No Content", [])
        return [b""]

    app = PageCacheWSGI(django)
    call(app, warm.url, cookie=f"{django_settings.SESSION_COOKIE_NAME}=abc")
    call(app, warm.url, QUERY_STRING="comment=pending")
    call(app, warm.url, REQUEST_METHOD="POST")
    call(app, warm.url, HTTP_HOST="evil.example")
    call(app, "/en/not-cached/")
    assert len(reached) == 5


def test_a_reader_can_post_with_the_token_from_the_fast_path(demo, form_in_comment_slot):  # noqa: F811
    assert Client().get(demo.url)["X-Page-Cache"] == "miss"
    status, headers, body = call(PageCacheWSGI(django_must_not_run), demo.url)
    cookie = header(headers, "Set-Cookie")[0]
    assert cookie.startswith(f"{django_settings.CSRF_COOKIE_NAME}=") and "SameSite=Lax" in cookie
    secret = re.match(r"[^=]+=([^;]+);", cookie).group(1)
    token = TOKEN_RE.search(body).group(1)

    reader = Client(enforce_csrf_checks=True)
    reader.cookies[django_settings.CSRF_COOKIE_NAME] = secret
    assert reader.post(demo.url, {"csrfmiddlewaretoken": token}).status_code == 200
    stranger = Client(enforce_csrf_checks=True)
    assert stranger.post(demo.url, {"csrfmiddlewaretoken": token}).status_code == 403

    # A returning reader keeps their cookie and gets a fresh token for the same secret.
    status, headers, body = call(PageCacheWSGI(django_must_not_run), demo.url,
                                 cookie=f"{django_settings.CSRF_COOKIE_NAME}={secret}")
    assert not header(headers, "Set-Cookie")
    second_token = TOKEN_RE.search(body).group(1)
    assert second_token != token
    assert reader.post(demo.url, {"csrfmiddlewaretoken": second_token}).status_code == 200


def test_invalidation_reaches_the_fast_path(warm, django_capture_on_commit_callbacks):
    from newsroom.articles import caching

    app = PageCacheWSGI(django_must_not_run)
    assert call(app, warm.url)[0] == "200 OK"
    with django_capture_on_commit_callbacks(execute=True):
        caching.invalidate_article(warm.pk)
    with pytest.raises(AssertionError, match="reached Django"):
        call(app, warm.url)
