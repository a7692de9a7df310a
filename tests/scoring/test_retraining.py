"""Retraining from the moderators' decisions: the candidate is activated only if it beats the active
model on the most recent (held-out) decisions; the comparison is kept; versions can be rolled back.

The trainers here are tiny but real (tests/scoring/fakes.py): one learns the words moderators keep
rejecting, the other learns nothing."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsroom.moderation.models import AuditEntry
from newsroom.scoring import retraining
from newsroom.scoring.actions import rollback_model, score_comment
from newsroom.scoring.models import ModelVersion

from .factories import decide_at, make_comment
from .fakes import train_nothing, train_words


@pytest.fixture
def decisions(article, moderator):
    """60 human decisions over 60 hours: every third comment calls someone a "muppet" (the
    newsroom's own insult, unknown to the shipped model) and is rejected; the others are approved."""
    start = timezone.now() - timedelta(hours=61)
    for i in range(60):
        insult = i % 3 == 0
        body = f"Reader {i} says you are a muppet" if insult else f"Reader {i} likes the bridge plan"
        comment = make_comment(article, body, created_at=start + timedelta(hours=i))
        decide_at(comment, moderator, "reject" if insult else "approve",
                  "personal_attack" if insult else "", when=start + timedelta(hours=i, minutes=30))


def test_examples_come_from_final_human_decisions(decisions, article, chief):
    make_comment(article, "duplicate text")
    examples = retraining.decision_examples()
    assert len(examples) == 60
    assert examples[0]["labels"]["violation"] == 1 and examples[0]["labels"]["personal_attack"] == 1
    assert examples[1]["labels"]["violation"] == 0
    older, recent = retraining.split_recent(examples, 0.2, 20)
    assert len(recent) == 20 and len(older) == 40
    assert recent[0]["decided_at"] > older[-1]["decided_at"]


def test_duplicates_bans_and_off_topic_teach_nothing():
    assert retraining.labels_for("reject", "duplicate") is None
    assert retraining.labels_for("reject", "banned") is None
    assert retraining.labels_for("reject", "off_topic") is None
    assert retraining.labels_for("reject", "racism") == {"violation": 1, "abuse": 1, "racism": 1}


def test_a_better_candidate_is_activated(decisions, chief, article):
    version = retraining.retrain(chief, train_fn=train_words, log=lambda *a: None)
    c = version.comparison
    assert c["better"] is True
    assert c["held_out"] == 20
    assert c["candidate"]["violation_macro_f1"] > c["active"]["violation_macro_f1"]
    assert version.status == "active"
    assert ModelVersion.objects.get(shipped=True).status == "retired"
    assert AuditEntry.objects.filter(action="scoring.retrain", data__better=True).exists()
    assert AuditEntry.objects.filter(action="scoring.model_retrain").exists()
    # New comments are now scored by the candidate, which knows the newsroom's insult.
    comment = make_comment(article, "what a muppet")
    score = score_comment(comment)
    assert score.model_version.startswith("keyword-test@candidate-")
    assert score.personal_attack >= 0.8


def test_a_candidate_that_is_not_better_is_kept_but_not_activated(decisions, chief, article):
    version = retraining.retrain(chief, train_fn=train_nothing, log=lambda *a: None)
    assert version.comparison["better"] is False
    assert version.comparison["candidate"]["violation_macro_f1"] == version.comparison["active"][
        "violation_macro_f1"]
    assert version.status == "candidate"
    assert ModelVersion.objects.get(shipped=True).status == "active"
    score = score_comment(make_comment(article, "what a muppet"))
    assert score.model_version == "keyword-test@1"


def test_rollback_to_the_shipped_model(decisions, chief, article):
    retraining.retrain(chief, train_fn=train_words, log=lambda *a: None)
    shipped = ModelVersion.objects.get(shipped=True)
    rollback_model(chief, shipped)
    assert ModelVersion.objects.get(shipped=True).status == "active"
    assert ModelVersion.objects.filter(status="active").count() == 1
    assert AuditEntry.objects.filter(action="scoring.model_rollback").exists()
    score = score_comment(make_comment(article, "what a muppet"))
    assert score.model_version == "keyword-test@1"


def test_too_few_decisions_is_a_clear_refusal(article, moderator):
    comment = make_comment(article, "only one")
    decide_at(comment, moderator, "approve")
    with pytest.raises(retraining.RetrainError, match="at least 20"):
        retraining.retrain(None, train_fn=train_words, log=lambda *a: None)


def test_management_command_reports_the_comparison(decisions, chief, monkeypatch, capsys):
    monkeypatch.setattr(retraining, "_default_train", train_words)
    call_command("retrain_scorer", "--by", chief.username, "--from-decisions")
    out = capsys.readouterr().out
    assert "ACTIVATED" in out
    assert retraining.retrain_status()["state"] == "done"


def test_versions_page_lists_the_comparison_and_rolls_back(client, decisions, chief):
    retraining.retrain(chief, train_fn=train_nothing, log=lambda *a: None)
    client.force_login(chief)
    html = client.get("/moderation/scoring/models/").content.decode()
    assert "not better" in html and "Activate" in html
    candidate = ModelVersion.objects.get(status="candidate")
    response = client.post(f"/moderation/scoring/models/{candidate.pk}/activate/")
    assert response.status_code == 302
    assert ModelVersion.objects.get(pk=candidate.pk).status == "active"


def test_only_chiefs_retrain_or_roll_back(client, decisions, moderator):
    client.force_login(moderator)
    assert client.post("/moderation/scoring/models/retrain/").status_code == 403
    shipped = ModelVersion.objects.create(name="x", backend="y", status="retired")
    assert client.post(f"/moderation/scoring/models/{shipped.pk}/activate/").status_code == 403


def test_guidelines_cli_retrain_from_decisions(decisions, chief, monkeypatch):
    from newsroom.guidelines.__main__ import main

    monkeypatch.setattr(retraining, "_default_train", train_words)
    assert main(["retrain", "--from-decisions", "--by", chief.username]) == 0
    assert ModelVersion.objects.get(status="active").comparison["better"] is True


def test_guidelines_cli_retrain_refuses_clearly(db, capsys):
    from newsroom.guidelines.__main__ import main

    assert main(["retrain", "--from-decisions"]) == 1
    assert "at least 20" in capsys.readouterr().err


def test_retrain_button_starts_a_background_run_once(client, chief, monkeypatch, db):
    started = []

    class FakePopen:
        def __init__(self, argv, **kwargs):
            started.append(argv)

    monkeypatch.setattr(retraining.subprocess, "Popen", FakePopen)
    client.force_login(chief)
    response = client.post("/moderation/scoring/models/retrain/")
    assert response.status_code == 302
    assert started and started[0][-3:] == ["retrain_scorer", "--by", chief.username]
    assert retraining.retrain_status()["state"] == "running"
    assert AuditEntry.objects.filter(action="scoring.retrain_requested", actor=chief).exists()
    again = client.post("/moderation/scoring/models/retrain/")
    assert again.status_code == 400 and b"already running" in again.content
    assert len(started) == 1
