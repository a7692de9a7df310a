"""Contract tests for POST /v1alpha1/comments:suggestscore, Coral's exact request shapes, and what
happens to the feedback: a retraining source, doNotStore, data protection, the dashboard."""
import json

import pytest
from django.core.management import call_command

from newsroom.moderation import actions as moderation_actions
from newsroom.perspective import feedback
from newsroom.perspective.models import Feedback, ScoringUsage
from newsroom.scoring import retraining
from tests.comments.factories import make_comment

from .conftest import ANALYZE, SUGGEST, post

pytestmark = pytest.mark.django_db


def coral_analyze_body(text, model="TOXICITY", locale_language="en", do_not_store=True):
    """What Coral's formatBody builds for comments:analyze (server/src/core/server/services/
    perspective/perspective.ts): no comment.type, the model with an empty config, one language."""
    return {"comment": {"text": text}, "doNotStore": do_not_store, "requestedAttributes": {model: {}},
            "languages": [locale_language]}


def coral_suggest_body(text, comment_id, status, model="TOXICITY", parent_id=None,
                       story_url="https://news.example/story/1", tenant_url="https://news.example/"):
    """What Coral's formatBody builds for comments:suggestscore: the context entry is a JSON string,
    the score 0 for APPROVED and 1 for DELETED, no score type."""
    return {
        "comment": {"text": text},
        "context": {"entries": [{"text": json.dumps({
            "url": f"{story_url}?commentID={comment_id}",
            "reply_to_id_Coral_comment_id": parent_id, "Coral_comment_id": comment_id})}]},
        "attributeScores": {model: {"summaryScore": {"value": 0 if status == "APPROVED" else 1}}},
        "languages": ["en"],
        "communityId": f"Coral:{tenant_url}",
        "clientToken": f"comment:{comment_id}",
    }


@pytest.mark.parametrize("model", ["TOXICITY", "SEVERE_TOXICITY"])
def test_coral_reads_the_score_from_our_analyze_answer(client, scoring_key, model):
    threshold = 0.8  # Coral's TOXICITY_THRESHOLD_DEFAULT (80) / 100
    hostile = "You are a stupid idiot, shut up and go away you moron"
    response = post(client, ANALYZE, coral_analyze_body(hostile, model), scoring_key)
    assert response.status_code == 200  # Coral's `res.ok`
    data = response.json()
    score = data["attributeScores"][model]["summaryScore"]["value"]  # Coral's exact read
    assert isinstance(score, float) and 0 <= score <= 1
    if model == "TOXICITY":
        assert score > threshold  # Coral would withhold it
    clean = post(client, ANALYZE, coral_analyze_body("Thank you, a clear account of the vote.", model),
                 scoring_key).json()
    assert clean["attributeScores"][model]["summaryScore"]["value"] <= threshold
    assert not Feedback.objects.exists()


def test_coral_arabic_comment_labelled_en_is_scored_as_arabic(client, scoring_key):
    data = post(client, ANALYZE, coral_analyze_body("أنت غبي وحقير ولا تفهم شيئا يا كلب"), scoring_key).json()
    assert data["detectedLanguages"] == ["ar"]
    assert isinstance(data["attributeScores"]["TOXICITY"]["summaryScore"]["value"], float)


def test_coral_suggestscore_is_stored_as_feedback(client, scoring_key):
    rejected = post(client, SUGGEST, coral_suggest_body("you absolute moron", "c-1", "DELETED"), scoring_key)
    assert rejected.status_code == 200 and rejected.json() == {"clientToken": "comment:c-1"}
    approved = post(client, SUGGEST, coral_suggest_body("a fair point about the budget", "c-2", "APPROVED",
                                                        parent_id="c-1"), scoring_key)
    assert approved.json() == {"clientToken": "comment:c-2"}
    first, second = Feedback.objects.order_by("pk")
    assert (first.text, first.scores) == ("you absolute moron", {"TOXICITY": 1.0})
    assert first.client_token == "comment:c-1"
    assert first.community_id == "Coral:https://news.example/" and first.key_name == "Coral site"
    assert json.loads(second.context[0])["reply_to_id_Coral_comment_id"] == "c-1"
    assert second.scores == {"TOXICITY": 0.0} and second.languages == ["en"] and second.language == "en"
    assert ScoringUsage.objects.get().requests == 2


def test_feedback_is_a_retraining_source_kept_per_community(client, scoring_key, settings):
    post(client, SUGGEST, coral_suggest_body("you absolute moron", "c-1", "DELETED"), scoring_key)
    post(client, SUGGEST, coral_suggest_body("a fair point", "c-2", "APPROVED", tenant_url="https://b.example/"),
         scoring_key)
    post(client, SUGGEST, {"comment": {"text": "I will hurt you"}, "attributeScores": {
        "THREAT": {"summaryScore": {"value": 0.9, "type": "PROBABILITY"}}}}, scoring_key)
    examples = retraining.extra_examples()  # what retrain() adds to its training part
    by_text = {e["text"]: e for e in examples}
    assert by_text["you absolute moron"]["labels"] == {"violation": 1}
    approved = by_text["a fair point"]["labels"]
    assert approved["violation"] == 0 and approved["threat"] == 0 and "off_topic" not in approved
    assert by_text["I will hurt you"]["labels"] == {"threat": 1, "violation": 1}
    assert by_text["a fair point"]["source"] == "perspective:Coral site:Coral:https://b.example/"
    settings.PERSPECTIVE_FEEDBACK_RETRAIN = ["Coral:https://news.example/"]
    assert [e["text"] for e in retraining.extra_examples()] == ["you absolute moron"]
    settings.PERSPECTIVE_FEEDBACK_RETRAIN = False
    assert retraining.extra_examples() == []


