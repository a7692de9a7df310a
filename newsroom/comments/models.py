"""Reader comments. A comment is immutable once stored: only its status moves, and only inside
the transaction that appends a moderation Decision (see newsroom.moderation.actions)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies",
        help_text="The approved comment this one replies to (one level of replies).",
    )
    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), max_length=254)
    body = models.TextField(_("comment"))
    language = models.CharField(max_length=8, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )

    class Meta:
        ordering = ["created_at", "pk"]
        permissions = [("moderate_comments", "Can moderate comments")]
        indexes = [models.Index(fields=["article", "status", "created_at"])]

    def __str__(self):
        return f"Comment {self.pk} by {self.name} ({self.status})"
