"""Each input that answered 500 in the attack of issue 12 now gets a clear 4xx, on both databases:
ids past the database's integers, and NUL characters anywhere (PostgreSQL refuses them in text)."""

import json

import pytest

from newsroom.comments.models import Comment
from newsroom.core.ids import MAX_ID, parse_id
from newsroom.moderation.models import AuditEntry
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.fixture
def chief_client(client, chief):
    client.force_login(chief)
    return client


def test_parse_id():
    assert parse_id("42") == 42 and parse_id(7) == 7 and parse_id(str(MAX_ID)) == MAX_ID
    for bad in (HUGE, str(MAX_ID + 1), "0", "-1", "1.5", "", None, "١٢", "12a", " ", "+3"):
        assert parse_id(bad) is None, bad


def test_bulk_with_ids_past_the_integers_reports_them_missing(chief_client, article):
    comment = make_comment(article)
    response = chief_client.post("/moderation/comments/bulk/", {"ids": [HUGE, str(comment.pk)],
                                 "action": "approve"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["decided"] == [comment.pk] and response.json()["missing"] == [HUGE]


@pytest.mark.parametrize("path", ["/moderation/", "/moderation/approved/", "/moderation/rejected/"])
def test_article_filter_past_the_integers_is_ignored(chief_client, article, path):
    make_comment(article)
    assert chief_client.get(path, {"article": HUGE}).status_code == 200


@pytest.mark.parametrize("path", [
    "/moderation/audit/?actor=%00", "/moderation/audit/?action=%00", "/moderation/audit/?object=%00",
    "/moderation/audit/?actor=%00&format=csv", "/moderation/?language=%00",
    "/moderation/approved/?language=x%00",
    "/api/v1/articles/?lang=%00", "/en/search/?q=%00", "/en/%00/",
])
def test_nul_in_the_query_or_path_is_400(chief_client, path):
    response = chief_client.get(path)
    assert response.status_code == 400
    assert b"NUL" in response.content


def test_nul_in_a_decision_note_ban_or_export_email_is_400_and_changes_nothing(chief_client, article):
    comment = make_comment(article)
    posts = [
        (f"/moderation/comments/{comment.pk}/decide/", {"action": "approve", "note": "fine\x00"}),
        ("/moderation/bans/", {"kind": "email", "value": "x\x00@example.org", "note": "n"}),
        ("/moderation/bans/", {"kind": "domain", "value": "spam.example", "note": "n\x00"}),
        ("/moderation/data/", {"email": "a\x00@example.org", "op": "export"}),
    ]
    for path, data in posts:
        assert chief_client.post(path, data).status_code == 400, path
    assert Comment.objects.get(pk=comment.pk).status == "pending"
    assert not AuditEntry.objects.exists()


def test_nul_in_a_json_body_is_400_in_json(chief_client):
    response = chief_client.post("/moderation/comments/bulk/", json.dumps({"ids": ["1\x00"]}),
                                 content_type="application/json", HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and response.json()["code"] == "nul"


def test_the_reader_form_keeps_its_own_answer_to_nul(client, article):
    from tests.comments.factories import old_token

    response = client.post(f"/comments/post/{article.pk}/", {
        "name": "Hana\x00", "email": "hana@example.org", "body": "My words stay.", "ts": old_token(article)})
    assert response.status_code in (400, 403) and "My words stay." in response.content.decode()


def test_nul_in_a_cookie_is_400(client):
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/moderation/login/").status_code == 400


def test_ordinary_input_passes(chief_client, article):
    make_comment(article)
    assert chief_client.get("/moderation/audit/?actor=chief&action=comment").status_code == 200
    assert chief_client.get("/moderation/?language=en").status_code == 200
