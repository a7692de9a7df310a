"""The embeddable thread: escaping, framing headers, edition language and direction, no email or
address, and the partner script."""

from pathlib import Path

import pytest
from django.test import override_settings

from newsroom.moderation.actions import decide
from tests.comments.factories import make_article, make_comment

pytestmark = pytest.mark.django_db
EMBED_JS = Path(__file__).resolve().parents[2] / "newsroom" / "api" / "static" / "api" / "embed.js"


def approve(article, **kw):
    comment = make_comment(article, email="hidden-address@example.org", ip="198.51.100.77", **kw)
    decide(comment, None, "approve", system=True)
    return comment


def test_embed_shows_the_approved_thread_escaped(client, article):
    first = approve(article, name="<img src=x onerror=alert(1)>", body="<script>alert('x')</script> & more")
    approve(article, body="A reply to it", parent=first)
    make_comment(article, body="pending, not shown")
    response = client.get(f"/embed/{article.pk}/")
    assert response.status_code == 200
    raw = response.content
    assert b"<script>alert" not in raw
    assert b"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in raw
    assert b"<img src=x" not in raw
    assert b"A reply to it" in raw
    assert b"pending, not shown" not in raw
    assert b"hidden-address@example.org" not in raw and b"198.51.100.77" not in raw
    assert article.get_url().encode() + b"#comments" in raw
    assert b'lang="en" dir="ltr"' in raw


def test_embed_frame_headers_follow_the_setting(client, article):
    response = client.get(f"/embed/{article.pk}/")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    with override_settings(EMBED_ALLOWED_ORIGINS=["https://partner.example", "https://other.example"]):
        response = client.get(f"/embed/{article.pk}/")
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors https://partner.example https://other.example" in policy


def test_embed_uses_the_articles_edition_direction(client):
    arabic = make_article("ar", title="خبر")
    approve(arabic, body="تعليق جميل")
    raw = client.get(f"/embed/{arabic.pk}/").content
    assert b'lang="ar" dir="rtl"' in raw
    assert "تعليق جميل".encode() in raw


def test_embed_of_unknown_or_unpublished_article_is_404(client, article):
    assert client.get("/embed/999999/").status_code == 404
    article.unpublish()
    response = client.get(f"/embed/{article.pk}/")
    assert response.status_code == 404
    assert "frame-ancestors" in response["Content-Security-Policy"]


def test_partner_script_checks_the_message_origin_and_source():
    source = EMBED_JS.read_text()
    assert "event.origin !== origin" in source
    assert "event.source !== frame.contentWindow" in source
    assert '"/embed/" + article + "/"' in source


def test_embed_of_a_closed_article_says_so_and_links_to_it(client):
    closed = make_article(title="Closed story", comments_open=False)
    approve(closed, body="An earlier comment")
    raw = client.get(f"/embed/{closed.pk}/").content.decode()
    assert "Comments are closed on this article." in raw
    assert "An earlier comment" in raw and "1 comment" in raw
    assert f'href="http://testserver{closed.get_url()}"' in raw
