from django.apps import AppConfig


class PerspectiveConfig(AppConfig):
    name = "newsroom.perspective"
    label = "perspective"
    verbose_name = "Perspective-compatible scoring API"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.moderation import signals

        from . import receivers

        signals.personal_data_export.connect(receivers.export_feedback, dispatch_uid="perspective.export")
        signals.personal_data_erase.connect(receivers.erase_feedback, dispatch_uid="perspective.erase")
