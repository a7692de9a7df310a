"""The console from issue 10, without a browser: keys, the suggested reason, undo, messages, the
live endpoint, the Reported lane, ban and trust from a row, the audit trail, permissions, and the
one-way dependencies between apps."""

import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from newsroom.comments.actions import CommentRefused, report_comment
from newsroom.comments.models import Ban, Comment, Report, Trust
from newsroom.guidelines.clauses import REJECT_REASONS
from newsroom.moderation import actions
from newsroom.moderation.keys import REASON_KEYS
from newsroom.moderation.models import AuditEntry, Decision
from newsroom.scoring.models import Policy, Score
from newsroom.scoring.queue import suggested_reason
from tests.comments.factories import make_comment, make_user

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2] / "newsroom"


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def _score(comment, **probs):
    values = {
        c: 0.01
        for c in ("profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion", "off_topic")
    }
    kinds = probs.pop("abuse_kinds", {})
    values.update(probs)
    top = max(values, key=values.get)
    return Score.objects.create(
        comment=comment,
        violation=max(values.values()),
        abuse_kinds=kinds,
        top_clause=top,
        language="en",
        **values,
    )


def test_every_reason_has_its_own_key_shown_once(mod_client, article):
    assert set(REASON_KEYS) == set(REJECT_REASONS)
    assert len(set(REASON_KEYS.values())) == len(REJECT_REASONS)
    for code in ("xenophobia", "religious_hatred", "duplicate"):
        assert REASON_KEYS[code]
    make_comment(article)
    html = mod_client.get("/moderation/").content.decode()
    picker = html[html.index('id="mod-reasons"') : html.index('id="mod-help"')]
    items = re.findall(
        r'<li data-key="([^"]+)" data-code="([^"]+)"><kbd>([^<]+)</kbd> <span>([^<]+)</span>', picker
    )
    assert len(items) == len(REJECT_REASONS)
    for key, code, kbd, label in items:
        assert key == kbd == REASON_KEYS[code]
        assert not re.match(r"\d", label)  # no doubled numbers ("1. 1 Profanity")


def test_suggested_reason_only_when_the_clause_passes_its_threshold(article):
    policy = Policy.current()
    harmless = _score(make_comment(article, body="Thank you"), off_topic=0.45)
    assert harmless.top_clause == "off_topic"
    assert suggested_reason(harmless, policy) == ""  # top clause, but under its 0.5 threshold
    rude = _score(make_comment(article, body="shit"), profanity=0.9, off_topic=0.6)
    assert suggested_reason(rude, policy) == "profanity"
    hateful = _score(
        make_comment(article, body="x"), abuse=0.8, abuse_kinds={"xenophobia": 0.7, "racism": 0.2}
    )
    assert suggested_reason(hateful, policy) == "xenophobia"
    vague = _score(make_comment(article, body="y"), abuse=0.8, abuse_kinds={"xenophobia": 0.3})
    assert suggested_reason(vague, policy) == "abuse"
    # The threshold is read from the policy, not hard-coded.
    clauses = dict(policy.clauses)
    clauses["profanity"] = dict(clauses["profanity"], badge=0.95)
    policy.clauses = clauses
    assert suggested_reason(rude, policy) == "off_topic"


def test_queue_preselects_only_the_suggested_reason(mod_client, article):
    harmless = make_comment(article, body="Thank you for this")
    _score(harmless, off_topic=0.3)
    rude = make_comment(article, body="what shit")
    _score(rude, profanity=0.97)
    html = mod_client.get("/moderation/").content.decode()
    row = html[html.index(f'id="row-{harmless.pk}"') :]
    row = row[: row.index("</tr>")]
    assert 'data-suggested=""' in row and " selected" not in row
    row = html[html.index(f'id="row-{rude.pk}"') :]
    row = row[: row.index("</tr>")]
    assert 'data-suggested="profanity"' in row and '<option value="profanity" selected>' in row


