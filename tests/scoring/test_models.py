import pytest

from newsroom.comments.models import Comment
from newsroom.scoring.models import ImmutableRecordError, ModelVersion, Policy, Score

from .factories import make_comment


def test_score_is_immutable(post, article):
    comment = post(article, "You are an idiot and I will kill you")
    score = Score.objects.get(pk=comment.pk)
    score.violation = 0.0
    with pytest.raises(ImmutableRecordError):
        score.save()
    assert Score.objects.get(pk=comment.pk).violation > 0.5


def test_score_is_erased_with_its_comment(post, article):
    comment = post(article, "shit article")
    assert Score.objects.filter(pk=comment.pk).exists()
    Comment.objects.filter(pk=comment.pk).delete()
    assert not Score.objects.filter(pk=comment.pk).exists()


def test_score_keeps_every_clause_language_evidence_and_model(post, article):
    comment = post(article, "Buy now at http://cheap.example.com you idiot")
    score = comment.score
    assert score.status == "scored"
    assert set(score.categories) == {"profanity", "vulgarity", "threat", "personal_attack", "abuse",
                                     "promotion", "off_topic"}
    assert score.promotion == pytest.approx(0.88)
    assert score.language == "en" and score.language_confidence == pytest.approx(0.9)
    assert {e["category"] for e in score.evidence} == {"promotion", "personal_attack"}
    link = next(e for e in score.evidence if e["category"] == "promotion")
    assert comment.body[link["start"]:link["end"]] == "http://cheap.example.com"
    assert score.model_version == "keyword-test@1"
    assert score.top_clause == "promotion"
    assert set(score.abuse_kinds) >= {"sexism", "racism", "homophobia", "xenophobia", "religious_hatred"}


def test_policy_defaults_switch_automatic_decisions_off(db):
    policy = Policy.current()
    assert not policy.auto_reject_on
    assert not policy.auto_approve_on
    assert policy.threshold("threat", "senior") == 0.7
    assert policy.threshold("abuse", "senior") == 0.7
    assert policy.threshold("profanity", "senior") is None
    assert all(policy.threshold(c, "badge") == 0.5 for c in policy.clauses)


def test_only_one_active_model_version(db):
    from django.db import IntegrityError, transaction

    ModelVersion.objects.create(name="a", backend="x", status="active")
    with pytest.raises(IntegrityError), transaction.atomic():
        ModelVersion.objects.create(name="b", backend="x", status="active")


def test_unscored_comment_has_no_score(article):
    comment = make_comment(article, "Nothing posted through the action, so never scored")
    assert not Score.objects.filter(pk=comment.pk).exists()


def test_erasing_a_commenters_data_erases_their_scores(post, article, chief):
    from newsroom.moderation.actions import decide, erase_email

    kept = post(article, "A fine article", email="other@example.org")
    gone = post(article, "You idiot", email="erase.me@example.org")
    decide(gone, chief, "reject", reason="personal_attack")
    assert Score.objects.filter(pk=gone.pk).exists()
    assert erase_email(chief, "erase.me@example.org") == 1
    assert not Score.objects.filter(pk=gone.pk).exists()
    assert Score.objects.filter(pk=kept.pk).exists()
