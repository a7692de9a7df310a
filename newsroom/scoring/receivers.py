"""Signal receivers: every new comment is scored, or queued for scoring, as it is stored."""

import logging

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_scoring(sender, comment, **kwargs):
    """Runs inside the transaction that stores the comment (comment_posted). In the request
    (the immediate backend) the score is written in that transaction; with the database backend
    the task row is; both then commit with the comment, in one commit. Another queue (RQ) is a
    different system, so the task goes there after the commit, when a worker can see the comment.

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
        # The task's work, without reloading the comment we hold or the task's bookkeeping.
        _safely(comment, lambda: _score_in_request(comment))
    elif isinstance(backend, DatabaseBackend):
        _safely(comment, lambda: score_comment_task.enqueue(comment.pk))
    else:
        transaction.on_commit(lambda: _safely(comment, lambda: score_comment_task.enqueue(comment.pk)))


def _score_in_request(comment):
    from .actions import score_comment
    from .engine import ScorerUnavailable

    try:
        score_comment(comment)
    except ScorerUnavailable as exc:
        # score_comment stored the "not scored" marker; keep it (no rollback), and keep serving.
        logger.critical("%s; comment %s left pending, marked not scored", exc, comment.pk)


def _safely(comment, work):
    try:
        with transaction.atomic():  # a savepoint: a failure here leaves the comment's transaction usable
            work()
    except Exception:
        logger.exception("Could not score or queue scoring of comment %s", comment.pk)
