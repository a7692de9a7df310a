"""The background task that scores a new comment (Django's Tasks framework via django-tasks).

With the immediate backend (the default) it runs inside the request, after the comment is committed;
with TASKS_BACKEND=database (or rq) a worker runs it and the reader does not wait.
"""

import logging
import os
import signal
import sys

from django_tasks import task, task_backends
from django_tasks.backends.immediate import ImmediateBackend

from .engine import ScorerUnavailable

logger = logging.getLogger(__name__)


def _in_worker(context):
    backend = task_backends[context.task_result.backend]
    return not isinstance(backend, ImmediateBackend)


def stop_worker(message):
    """Ask the worker process to stop after this task (SIGTERM is a graceful stop for both
    `manage.py db_worker` and RQ's worker). The tasks still queued stay queued, so the comments they
    belong to are scored once the model is fixed and the worker restarted."""
    sys.stderr.write(f"\nSCORING STOPPED: {message}\nComments stay pending until the model is fixed.\n")
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGTERM)


@task(takes_context=True)
def score_comment_task(context, comment_id):
    from newsroom.comments.models import Comment

    from . import actions

    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return "gone"  # erased before it was scored: nothing to keep
    try:
        score = actions.score_comment(comment)
    except ScorerUnavailable as exc:
        logger.critical("%s; comment %s left pending, marked not scored", exc, comment_id)
        if _in_worker(context):
            stop_worker(str(exc))
        raise
    return score.status


@task()
def retrain_task(user_id=None):
    from django.contrib.auth import get_user_model

    from .retraining import run_and_record

    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    version = run_and_record(user, log=logger.info)
    return {"version": version.pk, "better": version.comparison.get("better")}
