"""The JSON API: reads, pagination, 404s, POST through post_comment with every refusal, CORS, and
no email or network address in any answer."""

import json
from pathlib import Path

import pytest
from django.test import Client, override_settings

from newsroom.api.models import ApiKey
from newsroom.comments.models import Comment
from newsroom.moderation.actions import decide
from tests.api.conftest import PARTNER
from tests.comments.factories import make_article, make_comment

pytestmark = pytest.mark.django_db
BLNS = Path("/work/shared/data/naughty-strings/blns.json")
SECRET_EMAIL = "hidden-address@example.org"
SECRET_IP = "198.51.100.77"


def approved(article, **kw):
    comment = make_comment(article, email=SECRET_EMAIL, ip=SECRET_IP, **kw)
    decide(comment, None, "approve", system=True)
    return Comment.objects.get(pk=comment.pk)


def comments_url(article_or_id):
    return f"/api/v1/articles/{getattr(article_or_id, 'pk', article_or_id)}/comments/"


def post(client, article, data, key=None, origin=PARTNER, **extra):
    headers = {}
    if key:
        headers["HTTP_X_API_KEY"] = key
    if origin:
        headers["HTTP_ORIGIN"] = origin
    body = data if isinstance(data, (str, bytes)) else json.dumps(data)
    content_type = extra.pop("content_type", "application/json")
    return client.post(comments_url(article), body, content_type=content_type, **headers, **extra)


def good(**kw):
    data = {"name": "Hana", "email": "hana@example.org", "body": "A comment from a partner site."}
    data.update(kw)
    return data


def assert_private_data_absent(response):
    raw = response.content
    assert SECRET_EMAIL.encode() not in raw
    assert SECRET_IP.encode() not in raw
    assert b"hana@example.org" not in raw
    assert b"email" not in raw.lower() or response.status_code == 400
    assert b"ip_address" not in raw


# --- reads -----------------------------------------------------------------------------------

def test_articles_list_shows_published_articles_with_approved_counts(client, article):
    approved(article)
    make_comment(article, body="still pending")
    closed = make_article(title="Closed story", comments_open=False)
    unpublished = make_article(title="Draft story")
    unpublished.unpublish()
    response = client.get("/api/v1/articles/?lang=en")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    payload = response.json()
    by_id = {row["id"]: row for row in payload["results"]}
    assert set(by_id) == {article.pk, closed.pk}
    assert by_id[article.pk]["comment_count"] == 1
    assert by_id[article.pk]["language"] == "en"
    assert by_id[article.pk]["comments_open"] is True and by_id[closed.pk]["comments_open"] is False
    assert by_id[article.pk]["url"].startswith("http")
    assert by_id[article.pk]["date"]
    assert_private_data_absent(response)


def test_articles_list_filters_by_language_and_refuses_unknown_ones(client, article):
    arabic = make_article("ar", title="خبر")
    assert [r["id"] for r in client.get("/api/v1/articles/?lang=ar").json()["results"]] == [arabic.pk]
    response = client.get("/api/v1/articles/?lang=xx")
    assert response.status_code == 400
    assert "lang" in response.json()["errors"]


def test_comments_are_approved_only_oldest_first_with_public_fields(client, article):
    first = approved(article, body="First <b>comment</b>")
    reply = approved(article, body="A reply", parent=first)
    make_comment(article, body="pending one")
    rejected = make_comment(article, body="rejected one")
    decide(rejected, None, "reject", reason="banned", system=True)
    response = client.get(comments_url(article))
    assert response.status_code == 200
    payload = response.json()
    assert payload["count"] == 2
    assert [c["id"] for c in payload["results"]] == [first.pk, reply.pk]
    assert payload["results"][0] == {
        "id": first.pk, "parent": None, "name": "Reader", "body": "First <b>comment</b>",
        "created_at": first.created_at.isoformat(),
    }
    assert payload["results"][1]["parent"] == first.pk
    assert_private_data_absent(response)


def test_comments_pagination_with_limit_offset_and_a_cap(client, article):
    ids = [approved(article, body=f"Comment number {i}").pk for i in range(5)]
    page = client.get(comments_url(article) + "?limit=2").json()
    assert [c["id"] for c in page["results"]] == ids[:2]
    assert page["count"] == 5 and page["previous"] is None
    page2 = client.get(page["next"]).json()
    assert [c["id"] for c in page2["results"]] == ids[2:4]
    last = client.get(page2["next"]).json()
    assert [c["id"] for c in last["results"]] == ids[4:] and last["next"] is None
    assert client.get(last["previous"]).json()["results"] == page2["results"]
    for bad in ("limit=0", "limit=101", "limit=abc", "offset=-1", "offset=x"):
        response = client.get(comments_url(article) + "?" + bad)
        assert response.status_code == 400, bad
        assert bad.split("=")[0] in response.json()["errors"]
    with override_settings(API_MAX_PAGE_SIZE=3):
        assert client.get(comments_url(article) + "?limit=4").status_code == 400


