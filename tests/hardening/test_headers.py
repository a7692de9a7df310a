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
