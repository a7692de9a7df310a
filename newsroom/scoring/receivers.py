"""Signal receivers: every new comment is scored, or queued for scoring, as it is stored."""

import logging

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def _in_request():
    """True when the configured task backend runs scoring in the reader's request."""
    if not getattr(settings, "SCORING_ENABLED", True):
        return False
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    from .tasks import score_comment_task

    return isinstance(task_backends[score_comment_task.backend], ImmediateBackend)


def score_before_storing(sender, comment, article=None, **kwargs):
    """comment_checked, before the transaction that stores the comment: with scoring in the request
    (the immediate backend), run the scorer now, outside that transaction (on SQLite it holds the
    database's one write lock, and the scorer's CPU inside it made the other workers queue), and
    leave the unsaved Score on the comment for enqueue_scoring, which stores it in the comment's
    transaction: one commit for both. Never raises (prepare_score catches the scorer's failures)."""
    if not _in_request():
        return
    from .actions import UNKNOWN, prepare_score

    published = getattr(article, "last_published_at", UNKNOWN) if article is not None else UNKNOWN
    try:
        comment.prepared_score = prepare_score(comment, published=published)
    except Exception:
        logger.exception("Could not score a comment before storing it")
        return
    if comment.prepared_score[0].is_scored:
        # The queue entry is written with the score's fields and the current policy's urgent lane:
        # the policy is read in the same statement as the submission's checks, not in one of its own.
        from .models import Policy

        wanted = getattr(comment, "read_with_checks", None) or {}
        comment.read_with_checks = {**wanted, **Policy.THRESHOLD_SUBQUERIES}


def enqueue_scoring(sender, comment, **kwargs):
    """Runs inside the transaction that stores the comment (comment_posted). In the request (the
    immediate backend) the score prepared before the transaction (score_before_storing) is stored
    here, so it commits with the comment; a comment announced without one is scored right after its
    commit. With the database backend the task row is written in that transaction, so it commits
    with the comment. Another queue (RQ) is a different system, so the task goes there after the
    commit, when a worker can see the comment.

    Never raises, and writes inside a savepoint: a reader's submission must not fail because
    scoring failed or could not be queued; the comment then stays pending (marked not scored, or
    without a score) and `manage.py score_pending` catches up."""
    if not getattr(settings, "SCORING_ENABLED", True):
        return
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend
    from django_tasks_db import DatabaseBackend

    from .tasks import score_comment_task

    backend = task_backends[score_comment_task.backend]
    if isinstance(backend, ImmediateBackend):
        prepared = getattr(comment, "prepared_score", None)
        if prepared is not None:
            _store_prepared(comment, *prepared)
        else:
            transaction.on_commit(lambda: _score_in_request(comment))
    elif isinstance(backend, DatabaseBackend):
        _safely(comment, lambda: score_comment_task.enqueue(comment.pk))
    else:
        transaction.on_commit(lambda: _safely(comment, lambda: score_comment_task.enqueue(comment.pk)))


def _store_prepared(comment, score, unavailable):
    """Store a score prepared before the comment's transaction, in it, then apply the policy."""
    from .actions import apply_policy
    from .queueing import score_fields

    if unavailable is not None:
        # The "not scored" marker is stored; the web process keeps serving.
        logger.critical("%s; comment %s left pending, marked not scored", unavailable, comment.pk)
    from newsroom.core.inserts import one_statement_guard

    from .models import Policy

    try:
        policy = Policy.cached() if score.is_scored else None
        automatic = policy is not None and (policy.auto_reject_on or policy.auto_approve_on)
        # A savepoint, so that a failure here leaves the comment's transaction usable; when the
        # score is one INSERT (its queue entry was written with its fields, no automatic decision
        # follows) only where the database needs one for that.
        single = getattr(score, "queued", False) and not automatic
        with one_statement_guard() if single else transaction.atomic():
            score.comment = comment
            score.save()
            if automatic:
                apply_policy(comment, score, policy)
    except Exception:
        logger.exception("Could not store the score of comment %s", comment.pk)
        if getattr(score, "queued", False):  # the queue entry was written with the lost score's fields
            from .models import QueueEntry

            _safely(comment, lambda: QueueEntry.objects.filter(comment_id=comment.pk).update(
                **score_fields(None)))


def _score_in_request(comment):
    """The task's work, without reloading the comment we hold or the task's bookkeeping."""
    from .actions import score_comment
    from .engine import ScorerUnavailable

    try:
        score_comment(comment)
    except ScorerUnavailable as exc:
        # score_comment stored the "not scored" marker; the web process keeps serving.
        logger.critical("%s; comment %s left pending, marked not scored", exc, comment.pk)
    except Exception:
        logger.exception("Could not score comment %s", comment.pk)


def _safely(comment, work):
    try:
        with transaction.atomic():  # a savepoint: a failure here leaves the comment's transaction usable
            work()
    except Exception:
        logger.exception("Could not score or queue scoring of comment %s", comment.pk)
