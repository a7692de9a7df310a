"""Signal receivers: every new comment is queued for scoring once it is committed."""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def enqueue_scoring(sender, comment, **kwargs):
    """Queue the scoring task. Never raises: a reader's submission must not fail because scoring
    could not be queued; the comment then stays pending and `manage.py score_pending` catches up."""
    if not getattr(settings, "SCORING_ENABLED", True):
        return
    from .tasks import score_comment_task

    try:
        score_comment_task.enqueue(comment.pk)
    except Exception:
        logger.exception("Could not queue scoring of comment %s", comment.pk)
