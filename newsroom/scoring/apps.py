from django.apps import AppConfig


class ScoringConfig(AppConfig):
    name = "newsroom.scoring"
    label = "scoring"
