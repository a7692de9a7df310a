"""newsroom.core.handlers: the inline comment POST runs a shorter middleware stack, and answers
exactly as it does through the whole one (issue 13, "Submission cost")."""

import json

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory, override_settings
from django.urls import resolve, reverse

from newsroom.comments import csrf, views
from newsroom.comments.models import Comment
from newsroom.core.handlers import SKIPPED, NewsroomWSGIHandler
from tests.comments.factories import old_token

JSON = "application/json"


def post(article_id, *, accept=JSON, email="hana@example.org", origin="http://testserver", token=None,
         path=None, **extra):
    data = {"name": "Hana", "email": email, "body": "A comment on the story.", "parent": "",
            "website": "", "ts": extra.pop("ts", ""),
            "csrfmiddlewaretoken": csrf.make_token(article_id) if token is None else token}
    headers = {"HTTP_ACCEPT": accept, **extra}
    if origin:
        headers["HTTP_ORIGIN"] = origin
    return RequestFactory().post(path or f"/comments/post/{article_id}/", data, **headers)


def chain_classes(chain):
    names = []
    while hasattr(chain, "__wrapped__") and hasattr(chain.__wrapped__, "get_response"):
        names.append(f"{type(chain.__wrapped__).__module__}.{type(chain.__wrapped__).__name__}")
        chain = chain.__wrapped__.get_response
    return names


def test_the_skipped_middleware_are_all_in_the_stack_and_the_rest_run_in_order():
    handler = NewsroomWSGIHandler()
    assert set(SKIPPED) <= set(settings.MIDDLEWARE)  # a renamed one would silently run again
    assert chain_classes(handler._comment_post_chain) == [m for m in settings.MIDDLEWARE if m not in SKIPPED]
    assert chain_classes(handler._middleware_chain) == list(settings.MIDDLEWARE)
    # What must stay: the NUL check, HTTPS redirect and security headers, the CSP.
    for kept in ("newsroom.core.middleware.RejectNulMiddleware",
                 "django.middleware.security.SecurityMiddleware",
                 "django.middleware.clickjacking.XFrameOptionsMiddleware",
                 "newsroom.core.middleware.SecurityHeadersMiddleware"):
        assert kept in chain_classes(handler._comment_post_chain)


@pytest.mark.parametrize(("method", "path", "accept", "short"), [
    ("POST", "/comments/post/5/", JSON, True),
    ("POST", "/comments/post/5/", "application/json, text/plain, */*", True),
    ("POST", "/comments/post/5/", "text/html", False),  # no JavaScript: redirect or a rendered page
    ("POST", "/comments/post/5/", "", False),
    ("GET", "/comments/post/5/", JSON, False),
    ("POST", "/comments/post/x/", JSON, False),
    ("POST", "/comments/post/5/extra/", JSON, False),
    ("POST", "/en/comments/post/5/", JSON, False),
    ("POST", "/comments/report/5/", JSON, False),
])
def test_only_the_inline_comment_post_takes_the_shorter_stack(method, path, accept, short):
    request = RequestFactory().generic(method, path, HTTP_ACCEPT=accept)
    assert NewsroomWSGIHandler().is_json_comment_post(request) is short
    if short:
        assert resolve(path).func is views.post


def test_the_route_it_recognises_is_the_comment_posts():
    assert NewsroomWSGIHandler().is_json_comment_post(
        RequestFactory().post(reverse("comments_post", args=[123]), HTTP_ACCEPT=JSON))


def test_newsroom_wsgi_serves_with_this_handler():
    import newsroom.wsgi

    assert isinstance(newsroom.wsgi.application, NewsroomWSGIHandler)


def _both(request_for):
    """The same request through Django's whole stack and through the shorter one."""
    return (WSGIHandler().get_response(request_for("full")),
            NewsroomWSGIHandler().get_response(request_for("short")))


@pytest.mark.django_db
def test_an_accepted_comment_answers_the_same_with_the_same_security_headers(article):
    full, short = _both(lambda tag: post(article.pk, email=f"{tag}@example.org", ts=old_token(article)))
    assert (full.status_code, short.status_code) == (201, 201)
    assert json.loads(full.content).keys() == json.loads(short.content).keys()
    assert Comment.objects.filter(email__in=["full@example.org", "short@example.org"]).count() == 2
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options",
                   "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy",
                   "Content-Type", "Content-Length"):
        assert short[header] == full[header], header
    # What only the skipped middleware added: Vary and Content-Language (LocaleMiddleware), on an
    # answer to a POST, which no cache stores.
    assert set(full.headers) - set(short.headers) <= {"Vary", "Content-Language"}
    assert set(short.headers) <= set(full.headers)
    assert not short.cookies


@pytest.mark.django_db
@pytest.mark.parametrize("case", ["cross_origin", "forged_token", "no_article", "too_large", "nul",
                                  "honeypot", "closed"])
def test_every_refusal_answers_the_same_through_the_shorter_stack(article, case):
    """The checks are the view's, so both stacks refuse alike, in the same words (in the request's
    language when there is no article, as LocaleMiddleware would have chosen it)."""
    def request(tag):
        kw = {"email": f"{tag}@example.org", "ts": old_token(article), "HTTP_ACCEPT_LANGUAGE": "ar"}
        if case == "cross_origin":
            return post(article.pk, origin="https://evil.example", **kw)
        if case == "forged_token":
            return post(article.pk, token=csrf.make_token(article.pk + 1), **kw)
        if case == "no_article":
            return post(article.pk + 1000, **kw)
        if case == "too_large":
            req = post(article.pk, **kw)
            req.META["CONTENT_LENGTH"] = str(10**6)
            return req
        if case == "nul":
            return post(article.pk, path=f"/comments/post/{article.pk}/", QUERY_STRING="a=%00", **kw)
        if case == "honeypot":
            req = post(article.pk, **kw)
            req.POST = req.POST.copy()
            req.POST["website"] = "http://spam.example"
            return req
        if case == "closed":
            type(article).objects.filter(pk=article.pk).update(comments_open=False)
            return post(article.pk, **kw)
        raise AssertionError(case)

    full, short = _both(request)
    assert short.status_code == full.status_code and short.status_code >= 400
    assert json.loads(short.content) == json.loads(full.content)
    assert short.get("Content-Security-Policy") == full.get("Content-Security-Policy")
    assert not Comment.objects.exists()


@pytest.mark.django_db
def test_a_missing_article_is_refused_in_the_readers_language(article):
    short = NewsroomWSGIHandler().get_response(post(article.pk + 1000, HTTP_ACCEPT_LANGUAGE="ar"))
    english = NewsroomWSGIHandler().get_response(post(article.pk + 1000, HTTP_ACCEPT_LANGUAGE="en"))
    assert short.status_code == english.status_code == 404
    assert json.loads(short.content)["message"] != json.loads(english.content)["message"]


@pytest.mark.django_db
def test_the_https_redirect_still_applies(article):
    with override_settings(SECURE_SSL_REDIRECT=True):
        handler = NewsroomWSGIHandler()
    response = handler.get_response(post(article.pk, ts=old_token(article)))
    assert response.status_code == 301 and response["Location"].startswith("https://")
    assert not Comment.objects.exists()
