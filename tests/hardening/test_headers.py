"""Security headers on every kind of page: a Content-Security-Policy that forbids inline script
and style on the site's own pages and Django's admin (relaxed only for the editor), Referrer-Policy
and Permissions-Policy; and no inline script or style attribute left in the site's pages."""

import re

import pytest

from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


def csp(response):
    return dict(
        (part.split()[0], part.split()[1:]) for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    )


def inline_scripts(html):
    """<script> elements that would run (no src, a JavaScript type), and style attributes/elements."""
    found = [m.group(0) for m in re.finditer(r"<script\b(?![^>]*\bsrc=)([^>]*)>", html)
             if "application/ld+json" not in m.group(1) and "application/json" not in m.group(1)]
    found += re.findall(r"\sstyle=\"", html) + re.findall(r"<style\b", html)
    found += re.findall(r"\son[a-z]+=\"", html)
    return found


@pytest.fixture
def pages(client, article, chief):
    make_comment(article)
    public = ["/en/", article.url, f"/embed/{article.pk}/", "/moderation/login/", "/en/search/?q=x",
              "/en/no-such-page/"]
    return public


def test_public_and_console_pages_have_a_strict_policy_and_no_inline_code(client, pages, chief):
    client.force_login(chief)
    for path in pages + ["/moderation/", "/moderation/audit/", "/moderation/bans/", "/moderation/data/"]:
        response = client.get(path)
        assert response.status_code in (200, 302, 404), path
        policy = csp(response)
        assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], path
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert "camera=()" in response["Permissions-Policy"], path
        assert inline_scripts(response.content.decode()) == [], path


def test_cached_article_pages_keep_the_headers(client, article):
    client.get(article.url)
    response = client.get(article.url)
    assert "Content-Security-Policy" in response and "Permissions-Policy" in response


def test_only_the_editor_gets_inline_allowances(client):
    from tests.comments.factories import make_user

    for path in ["/cms/login/", "/django-admin/login/"]:
        policy = csp(client.get(path))
        assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], path
    client.force_login(make_user("root", superuser=True))
    policy = csp(client.get("/cms/"))
    assert "'unsafe-inline'" in policy["script-src"] and policy["object-src"] == ["'none'"]
    for path in ["/django-admin/", "/django-admin/api/apikey/add/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        policy = csp(response)
        assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], path
        assert inline_scripts(response.content.decode()) == [], path


@pytest.mark.parametrize("path", ["/", "/comments/post/1/", "/cms/", "/cms/login/", "/console/"])
@pytest.mark.parametrize("per_response", [None, "_csp_update", "_csp_replace", "_csp_config"])
def test_the_policy_built_once_is_what_django_csp_builds_for_every_response(path, per_response, settings):
    """SecurityHeadersMiddleware builds the settings' policies once (issue 13, a submission's CPU);
    the headers are django-csp's own, for plain responses, per-response policies, the editor's
    relaxed prefix, report-only policies, exempt responses and changed settings."""
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse
    from django.test import RequestFactory

    from newsroom.core.middleware import SecurityHeadersMiddleware

    def headers(middleware_class, exempt=False):
        request = RequestFactory().get(path)
        response = HttpResponse("x")
        if per_response:
            setattr(response, per_response, {"img-src": ["https://img.example"]})
        response._csp_exempt = exempt
        middleware = middleware_class(lambda r: response)
        if middleware_class is CSPMiddleware:  # what ours adds before django-csp's part
            if (path.startswith(settings.CSP_RELAXED_PREFIXES)
                    and not path.startswith(settings.CSP_STRICT_PREFIXES)
                    and getattr(response, "_csp_update", None) is None):
                response._csp_update = settings.CSP_RELAXED_UPDATE
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        out = middleware(request)
        return {k: v for k, v in out.items() if "Policy" in k}

    assert headers(SecurityHeadersMiddleware) == headers(CSPMiddleware)
    assert "Content-Security-Policy" not in headers(SecurityHeadersMiddleware, exempt=True)
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    settings.CONTENT_SECURITY_POLICY = {**settings.CONTENT_SECURITY_POLICY,
                                        "EXCLUDE_URL_PREFIXES": ["/console/"]}
    ours = headers(SecurityHeadersMiddleware)
    assert ours == headers(CSPMiddleware)
    assert "'none'" in ours["Content-Security-Policy-Report-Only"]
    assert ("Content-Security-Policy" in ours) is (not path.startswith("/console/"))
