from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "newsroom.api"
    label = "api"
    verbose_name = "Public API and embeddable thread"
