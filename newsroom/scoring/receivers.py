"""Signal receivers: every new comment is scored once it is committed."""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def enqueue_scoring(sender, comment, **kwargs):
    """Score the new comment: in place when tasks run in the request (the immediate backend), else
    queue the task for a worker. Never raises: a reader's submission must not fail because scoring
    failed or could not be queued; the comment then stays pending, marked not scored, and
    `manage.py score_pending` catches up."""
    if not getattr(settings, "SCORING_ENABLED", True):
        return
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    from .actions import recomputable, score_comment
    from .tasks import score_comment_task

    try:
        if isinstance(task_backends[score_comment_task.backend], ImmediateBackend):
            # The same work the task does, without reloading the comment we hold and without the
            # task's bookkeeping: both were a fifth of an in-request submission.
            score_comment(comment)
        else:
            with recomputable():  # the comment itself was committed durably before this
                score_comment_task.enqueue(comment.pk)
    except Exception:
        logger.exception("Could not score or queue scoring of comment %s", comment.pk)
