"""Keeps QueueEntry (one row per pending comment, with its scores) in step with the comments, their
scores and their decisions. Each receiver runs inside the transaction that writes the fact."""

from newsroom.guidelines.clauses import CLAUSES

UNSCORED = -1.0  # QueueEntry.risk of a comment without a usable score: after every scored one


def score_fields(score, policy=None):
    if score is None or not score.is_scored or score.violation is None:
        return {"risk": UNSCORED, "urgent": False, **{clause: None for clause in CLAUSES}}
    from .models import Policy

    policy = policy or Policy.thresholds()
    clauses = {clause: getattr(score, clause) for clause in CLAUSES}
    urgent = any(
        clauses[clause] is not None and policy.threshold(clause, "urgent") is not None
        and clauses[clause] >= policy.threshold(clause, "urgent") for clause in CLAUSES
    )
    return {"risk": score.violation, "urgent": urgent, **clauses}


def mark_urgent(policy):
    """Recompute the urgent flag of every queued comment for a changed policy (one UPDATE over the
    pending comments only)."""
    from django.db.models import BooleanField, Case, Value, When

    from .models import QueueEntry
    from .queue import urgent_q

    QueueEntry.objects.update(urgent=Case(When(urgent_q(policy, ""), then=Value(True)), default=Value(False),
                                          output_field=BooleanField()))


def on_comment_saved(sender, instance, created, raw=False, **kwargs):
    from newsroom.comments.models import Comment

    from .models import QueueEntry

    if created and not raw and instance.status == Comment.Status.PENDING:
        # A score prepared before the comment's transaction (scoring in the request) is stored
        # right after the comment: the entry is written with its fields at once, not updated.
        prepared = getattr(instance, "prepared_score", None)
        score = prepared[0] if prepared is not None else None
        fields = score_fields(score, _policy_read_with_checks(instance)) if (
            score is not None and score.is_scored) else {}
        QueueEntry.objects.create(comment_id=instance.pk, created_at=instance.created_at, **fields)
        if fields:
            score.queued = True


def _policy_read_with_checks(comment):
    """The policy read in the same statement as the comment's checks (receivers.score_before_storing
    asks for it), or None (score_fields then reads it) when it was not, or there is no policy row."""
    from .models import Policy

    values = getattr(comment, "read_with_checks_values", None) or {}
    if values.get("policy_clauses") is None:
        return None
    return Policy.from_row(values["policy_clauses"], values.get("policy_below"))


def on_score_saved(sender, instance, created, raw=False, **kwargs):
    from .models import QueueEntry

    if created and not raw and not getattr(instance, "queued", False):
        QueueEntry.objects.filter(comment_id=instance.comment_id).update(**score_fields(instance))


def on_decision_saved(sender, instance, created, raw=False, **kwargs):
    from .models import QueueEntry

    if not created or raw:
        return
    if instance.action == "undo":  # the comment is back in the queue
        from newsroom.comments.models import Comment

        from .models import Score

        rows = Comment.objects.filter(pk=instance.comment_id)
        created_at = rows.values_list("created_at", flat=True).first()
        if created_at is not None:
            score = Score.objects.filter(comment_id=instance.comment_id).first()
            QueueEntry.objects.update_or_create(comment_id=instance.comment_id,
                                                defaults={"created_at": created_at, **score_fields(score)})
        return
    QueueEntry.objects.filter(comment_id=instance.comment_id).delete()
