"""Scale (issue 13): thread pages by cursor in the API, and the article page's "Show more"."""

import re
from html import unescape

import pytest
from django.test import override_settings

from newsroom.comments.models import Comment
from newsroom.moderation.actions import decide
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db


def approved(article, **kw):
    comment = make_comment(article, **kw)
    decide(comment, None, "approve", system=True)
    return Comment.objects.get(pk=comment.pk)


def test_thread_pages_by_cursor_with_replies_nested(client, article):
    top = [approved(article, body=f"top {i}") for i in range(3)]
    reply = approved(article, body="a reply", parent=top[0])
    url = f"/api/v1/articles/{article.pk}/comments/?thread=1&limit=2"
    page = client.get(url).json()
    assert page["count"] == 4  # every approved comment, kept with the article
    assert [c["id"] for c in page["results"]] == [top[0].pk, top[1].pk]
    assert [r["id"] for r in page["results"][0]["replies"]] == [reply.pk]
    assert "after=" in page["next"] and "offset" not in page["next"]
    rest = client.get(page["next"]).json()
    assert [c["id"] for c in rest["results"]] == [top[2].pk] and rest["next"] is None
    assert client.get(rest["previous"]).json()["results"] == page["results"]


def test_a_bad_cursor_is_a_400_naming_it(client, article):
    response = client.get(f"/api/v1/articles/{article.pk}/comments/?after=zzz")
    assert response.status_code == 400 and "after" in response.json()["errors"]


def test_article_list_reads_the_kept_count(client, article):
    approved(article, body="one")
    approved(article, body="two")
    payload = client.get("/api/v1/articles/").json()
    assert payload["results"][0]["comment_count"] == 2


@override_settings(COMMENTS_THREAD_PAGE_SIZE=2)
def test_article_page_shows_the_first_comments_then_a_show_more_link(client, article):
    top = [approved(article, body=f"thread comment {i}") for i in range(3)]
    html = client.get(article.url).content.decode()
    assert "thread comment 0" in html and "thread comment 1" in html and "thread comment 2" not in html
    assert "3 comments" in html
    more = re.search(r'class="comments__more"><a href="([^"]+)" data-api="([^"]+)"', html)
    assert more
    later = client.get(article.url + unescape(more.group(1)).split("#")[0]).content.decode()
    assert "thread comment 2" in later and "thread comment 0" not in later
    assert 'class="comments__more"' not in later and "Back to the first comments" in later
    api = client.get(unescape(more.group(2))).json()
    assert [c["id"] for c in api["results"]] == [top[2].pk]
    broken = client.get(article.url + "?comments_after=junk")
    assert broken.status_code == 200 and "thread comment 0" in broken.content.decode()
