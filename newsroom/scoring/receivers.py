"""Signal receivers: every new comment is scored, or queued for scoring, as it is stored."""

import logging

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_scoring(sender, comment, **kwargs):
    """Runs inside the transaction that stores the comment (comment_posted). With the database
    backend the task row is written in that transaction, so it commits with the comment. In the
    request (the immediate backend) the comment is scored right after its commit; another queue
    (RQ) is a different system, so the task goes there after the commit, when a worker can see
    the comment.

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
        # After the commit: on SQLite the comment's transaction holds the database's one write lock,
        # and scoring inside it (0.4 ms of CPU) made the other workers queue behind it, which cost
        # a third of the submissions per second. The score commits on its own, without waiting for
        # the disk (actions.recomputable).
        transaction.on_commit(lambda: _score_in_request(comment))
    elif isinstance(backend, DatabaseBackend):
        _safely(comment, lambda: score_comment_task.enqueue(comment.pk))
    else:
        transaction.on_commit(lambda: _safely(comment, lambda: score_comment_task.enqueue(comment.pk)))


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
