"""Usage of the scoring API per key and day, and the feedback clients send with suggestscore.

Feedback is a retraining source kept apart per key and community (communityId): each row says
which key and community it came from, so an outlet trains on the communities it trusts and erases
one community's feedback on its own. A request with doNotStore is never stored (protocol.suggest).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ScoringUsage(models.Model):
    key = models.ForeignKey("api.ApiKey", on_delete=models.CASCADE, related_name="scoring_usage")
    day = models.DateField(db_index=True)
    requests = models.PositiveIntegerField(default=0)  # answered (any status but 429)
    refused = models.PositiveIntegerField(default=0)  # over a quota (429)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "day"], name="perspective_usage_key_day")]
        verbose_name = _("scoring API usage")
        verbose_name_plural = _("scoring API usage")

    def __str__(self):
        return f"{self.key_id} {self.day}: {self.requests} (+{self.refused} refused)"


class Feedback(models.Model):
    key = models.ForeignKey("api.ApiKey", on_delete=models.SET_NULL, null=True, related_name="feedback")
    key_name = models.CharField(max_length=100, blank=True)  # kept when the key is deleted
    community_id = models.CharField(max_length=1000, blank=True, db_index=True)
    client_token = models.CharField(max_length=1000, blank=True)
    session_id = models.CharField(max_length=1000, blank=True)
    text = models.TextField()  # the comment as sent
    text_type = models.CharField(max_length=12, default="PLAIN_TEXT")
    plain_text = models.TextField(blank=True)  # what was scored (markup stripped)
    context = models.JSONField(default=list, blank=True)  # context.entries[].text
    scores = models.JSONField(default=dict)  # {attribute: suggested value}
    languages = models.JSONField(default=list, blank=True)  # as the client labelled it
    language = models.CharField(max_length=8, blank=True)  # as the scorer detected it
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("scoring API feedback")
        verbose_name_plural = _("scoring API feedback")

    def __str__(self):
        return f"Feedback {self.pk} from {self.key_name or '?'} ({self.community_id or 'no community'})"
