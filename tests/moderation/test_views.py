import csv
import io

import pytest

from newsroom.comments.models import Ban, Comment
from newsroom.moderation.actions import decide
from newsroom.moderation.models import AuditEntry, Decision
from tests.comments.factories import make_comment, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def chief_client(client, chief):
    client.force_login(chief)
    return client


def test_anonymous_is_sent_to_login_form(client):
    response = client.get("/moderation/")
    assert response.status_code == 302 and response["Location"].startswith("/moderation/login/")
    page = client.get("/moderation/login/").content.decode()
    assert 'name="username"' in page and 'name="password"' in page


def test_login_with_username_and_password(client, moderator):
    response = client.post("/moderation/login/", {"username": "mod", "password": "pw-123456"})
    assert response.status_code == 302 and response["Location"] == "/moderation/"
    assert client.get("/moderation/").status_code == 200


def test_user_without_permission_gets_403(client):
    client.force_login(make_user("reader"))
    assert client.get("/moderation/").status_code == 403
    assert client.post("/moderation/comments/1/decide/", {"action": "approve"}).status_code == 403


def test_superuser_has_access(client):
    client.force_login(make_user("root", superuser=True))
    assert client.get("/moderation/").status_code == 200


def test_queue_shows_pending_oldest_first_escaped_with_email_and_history(mod_client, article, moderator):
    old = make_comment(article, body="<script>alert(1)</script> first", email="x@example.org")
    make_comment(article, body="second one", email="x@example.org")
    done = make_comment(article, body="already decided", email="x@example.org")
    decide(done, moderator, "approve")
    html = mod_client.get("/moderation/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; first" in html and "<script>alert(1)" not in html
    assert html.index("first") < html.index("second one")
    assert "already decided" not in html
    assert "x@example.org" in html
    assert "1 approved, 0 rejected" in html
    assert f'data-id="{old.pk}"' in html
    assert article.title in html


def test_queue_filters(mod_client, article, arabic_article):
    make_comment(article, body="english one")
    make_comment(arabic_article, body="تعليق عربي")
    html = mod_client.get("/moderation/?language=ar").content.decode()
    assert "تعليق عربي" in html and "english one" not in html
    html = mod_client.get(f"/moderation/?article={article.pk}").content.decode()
    assert "english one" in html and "تعليق عربي" not in html
    assert "english one" not in mod_client.get("/moderation/?age=older24h").content.decode()
    assert "english one" in mod_client.get("/moderation/?age=1h").content.decode()


def test_decide_by_post(mod_client, article):
    comment = make_comment(article)
    response = mod_client.post(f"/moderation/comments/{comment.pk}/decide/", {"action": "approve"})
    assert response.status_code == 302
    assert Comment.objects.get(pk=comment.pk).status == "approved"
    other = make_comment(article, body="rude")
    response = mod_client.post(f"/moderation/comments/{other.pk}/decide/",
                               {"action": "reject", "reason": "profanity"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["status"] == "rejected"


def test_second_decision_is_409_naming_the_first(mod_client, article):
    first = make_user("first", "moderator")
    comment = make_comment(article)
    decide(comment, first, "reject", reason="threat")
    response = mod_client.post(f"/moderation/comments/{comment.pk}/decide/", {"action": "approve"})
    assert response.status_code == 409
    assert "first" in response.content.decode()
    assert Decision.objects.filter(comment=comment).count() == 1


def test_bad_decisions(mod_client, article):
    comment = make_comment(article)
    assert mod_client.post("/moderation/comments/999999/decide/", {"action": "approve"}).status_code == 404
    assert mod_client.post(f"/moderation/comments/{comment.pk}/decide/",
                           {"action": "reject", "reason": "nonsense"}).status_code == 400
    assert mod_client.post(f"/moderation/comments/{comment.pk}/decide/", {"action": "zap"}).status_code == 400
    assert mod_client.post(f"/moderation/comments/{comment.pk}/decide/",
                           {"action": "reject"}).status_code == 400
    assert mod_client.get(f"/moderation/comments/{comment.pk}/decide/").status_code == 405
    assert not Decision.objects.exists()


def test_decide_needs_csrf(moderator, article):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    comment = make_comment(article)
    assert client.post(f"/moderation/comments/{comment.pk}/decide/", {"action": "approve"}).status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_bulk_decide(mod_client, article):
    a, b = make_comment(article, body="aaa"), make_comment(article, body="bbb")
    response = mod_client.post("/moderation/comments/bulk/",
                               {"ids": [a.pk, b.pk], "action": "reject", "reason": "off_topic"})
    assert response.status_code == 302
    assert set(Comment.objects.values_list("status", flat=True)) == {"rejected"}
    assert mod_client.post("/moderation/comments/bulk/", {"action": "approve"}).status_code == 400


def test_approved_and_rejected_lists(mod_client, article, moderator):
    a, r = make_comment(article, body="good one"), make_comment(article, body="bad one")
    decide(a, moderator, "approve")
    decide(r, moderator, "reject", reason="vulgarity")
    approved = mod_client.get("/moderation/approved/").content.decode()
    rejected = mod_client.get("/moderation/rejected/").content.decode()
    assert "good one" in approved and "bad one" not in approved
    assert "bad one" in rejected and "Vulgarity" in rejected


def test_reverse_only_for_chiefs(client, article, moderator, chief):
    comment = make_comment(article)
    decide(comment, moderator, "approve")
    reverse_url = f"/moderation/comments/{comment.pk}/reverse/"
    client.force_login(moderator)
    assert client.post(reverse_url, {"reason": "threat"}).status_code == 403
    client.force_login(chief)
    assert client.post(reverse_url, {"reason": "threat"}).status_code == 302
    assert Comment.objects.get(pk=comment.pk).status == "rejected"


def test_bans_page(client, moderator, chief):
    client.force_login(moderator)
    assert client.get("/moderation/bans/").status_code == 200
    assert client.post("/moderation/bans/", {"kind": "email", "value": "t@example.org"}).status_code == 403
    client.force_login(chief)
    assert client.post("/moderation/bans/", {"kind": "domain", "value": "spam.example"}).status_code == 302
    assert client.post("/moderation/bans/", {"kind": "network", "value": "nonsense"}).status_code == 400
    ban = Ban.objects.get()
    assert "spam.example" in client.get("/moderation/bans/").content.decode()
    assert client.post(f"/moderation/bans/{ban.pk}/remove/").status_code == 302
    assert client.post("/moderation/bans/999/remove/").status_code == 404
    assert not Ban.objects.exists()


def test_audit_trail_filters_and_csv(mod_client, article, moderator):
    a, b = make_comment(article, body="one"), make_comment(article, body="two")
    decide(a, moderator, "approve")
    decide(b, moderator, "reject", reason="promotion")
    html = mod_client.get("/moderation/audit/?action=comment.reject").content.decode()
    trail = html[html.index('class="mod-audit"'):]
    assert 'data-action="comment.reject"' in trail and 'data-action="comment.approve"' not in trail
    # Written for people, with links to the moderator, the comment and the article.
    assert (f'rejected comment <a class="mod-audit__comment" href="/moderation/comments/{b.pk}/">#{b.pk}</a>'
            ": Commercial or personal promotion") in trail
    assert f'href="{article.url}"' in trail and 'href="?actor=mod"' in trail
    assert "{'" not in trail  # no raw dict
    response = mod_client.get("/moderation/audit/?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["time", "actor", "action"]
    assert {r[2] for r in rows[1:]} == {"comment.approve", "comment.reject"}
    assert mod_client.get("/moderation/audit/?since=2026-99-99").status_code == 400


def test_personal_data_export_and_erase(client, moderator, chief, article):
    make_comment(article, email="me@example.org", body="my words")
    client.force_login(moderator)
    assert client.post("/moderation/data/", {"op": "export", "email": "me@example.org"}).status_code == 403
    client.force_login(chief)
    response = client.post("/moderation/data/", {"op": "export", "email": "me@example.org"})
    assert response.status_code == 200 and response.json()["comments"][0]["body"] == "my words"
    assert client.post("/moderation/data/", {"op": "erase", "email": "me@example.org",
                                             "confirm": "other@example.org"}).status_code == 400
    assert Comment.objects.exists()
    response = client.post("/moderation/data/", {"op": "erase", "email": "me@example.org",
                                                 "confirm": "me@example.org"})
    assert response.status_code == 302 and not Comment.objects.exists()
    assert AuditEntry.objects.filter(action="data.erase").exists()


def test_row_tables_print_as_the_template_loop_did(mod_client, article, moderator):
    """The rows are printed as one string (views._render_rows): each row followed by a newline and
    two spaces, and the empty states, as the templates' {% for %}...{% empty %} printed them."""
    empty = {
        "/moderation/": '<tr class="mod-empty"><td colspan="4">Nothing is waiting. Well done.</td></tr>',
        "/moderation/reported/": '<tr class="mod-empty"><td colspan="3">No reported comments.</td></tr>',
        "/moderation/approved/": '<tr><td colspan="3">None.</td></tr>',
    }
    for url, row in empty.items():
        assert f"<tbody>\n  {row}\n  \n  </tbody>" in mod_client.get(url).content.decode(), url
    first, second = make_comment(article, body="first"), make_comment(article, body="second")
    decide(first, moderator, "approve")
    decide(second, moderator, "approve")
    html = mod_client.get("/moderation/approved/").content.decode()
    body = html[html.index("<tbody>\n  ") + len("<tbody>\n  "):html.index("\n  </tbody>")]
    rows = body.split("</tr>\n\n  ")
    assert len(rows) == 3 and rows[0].startswith('<tr class="mod-row" id="row-') and rows[2] == ""
