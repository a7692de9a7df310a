from django.apps import AppConfig


class ScoringConfig(AppConfig):
    name = "newsroom.scoring"
    label = "scoring"
    verbose_name = "Comment scoring"

    def ready(self):
        from newsroom.comments.signals import comment_checked, comment_posted

        from .receivers import enqueue_scoring, score_before_storing

        comment_checked.connect(score_before_storing, dispatch_uid="scoring.score_before_storing")
        comment_posted.connect(enqueue_scoring, dispatch_uid="scoring.enqueue_scoring")

        from django.db.models.signals import post_save

        from newsroom.comments.models import Comment
        from newsroom.moderation.models import Decision

        from . import queueing, rollups
        from .models import Score

        post_save.connect(queueing.on_comment_saved, sender=Comment, dispatch_uid="scoring.queue_comment")
        post_save.connect(queueing.on_score_saved, sender=Score, dispatch_uid="scoring.queue_score")
        post_save.connect(queueing.on_decision_saved, sender=Decision, dispatch_uid="scoring.queue_decision")

        post_save.connect(rollups.on_comment_saved, sender=Comment, dispatch_uid="scoring.rollup_comment")
        post_save.connect(rollups.on_decision_saved, sender=Decision, dispatch_uid="scoring.rollup_decision")
