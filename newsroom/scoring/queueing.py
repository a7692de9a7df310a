"""Keeps QueueEntry (one row per pending comment, with its scores) in step with the comments, their
scores and their decisions. Each receiver runs inside the transaction that writes the fact."""

from newsroom.guidelines.clauses import CLAUSES

UNSCORED = -1.0  # QueueEntry.risk of a comment without a usable score: after every scored one


LANES = ("urgent", "senior")  # the policy's thresholds that put a queued comment in a lane of its own


def lanes(clauses, policy):
    """{lane: over that threshold of any clause that has one} for a queued comment's clause scores:
    the urgent lane (first in the queue) and the senior-review lane (newsroom.scoring.queue)."""
    return {lane: any(clauses[clause] is not None and policy.threshold(clause, lane) is not None
                      and clauses[clause] >= policy.threshold(clause, lane) for clause in CLAUSES)
            for lane in LANES}


def score_fields(score, policy=None):
    """A queue entry's fields of a comment's score (None: no score yet): its risk, clause scores and
    lanes under the current policy. Every write of an entry's scores goes through here."""
    if score is None or not score.is_scored or score.violation is None:
        return {"risk": UNSCORED, **dict.fromkeys(LANES, False), **dict.fromkeys(CLAUSES)}
    from .models import Policy

    policy = policy or Policy.thresholds()
    clauses = {clause: getattr(score, clause) for clause in CLAUSES}
    return {"risk": score.violation, **lanes(clauses, policy), **clauses}


def mark_lanes(policy, which=LANES):
    """Recompute the lane flags (urgent, senior) of every queued comment for a changed policy (one
    UPDATE over the pending comments only). `which`: the lanes to recompute (scoring migration 0003,
    older than the senior flag, recomputes the urgent lane only)."""
    from django.db.models import BooleanField, Case, Value, When

    from .models import QueueEntry
    from .queue import lane_q

    QueueEntry.objects.update(**{
        lane: Case(When(lane_q(policy, lane, ""), then=Value(True)), default=Value(False),
                   output_field=BooleanField())
        for lane in which})


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
        QueueEntry.objects.create(comment_id=instance.pk, created_at=instance.created_at,
                                  language=instance.language, **fields)
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

        row = Comment.objects.filter(pk=instance.comment_id).values_list("created_at", "language").first()
        if row is not None:
            score = Score.objects.filter(comment_id=instance.comment_id).first()
            QueueEntry.objects.update_or_create(comment_id=instance.comment_id, defaults={
                "created_at": row[0], "language": row[1], **score_fields(score)})
        return
    QueueEntry.objects.filter(comment_id=instance.comment_id).delete()
