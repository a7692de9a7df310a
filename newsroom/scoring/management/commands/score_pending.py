"""manage.py score_pending: score every pending comment that has no score or is marked "not scored"
(after a worker stopped on a missing model, or with scoring switched off for a while)."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from newsroom.comments.models import Comment
from newsroom.scoring.actions import score_comment
from newsroom.scoring.engine import ScorerUnavailable
from newsroom.scoring.models import Score


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        pending = Comment.objects.filter(status="pending").filter(
            Q(score__isnull=True) | Q(score__status=Score.Status.NOT_SCORED)
        ).order_by("created_at", "pk")
        done = failed = 0
        for comment in pending.iterator():
            try:
                score = score_comment(comment)
            except ScorerUnavailable as exc:
                raise CommandError(
                    f"{exc}\n{done} scored before the scorer failed; the rest stay pending."
                ) from exc
            if score.is_scored:
                done += 1
            else:
                failed += 1
        self.stdout.write(f"{done} scored, {failed} not scored")
