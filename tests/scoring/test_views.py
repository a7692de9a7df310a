"""The scoring pages: permissions, policy form (400 on bad thresholds), dashboard with real figures."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.moderation.models import AuditEntry
from newsroom.scoring.models import Policy
from newsroom.scoring.stats import percentile, time_to_decision

from .factories import decide_at, make_article, make_comment, make_user

PAGES = ["/moderation/scoring/dashboard/", "/moderation/scoring/policy/", "/moderation/scoring/models/"]


@pytest.mark.parametrize("url", PAGES + ["/moderation/scoring/simulate/"])
def test_anonymous_visitors_are_sent_to_the_login_form(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/moderation/login/")


@pytest.mark.parametrize("url", PAGES)
def test_people_without_the_permission_get_403(client, db, url):
    client.force_login(make_user("reader"))
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", PAGES)
def test_moderators_see_the_pages(client, moderator, url):
    client.force_login(moderator)
    assert client.get(url).status_code == 200


def test_policy_form_saves_and_audits(client, chief):
    client.force_login(chief)
    data = {f"{c}__badge": "0.5" for c in Policy.current().clauses}
    data.update({"threat__senior": "0.6", "abuse__senior": "0.7", "threat__auto_reject": "0.95",
                 "auto_approve_below": ""})
    response = client.post("/moderation/scoring/policy/", data)
    assert response.status_code == 302
    policy = Policy.current()
    assert policy.threshold("threat", "auto_reject") == 0.95
    assert policy.threshold("threat", "senior") == 0.6
    assert AuditEntry.objects.get(action="scoring.policy").data["changes"]["threat.auto_reject"] == {
        "old": None, "new": 0.95}
    html = client.get("/moderation/scoring/policy/").content.decode()
    assert "Automatic rejection is ON." in html


@pytest.mark.parametrize("value", ["1.01", "-1", "lots"])
def test_policy_form_refuses_thresholds_outside_zero_one(client, chief, value):
    client.force_login(chief)
    data = {f"{c}__badge": "0.5" for c in Policy.current().clauses}
    data["profanity__auto_reject"] = value
    response = client.post("/moderation/scoring/policy/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "profanity auto-reject" in html
    assert f'value="{value}"' in html  # what was typed is shown back, nothing lost
    assert not Policy.current().auto_reject_on


def test_policy_form_is_read_only_for_moderators(client, moderator):
    client.force_login(moderator)
    response = client.post("/moderation/scoring/policy/", {"threat__auto_reject": "0.5"})
    assert response.status_code == 403
    assert not Policy.current().auto_reject_on
    assert "Only chief moderators change the policy." in client.get(
        "/moderation/scoring/policy/").content.decode()


def test_policy_form_needs_csrf(chief):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(chief)
    assert client.post("/moderation/scoring/policy/", {"threat__auto_reject": "0.5"}).status_code == 403


def test_percentile():
    assert percentile([], 50) is None
    assert percentile([5], 90) == 5
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile(list(range(1, 11)), 90) == pytest.approx(9.1)


@pytest.fixture
def activity(post, article, moderator):
    """Four comments on the bridge article, one on a second article; waits of 1, 2, 3 and 10 hours."""
    now = timezone.now()
    other = make_article(title="Market day")
    waits = []
    for i, (text, action, reason, hours) in enumerate([
        ("shit budget", "reject", "profanity", 1),
        ("I will kill you", "reject", "threat", 2),
        ("Nice bridge", "approve", "", 3),
        ("Fine plan", "approve", "", 10),
    ]):
        created = now - timedelta(hours=20 - i)
        comment = make_comment(article, text, created_at=created, email=f"r{i}@example.org")
        from newsroom.scoring.actions import score_comment

        score_comment(comment)
        decide_at(comment, moderator, action, reason, when=created + timedelta(hours=hours))
        waits.append(hours * 3600)
    make_comment(other, "Still waiting", created_at=now - timedelta(hours=1))
    return waits


def test_time_to_decision_figures(activity):
    figures = time_to_decision(7)
    assert figures["count"] == 4
    assert figures["median"] == pytest.approx(2.5 * 3600)
    assert figures["p90"] == pytest.approx(percentile(activity, 90))


def test_dashboard_shows_real_figures(client, moderator, activity):
    client.force_login(moderator)
    response = client.get("/moderation/scoring/dashboard/", {"days": "7"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<svg") >= 5
    assert 'id="queue-now">1<' in html  # only "Still waiting" is pending
    assert "Median <strong>2.5 h</strong>" in html
    # Model (violation >= 0.5): rejects the two violations, approves the two clean ones = 4 of 4.
    assert "100.0% of 4 scored comments" in html
    assert "4 by moderators, 0 by the system" in html
    assert "Council votes on the new bridge budget" in html and "Market day" in html
    assert "Threat: 1" in html and "approved: 2" in html


def test_dashboard_refuses_a_bad_window(client, moderator):
    client.force_login(moderator)
    assert client.get("/moderation/scoring/dashboard/", {"days": "0"}).status_code == 400
    assert client.get("/moderation/scoring/dashboard/", {"days": "x"}).status_code == 400


def test_dashboard_escapes_article_titles(client, moderator):
    article = make_article(title="<b>bold</b> & co")
    make_comment(article, "hello there")
    client.force_login(moderator)
    html = client.get("/moderation/scoring/dashboard/").content.decode()
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html