def test_unknown_or_unpublished_article_is_a_json_404(client, article):
    for url in (comments_url(999999), "/api/v1/nothing/here/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/json"
        assert response.json()["code"] == "not_found"
    article.unpublish()
    assert client.get(comments_url(article)).status_code == 404


# --- POST ------------------------------------------------------------------------------------

def test_post_with_key_stores_a_pending_comment(client, article, api_key):
    response = post(client, article, good(), key=api_key, REMOTE_ADDR="192.0.2.44")
    assert response.status_code == 202
    payload = response.json()
    assert payload["status"] == "pending" and "awaiting moderation" in payload["message"]
    assert response["Access-Control-Allow-Origin"] == PARTNER
    comment = Comment.objects.get()
    assert (comment.status, comment.name, comment.email, comment.article_id) == (
        "pending", "Hana", "hana@example.org", article.pk)
    assert comment.ip_address == "192.0.2.44"  # the reader's address, for rate limits and bans
    assert ApiKey.objects.get().last_used_at is not None
    assert_private_data_absent(response)


def test_post_from_a_server_without_origin_and_bearer_key(client, article, api_key):
    response = client.post(comments_url(article), json.dumps(good()), content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {api_key}")
    assert response.status_code == 202
    assert "Access-Control-Allow-Origin" not in response


def test_reply_to_an_approved_comment(client, article, api_key):
    parent = approved(article)
    assert post(client, article, good(parent=parent.pk), key=api_key).status_code == 202
    assert Comment.objects.get(status="pending").parent_id == parent.pk


def test_post_is_answered_in_the_articles_language(client, api_key):
    arabic = make_article("ar", title="خبر")
    response = post(client, arabic, good(body=""), key=api_key)
    assert response.status_code == 400
    assert "body" in response.json()["errors"]
    assert response.json()["message"] != "" and not response.json()["message"].startswith("Your comment")


def test_post_without_or_with_a_bad_key_is_403(client, article, api_key):
    assert post(client, article, good()).status_code == 403
    assert post(client, article, good(), key="nrk_wrong").status_code == 403
    ApiKey.objects.update(active=False)
    response = post(client, article, good(), key=api_key)
    assert response.status_code == 403
    assert response.json()["code"] == "api_key"
    assert "Access-Control-Allow-Origin" not in response
    assert not Comment.objects.exists()


def test_post_from_an_unlisted_origin_is_403_without_cors(client, article, api_key):
    response = post(client, article, good(), key=api_key, origin="https://evil.example")
    assert response.status_code == 403
    assert response.json()["code"] == "origin"
    assert "Access-Control-Allow-Origin" not in response
    assert not Comment.objects.exists()


def test_post_ignores_csrf_only_because_of_the_key(article, api_key):
    client = Client(enforce_csrf_checks=True)
    assert post(client, article, good(), key=api_key).status_code == 202
    assert post(client, article, good(body="Another comment."), key=None).status_code == 403


def test_post_that_is_not_json_is_415(client, article, api_key):
    response = post(client, article, "name=Hana&body=hello", key=api_key,
                    content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response["Access-Control-Allow-Origin"] == PARTNER  # the partner's script may read why
    assert post(client, article, "hello", key=api_key, content_type="text/plain").status_code == 415


@pytest.mark.parametrize("body, field", [
    ("{not json", "json"),
    ("[1, 2]", "json"),
    (b"\xff\xfe{}", "json"),
    (json.dumps(good(name="")), "name"),
    (json.dumps(good(email="not-an-address")), "email"),
    (json.dumps(good(body="x")), "body"),
    (json.dumps(good(body="y" * 5001)), "body"),
    (json.dumps(good(body=12)), "body"),
    (json.dumps(good(name=["a"])), "name"),
    (json.dumps(good(parent="1")), "parent"),
    (json.dumps(good(parent=True)), "parent"),
    (json.dumps(good(parent=987654)), "parent"),
    (json.dumps(good(body="bad \x00 byte")), "body"),
])
def test_bad_input_is_400_naming_the_field(client, article, api_key, body, field):
    response = post(client, article, body, key=api_key)
    assert response.status_code == 400
    payload = response.json()
    if field == "json":
        assert payload["code"] == "json"
    elif field == "parent" and payload["code"] == "parent":
        pass  # refused by post_comment itself: not a published top-level comment
    else:
        assert field in payload["errors"], payload
    assert not Comment.objects.exists()


def test_huge_body_is_413(client, article, api_key):
    response = post(client, article, good(body="z" * 70_000), key=api_key)
    assert response.status_code == 413
    assert not Comment.objects.exists()
    # Refused before the key is even looked at.
    assert post(client, article, good(body="z" * 70_000)).status_code == 413


def test_post_to_unknown_or_closed_article(client, article, api_key):
    assert post(client, 999999, good(), key=api_key).status_code == 404
    closed = make_article(title="Closed", comments_open=False)
    response = post(client, closed, good(), key=api_key)
    assert response.status_code == 403 and response.json()["code"] == "closed"


def test_duplicate_is_refused(client, article, api_key):
    assert post(client, article, good(), key=api_key).status_code == 202
    response = post(client, article, good(), key=api_key)
    assert response.status_code == 400 and response.json()["code"] == "duplicate"


@override_settings(COMMENTS_RATE_LIMIT_IP="2/60", COMMENTS_RATE_LIMIT_EMAIL="0")
def test_rate_limit_per_reader_ip_is_429(client, article, api_key):
    for i in range(2):
        assert post(client, article, good(body=f"Comment {i} here"), key=api_key,
                    REMOTE_ADDR="192.0.2.5").status_code == 202
    response = post(client, article, good(body="Comment 3 here"), key=api_key, REMOTE_ADDR="192.0.2.5")
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited"
    # Another reader behind the same partner key is not affected.
    assert post(client, article, good(body="Comment 4 here"), key=api_key,
                REMOTE_ADDR="192.0.2.6").status_code == 202


def test_banned_commenter_gets_the_same_answer_and_is_rejected(client, article, api_key):
    from newsroom.comments.models import Ban

    Ban.objects.create(kind="email", value="hana@example.org")
    response = post(client, article, good(), key=api_key)
    assert response.status_code == 202
    assert Comment.objects.get().status == "rejected"


def test_get_put_delete_are_405_json(client, article):
    response = client.delete(comments_url(article))
    assert response.status_code == 405 and "GET" in response["Allow"]
    assert client.post("/api/v1/articles/").status_code == 405


# --- CORS ------------------------------------------------------------------------------------

def test_preflight_for_post_allows_only_origins_on_an_active_key(client, article, api_key):
    def preflight(origin, method="POST"):
        return client.options(comments_url(article), HTTP_ORIGIN=origin,
                              HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
                              HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type, x-api-key")

    response = preflight(PARTNER)
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == PARTNER
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "X-Api-Key" in response["Access-Control-Allow-Headers"]
    assert "Origin" in response["Vary"]
    assert "Access-Control-Allow-Origin" not in preflight("https://evil.example")
    assert preflight("https://evil.example", "GET")["Access-Control-Allow-Origin"] == "*"
    ApiKey.objects.update(active=False)
    assert "Access-Control-Allow-Origin" not in preflight(PARTNER)


def test_get_endpoints_are_public_with_star(client, article):
    for url in ("/api/v1/articles/", comments_url(article), comments_url(999999)):
        response = client.get(url, HTTP_ORIGIN="https://anyone.example")
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert "Access-Control-Allow-Credentials" not in response


# --- naughty strings -------------------------------------------------------------------------

@override_settings(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
def test_naughty_strings_never_cause_a_500(client, article, api_key):
    strings = json.loads(BLNS.read_text(encoding="utf-8"))[::6]
    assert len(strings) > 60
    parent = approved(article)
    seen = set()
    for i, text in enumerate(strings):
        for data in (
            good(body=text, email=f"n{i}@example.org"),
            good(name=text, email=f"m{i}@example.org", body=f"Body {i} for the name test"),
            good(email=text, body=f"Body {i} for the email test"),
            {"name": text, "email": f"p{i}@example.org", "body": text + " reply", "parent": parent.pk},
        ):
            response = post(client, article, data, key=api_key)
            seen.add(response.status_code)
            status = response.status_code
            assert status == 202 or 400 <= status < 500, (text, status)
            assert response["Content-Type"] == "application/json"
    assert 202 in seen and 400 in seen
    for comment in Comment.objects.all():
        assert comment.status in ("pending", "approved")
    listing = client.get(comments_url(article) + "?limit=100")
    assert listing.status_code == 200
    assert_private_data_absent(listing)


def test_json_with_a_charset_parameter_is_accepted(client, article, api_key):
    response = post(client, article, good(), key=api_key, content_type="application/json; charset=utf-8")
    assert response.status_code == 202


def test_a_server_only_key_is_refused_from_any_browser(client, article):
    _key, raw = ApiKey.create_key("Relay", [])
    assert post(client, article, good(), key=raw, origin="https://partner.example").status_code == 403
    assert post(client, article, good(), key=raw, origin=None).status_code == 202


def test_listing_queries_do_not_grow_with_the_page(client, article, django_assert_max_num_queries):
    for i in range(8):
        approved(make_article(title=f"Story {i}"))
    client.get("/api/v1/articles/")  # warm Wagtail's per-request site lookups
    with django_assert_max_num_queries(8):
        response = client.get("/api/v1/articles/?limit=100")
    assert response.json()["count"] == 9
    with django_assert_max_num_queries(4):
        assert client.get(comments_url(article)).status_code == 200


def test_out_of_range_numbers_are_not_a_500(client, article, api_key):
    huge = 10**30
    assert client.get(comments_url(huge)).status_code == 404
    assert client.get(f"/embed/{huge}/").status_code == 404
    assert client.get(comments_url(article) + f"?offset={huge}").status_code == 400
    assert client.get(comments_url(article) + f"?limit={huge}").status_code == 400
    assert post(client, huge, good(), key=api_key).status_code == 404
    assert post(client, article, good(parent=huge), key=api_key).status_code == 400
    assert post(client, article, good(parent=-1), key=api_key).status_code == 400
