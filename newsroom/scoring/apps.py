from django.apps import AppConfig


class ScoringConfig(AppConfig):
    name = "newsroom.scoring"
    label = "scoring"
    verbose_name = "Comment scoring"

    def ready(self):
        from newsroom.comments.signals import comment_posted

        from .receivers import enqueue_scoring

        comment_posted.connect(enqueue_scoring, dispatch_uid="scoring.enqueue_scoring")