def test_reject_message_names_the_clause_and_offers_undo(mod_client, article):
    comment = make_comment(article)
    data = mod_client.post(
        f"/moderation/comments/{comment.pk}/decide/",
        {"action": "reject", "reason": "profanity"},
        HTTP_ACCEPT="application/json",
    ).json()
    assert data["message"] == f"Comment {comment.pk} rejected: Profanity."
    assert (
        data["undo_label"] == "Undo (u)"
        and data["undo_url"] == f"/moderation/decisions/{data['decision']}/undo/"
    )
    # Without JavaScript the message and an Undo button appear after the redirect.
    other = make_comment(article, body="another")
    page = mod_client.post(f"/moderation/comments/{other.pk}/decide/", {"action": "approve"}, follow=True)
    html = page.content.decode()
    assert f"Comment {other.pk} approved." in html and "Undo (u)" in html


def test_undo_within_ten_seconds_puts_the_comment_back_and_is_audited_as_a_reversal(
    mod_client, article, moderator
):
    comment = make_comment(article)
    decision = actions.decide(comment, moderator, "reject", reason="threat")
    response = mod_client.post(f"/moderation/decisions/{decision.pk}/undo/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content
    assert response.json()["message"] == f"Comment {comment.pk} is back in the queue."
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert list(Decision.objects.filter(comment=comment).values_list("action", flat=True)) == [
        "reject",
        "undo",
    ]
    entry = AuditEntry.objects.filter(action="comment.reverse").get()
    assert entry.data["undo_of"] == decision.pk and entry.data["result"] == "pending"
    # It can be decided again, and the new decision is the one that counts.
    actions.decide(comment, moderator, "approve")
    comment.refresh_from_db()
    assert comment.status == "approved"


def test_undo_refused_after_ten_seconds_for_others_and_twice(article, moderator):
    comment = make_comment(article)
    decision = actions.decide(comment, moderator, "approve")
    with pytest.raises(actions.InvalidDecision):
        actions.undo(decision, moderator, now=timezone.now() + timedelta(seconds=11))
    with pytest.raises(actions.InvalidDecision):
        actions.undo(decision, make_user("mod2", "moderator"))
    actions.undo(decision, moderator)
    with pytest.raises(actions.AlreadyDecided):
        actions.undo(decision, moderator)
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_live_endpoint_gives_count_and_rows(mod_client, article):
    first = make_comment(article, body="first")
    data = mod_client.get("/moderation/live/?order=oldest").json()
    assert data["count"] == 1 and [r["id"] for r in data["rows"]] == [first.pk]
    assert 'class="mod-row"' in data["rows"][0]["html"]
    second = make_comment(article, body="second <b>")
    data = mod_client.get("/moderation/live/?order=oldest").json()
    assert data["count"] == 2 and [r["id"] for r in data["rows"]] == [first.pk, second.pk]
    assert "second &lt;b&gt;" in data["rows"][1]["html"]


def test_reply_row_shows_its_parent(mod_client, article, moderator):
    parent = make_comment(article, name="Alia", body="The bridge costs too much.")
    actions.decide(parent, moderator, "approve")
    make_comment(article, body="No, it is fair.", parent=parent)
    html = mod_client.get("/moderation/").content.decode()
    assert "Reply to Alia:" in html and "The bridge costs too much." in html


def test_history_panel_lists_the_last_ten_decisions_with_reasons(mod_client, article, moderator):
    comments = [make_comment(article, body=f"c{i}", email="Same@Example.org") for i in range(12)]
    for c in comments[:11]:
        actions.decide(c, moderator, "reject", reason="promotion")
    html = mod_client.get(f"/moderation/comments/{comments[11].pk}/?panel=1").content.decode()
    assert html.count("<li>") == 10 and html.count("Commercial or personal promotion") == 10
    assert mod_client.get(f"/moderation/comments/{comments[11].pk}/").status_code == 200


def test_report_flow_keep_and_reject(client, article, moderator):
    comment = make_comment(article, body="Published words")
    actions.decide(comment, moderator, "approve")
    response = client.post(
        f"/comments/report/{comment.pk}/",
        {"reason": "threat"},
        HTTP_ACCEPT="application/json",
        REMOTE_ADDR="198.51.100.1",
    )
    assert response.status_code == 201
    client.post(f"/comments/report/{comment.pk}/", {"reason": "personal_attack"}, REMOTE_ADDR="198.51.100.2")
    client.post(
        f"/comments/report/{comment.pk}/", {"reason": "threat"}, REMOTE_ADDR="198.51.100.2"
    )  # once each
    assert Report.objects.filter(comment=comment).count() == 2
    assert Comment.objects.get(pk=comment.pk).status == "approved"  # public until a moderator acts
    bad = client.post(f"/comments/report/{comment.pk}/", {"reason": "nonsense"}, REMOTE_ADDR="198.51.100.3")
    assert bad.status_code == 400 and 'aria-invalid="true"' in bad.content.decode()

    client.force_login(moderator)
    html = client.get("/moderation/reported/").content.decode()
    assert "Published words" in html and "2 reports" in html and "Threat × 1" in html
    assert "Personal attack × 1" in html
    data = client.post(
        f"/moderation/comments/{comment.pk}/reports/", {"action": "keep"}, HTTP_ACCEPT="application/json"
    ).json()
    assert "kept" in data["message"]
    assert Comment.objects.get(pk=comment.pk).status == "approved"
    assert set(Report.objects.values_list("resolution", flat=True)) == {"kept"}
    assert AuditEntry.objects.filter(action="report.keep", object_id=str(comment.pk)).exists()
    assert "Published words" not in client.get("/moderation/reported/").content.decode()

    client.logout()
    client.post(f"/comments/report/{comment.pk}/", {"reason": "threat"}, REMOTE_ADDR="198.51.100.9")
    client.force_login(moderator)  # a plain moderator may reject a reported comment
    response = client.post(
        f"/moderation/comments/{comment.pk}/reports/",
        {"action": "reject", "reason": "threat"},
        HTTP_ACCEPT="application/json",
    )
    assert (
        response.status_code == 200
        and response.json()["message"] == f"Comment {comment.pk} rejected: Threat."
    )
    assert Comment.objects.get(pk=comment.pk).status == "rejected"
    assert AuditEntry.objects.filter(action="report.reject", object_id=str(comment.pk)).exists()


def test_reports_are_rate_limited_and_only_for_published_comments(article, settings, moderator):
    settings.COMMENTS_RATE_LIMIT_REPORT = "2/600"
    pending = make_comment(article)
    with pytest.raises(CommentRefused) as refused:
        report_comment(pending.pk, "threat", "198.51.100.7")
    assert refused.value.status == 404
    published = [make_comment(article, body=f"p{i}") for i in range(3)]
    for c in published:
        actions.decide(c, moderator, "approve")
    report_comment(published[0].pk, "threat", "198.51.100.7")
    report_comment(published[1].pk, "threat", "198.51.100.7")
    with pytest.raises(CommentRefused) as refused:
        report_comment(published[2].pk, "threat", "198.51.100.7")
    assert refused.value.status == 429


def test_ban_and_trust_from_the_row(client, article, chief, moderator):
    comment = make_comment(article, email="Troll@Spam.example", ip="203.0.113.77")
    client.force_login(moderator)
    html = client.get("/moderation/").content.decode()
    assert "Ban / trust" not in html  # not linked for a role that cannot use it
    denied = client.post(f"/moderation/comments/{comment.pk}/commenter/", {"kind": "email", "note": "spam"})
    assert denied.status_code == 403 and "Chief moderator" in denied.content.decode()
    client.force_login(chief)
    assert "Ban / trust" in client.get("/moderation/").content.decode()
    client.post(f"/moderation/comments/{comment.pk}/commenter/", {"kind": "domain", "note": "spam farm"})
    client.post(f"/moderation/comments/{comment.pk}/commenter/", {"kind": "network", "note": "same"})
    assert set(Ban.objects.values_list("kind", "value")) == {
        ("domain", "spam.example"),
        ("network", "203.0.113.0/24"),
    }
    assert Ban.objects.get(kind="domain").note == "spam farm"
    friend = make_comment(article, email="friend@example.org")
    client.post(f"/moderation/comments/{friend.pk}/commenter/", {"op": "trust", "note": "our columnist"})
    assert Trust.objects.get().email == "friend@example.org"
    assert AuditEntry.objects.filter(action="commenter.trust").exists()
    row = client.get("/moderation/").content.decode()
    row = row[row.index(f'id="row-{friend.pk}"') :]
    assert "trusted" in row[: row.index("</tr>")]


def test_pages_a_role_cannot_use_are_not_linked_and_403_names_the_role(client, moderator, chief):
    client.force_login(moderator)
    html = client.get("/moderation/").content.decode()
    assert "/moderation/data/" not in html
    dashboard = client.get("/moderation/scoring/dashboard/").content.decode()
    assert "/moderation/scoring/simulate/" not in dashboard
    for url in ("/moderation/scoring/simulate/", "/moderation/data/"):
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code == 403
        assert "Chief moderator" in body and 'class="mod-header"' in body  # styled, in the console
    client.force_login(chief)
    assert "/moderation/data/" in client.get("/moderation/").content.decode()
    assert "/moderation/scoring/simulate/" in client.get("/moderation/scoring/dashboard/").content.decode()


def test_console_has_its_own_layout_and_login_shows_the_site_name(client, settings):
    settings.WAGTAIL_SITE_NAME = "Daily Example"
    html = client.get("/moderation/login/").content.decode()
    assert "Daily Example" in html and "<title>Sign in · Daily Example" in html
    assert 'class="site-nav"' not in html and "site-footer" not in html
    assert "<script>" not in html and " style=" not in html and " onclick=" not in html


def _imports(folder):
    names = set()
    for path in (ROOT / folder).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
    return names


def test_apps_depend_one_way():
    assert not [m for m in _imports("moderation") if m.startswith("newsroom.scoring")]
    assert not [m for m in _imports("comments") if m.startswith("newsroom.moderation")]
    templates = (ROOT / "moderation" / "templates").rglob("*.html")
    assert not [t for t in templates if re.search(r"{% load [^%]*\bscoring\b", t.read_text())]


def test_banned_submission_is_rejected_by_the_moderation_receiver(chief, article):
    from newsroom.comments.actions import post_comment

    actions.add_ban(chief, "email", "banned@example.org")
    comment = post_comment(
        article,
        name="B",
        email="banned@example.org",
        body="hello there",
        ip_address="203.0.113.1",
        check_token=False,
    )
    assert Comment.objects.get(pk=comment.pk).status == "rejected"
    assert Decision.objects.get(comment=comment).reason == "banned"


def test_rows_link_their_article_and_show_the_last_decision(mod_client, article, moderator, chief):
    # The rows read the article's title and url_path, not its Wagtail page (issue 13), and a
    # decided row's last decision in one query: what they show must not change.
    from django.utils.html import escape

    from tests.comments.factories import make_article

    other = make_article(title='Dams & "roads" <here>')
    make_comment(article, body="Still waiting")
    by_system = make_comment(other, body="Approved by the system")
    actions.decide(by_system, None, "approve", system=True)
    rejected = make_comment(article, body="Rejected by a moderator")
    actions.decide(rejected, moderator, "reject", reason="threat")
    reversed_ = make_comment(other, body="Approved, then reversed")
    actions.decide(reversed_, moderator, "approve")
    actions.reverse(reversed_, chief, reason="promotion")
    report_comment(by_system.pk, "threat", "198.51.100.7")

    def link(a):
        return (f'<a class="mod-row__article" href="{escape(a.url)}" target="_blank" rel="noopener" '
                f'title="{escape(a.title)}">{escape(a.title)}</a>')

    queue = mod_client.get("/moderation/").content.decode()
    assert "Still waiting" in queue and link(article) in queue
    approved = mod_client.get("/moderation/approved/").content.decode()
    assert link(other) in approved and "<p>Approve — the system</p>" in approved
    rejected_html = mod_client.get("/moderation/rejected/").content.decode()
    assert link(article) in rejected_html and link(other) in rejected_html
    assert "<p>Reject: Threat — mod</p>" in rejected_html
    last = Decision.objects.filter(comment=reversed_).order_by("created_at", "pk").last()
    assert last.moderator_id == chief.pk
    assert (f"<p>{escape(last.get_action_display())}: {escape(last.get_reason_display())} — "
            f"{escape(last.moderator_name)}</p>") in rejected_html
    reported = mod_client.get("/moderation/reported/").content.decode()
    assert "Approved by the system" in reported and link(other) in reported
