"""Moderation records. Decisions and audit entries are append-only: a reversal is a new Decision,
never an edit. The one deletion is a data-protection erasure, which is itself audited."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.guidelines.clauses import LABELS, REJECT_REASONS


class AppendOnlyError(Exception):
    """Raised when code tries to edit or delete a decision or an audit entry."""


class AppendOnlyModel(models.Model):
    """Rows are inserted, never changed; the triggers in migration 0003 say the same in SQL. Each
    row is a link of the tamper-evident hash chain (newsroom.moderation.chain): seq, prev_hash and
    hash are set when it is saved."""

    # Unique through a partial index (unique_seq() in each Meta): a plain unique column would make
    # SQLite rebuild the table, and drop its triggers with it.
    seq = models.BigIntegerField(null=True, blank=True, editable=False)
    # Nullable, like seq, so SQLite adds the columns in place (see above).
    prev_hash = models.CharField(max_length=64, null=True, blank=True, editable=False)
    hash = models.CharField(max_length=64, null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")
        from newsroom.moderation import chain

        chain.append(self, lambda: super(AppendOnlyModel, self).save(*args, **kwargs))

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")


def unique_seq(name):
    return models.UniqueConstraint(fields=["seq"], condition=models.Q(seq__isnull=False), name=name)


REASON_CHOICES = [(code, LABELS[code]) for code in REJECT_REASONS]


class Decision(AppendOnlyModel):
    class Action(models.TextChoices):
        APPROVE = "approve", _("Approve")
        REJECT = "reject", _("Reject")
        # A moderator's own undo within seconds of deciding: the comment goes back to the queue.
        UNDO = "undo", _("Undo")

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="decisions"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    reason = models.CharField(max_length=32, choices=REASON_CHOICES, blank=True)
    # None means the system decided (a ban or an automatic policy), never an anonymous human.
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("internal note"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [unique_seq("moderation_decision_unique_seq")]
        permissions = [
            ("reverse_decision", "Can reverse a moderation decision"),
            ("change_policy", "Can change the moderation policy"),
            ("erase_personal_data", "Can export and erase a commenter's data"),
        ]

    def __str__(self):
        return f"{self.action} {self.comment_id} ({self.reason or '-'})"

    @property
    def moderator_name(self):
        if self.moderator_id is None:
            return _("the system")
        return self.moderator.get_username()


class AuditEntry(AppendOnlyModel):
    """One line of the audit trail: who did what to which object, and the facts that mattered."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150, blank=True)  # kept if the user is deleted
    action = models.CharField(max_length=64, db_index=True)  # e.g. "comment.approve", "ban.add"
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [unique_seq("moderation_auditentry_unique_seq")]
        verbose_name_plural = "audit entries"
        # The trail's "object id" filter; without it, a search for one comment read the whole trail.
        # And the trail's own order, (created_at, id): on created_at alone, entries of the same
        # instant were sorted by id after the read (at 1M, 2,375 of them at the head of the trail,
        # 8.7 ms to show 100; docs/benchmarks.md).
        indexes = [models.Index(fields=["object_id", "created_at"], name="audit_object_created"),
                   models.Index(fields=["created_at", "id"], name="audit_created")]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name or 'system'} {self.action}"



class ChainHead(models.Model):
    """The newest link of the moderation hash chain (one row, pk=1). Appends lock it, so they are
    serialised; verify_audit checks that no link after it, or up to it, is missing."""

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    def __str__(self):
        return f"audit chain head #{self.seq}"