def test_labels_for_suggested_scores():
    assert feedback.labels_for({"INSULT": 1}) == {"personal_attack": 1, "violation": 1}
    assert feedback.labels_for({"INSULT": 0}) == {"personal_attack": 0}
    assert feedback.labels_for({"IDENTITY_ATTACK": 1}) == {}  # several clauses: which one is unknown
    assert feedback.labels_for({"OFF_TOPIC": 1}) == {}


def test_do_not_store_leaves_no_trace(client, scoring_key):
    secret = "a very particular sentence 7f3a9 about my neighbour"
    body = coral_suggest_body(secret, "c-9", "DELETED")
    body["doNotStore"] = True
    response = post(client, SUGGEST, body, scoring_key)
    assert response.json() == {"clientToken": "comment:c-9"}
    analyzed = post(client, ANALYZE, {**coral_analyze_body(secret), "doNotStore": False}, scoring_key)
    assert analyzed.status_code == 200
    assert not Feedback.objects.exists()
    import io

    out = io.StringIO()
    call_command("dumpdata", "perspective", "api", "scoring", "moderation", "comments", stdout=out)
    assert "7f3a9" not in out.getvalue() and "c-9" not in out.getvalue()
    assert ScoringUsage.objects.get().requests == 2  # only the count of requests is kept


@pytest.mark.parametrize("body, words", [
    ({"comment": {"text": "x"}}, "attributeScores"),
    ({"comment": {"text": "x"}, "attributeScores": {"TOXICITY": {"summaryScore": {"value": 2}}}}, "value"),
    ({"comment": {"text": "x"}, "attributeScores": {"TOXICITY": {"summaryScore": {}}}}, "value"),
    ({"comment": {"text": "x"}, "attributeScores": {"NICE": {"summaryScore": {"value": 1}}}}, "NICE"),
    ({"attributeScores": {"TOXICITY": {"summaryScore": {"value": 1}}}}, "comment.text"),
    ({"comment": {"text": "x"}, "attributeScores": {"TOXICITY": {"summaryScore": {"value": 1}}},
      "context": {"entries": "nope"}}, "context.entries"),
])
def test_bad_suggestions_are_invalid_argument(client, scoring_key, body, words):
    response = post(client, SUGGEST, body, scoring_key)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT" and words in error["message"]
    assert not Feedback.objects.exists()


def test_suggestscore_needs_a_scoring_key(client):
    response = post(client, SUGGEST, coral_suggest_body("x", "1", "DELETED"), "nrk_nope")
    assert response.status_code == 403 and response.json()["error"]["status"] == "PERMISSION_DENIED"


def test_data_protection_export_and_erasure_cover_feedback(client, scoring_key, article, chief):
    make_comment(article, email="gone@example.org", body="my own words on the bridge")
    post(client, SUGGEST, coral_suggest_body("my own words on the bridge", "c-1", "APPROVED"), scoring_key)
    post(client, SUGGEST, coral_suggest_body("write to gone@example.org", "c-2", "DELETED"), scoring_key)
    post(client, SUGGEST, coral_suggest_body("someone else entirely", "c-3", "APPROVED"), scoring_key)
    data = moderation_actions.export_email(chief, "gone@example.org")
    assert sorted(f["text"] for f in data["scoring_api_feedback"]) == [
        "my own words on the bridge", "write to gone@example.org"]
    moderation_actions.erase_email(chief, "gone@example.org")
    assert list(Feedback.objects.values_list("text", flat=True)) == ["someone else entirely"]
    from newsroom.moderation.models import AuditEntry

    assert AuditEntry.objects.get(action="data.erase").data["scoring_api_feedback"] == 2


def test_usage_per_key_is_on_the_scoring_dashboard(client, scoring_key, moderator):
    for _ in range(3):
        post(client, ANALYZE, coral_analyze_body("hello there"), scoring_key)
    post(client, SUGGEST, coral_suggest_body("hello there", "c-1", "APPROVED"), scoring_key)
    client.force_login(moderator)
    page = client.get("/moderation/scoring/dashboard/").content.decode()
    assert 'id="scoring-api-usage"' in page
    row = page[page.index("Coral site"):]
    row = row[:row.index("</tr>")]
    assert [cell.split("<")[0] for cell in row.split("<td>")[1:]] == ["4", "4", "0", "1"]


def test_feedback_in_the_admin_can_be_read_and_deleted_not_edited(client, scoring_key):
    from tests.comments.factories import make_user

    post(client, SUGGEST, coral_suggest_body("some feedback", "c-1", "DELETED"), scoring_key)
    client.force_login(make_user("boss", superuser=True))  # login() has no request for django-axes
    listing = client.get("/django-admin/perspective/feedback/",
                         {"community_id": "Coral:https://news.example/"})
    assert listing.status_code == 200 and b"comment:c-1" in listing.content
    row = Feedback.objects.get()
    page = client.get(f"/django-admin/perspective/feedback/{row.pk}/change/")
    assert page.status_code == 200 and b'name="text"' not in page.content  # read-only
    response = client.post(f"/django-admin/perspective/feedback/{row.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Feedback.objects.exists()
