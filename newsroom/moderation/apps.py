from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ModerationConfig(AppConfig):
    name = "newsroom.moderation"
    label = "moderation"

    def ready(self):
        from newsroom.comments.signals import comment_posted
        from newsroom.moderation.receivers import apply_ban
        from newsroom.moderation.roles import on_post_migrate

        # Connected before the scoring app's receivers (INSTALLED_APPS order): a banned submission
        # is already rejected when it is scored.
        comment_posted.connect(apply_ban, dispatch_uid="moderation.apply_ban")
        from newsroom.moderation import receivers

        receivers.connect()

        from axes.signals import user_locked_out

        from newsroom.moderation.lockout import audit_lockout

        user_locked_out.connect(audit_lockout, dispatch_uid="moderation.audit_lockout")

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="moderation.ensure_groups")
