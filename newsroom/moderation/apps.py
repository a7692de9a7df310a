from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "newsroom.moderation"
    label = "moderation"
