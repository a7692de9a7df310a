from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    name = "newsroom.articles"
    label = "articles"

    def ready(self):
        from . import editions, signals

        signals.connect()
        post_migrate.connect(editions.ensure_baseline, sender=self, dispatch_uid="articles.ensure_baseline")
