from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ModerationConfig(AppConfig):
    name = "newsroom.moderation"
    label = "moderation"

    def ready(self):
        from newsroom.moderation.roles import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="moderation.ensure_groups")
