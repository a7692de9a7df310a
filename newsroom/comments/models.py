"""Reader comments. A comment is immutable once stored: only its status moves, and only inside
the transaction that appends a moderation Decision (see newsroom.moderation.actions)."""

import ipaddress

from django.conf import settings
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.articles import counts
from newsroom.core.inserts import FastInsertModel


class ImmutableCommentError(Exception):
    """Raised when code tries to change a stored comment; only decide() moves its status."""


def email_key(email):
    """The form of an address that comments are matched by (Lower("email") in SQL): case does not
    make two commenters. Local parts are ASCII (Django's validator), so SQL LOWER, which is ASCII
    only in SQLite, and Python agree; domains are stored lower-cased by post_comment already."""
    return (email or "").strip().lower()


class CommentQuerySet(models.QuerySet):
    def by_email(self, email):
        """This commenter's comments, by the indexed Lower("email") (see Comment.Meta.indexes)."""
        return self.alias(email_key=Lower("email")).filter(email_key=email_key(email))

    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)


class Comment(FastInsertModel):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies",
        # SET_NULL: erasing one commenter must not delete other readers' replies; they stay, as
        # top-level comments (the trigger lets parent change only to NULL, for this).
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

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        permissions = [("moderate_comments", "Can moderate comments")]
        indexes = [
            models.Index(fields=["article", "status", "created_at"]),
            # Duplicate checks, commenter history and data-protection requests all look comments up
            # by address; without it each is a scan (a duplicate check scanned 10 minutes of posts).
            models.Index(Lower("email"), "created_at", name="comments_email_lower_created"),
            # Scale (issue 13; plans in docs/benchmarks.md): the approved and rejected lists page
            # by (created_at, id) within a status; the queue reads only the pending few percent;
            # the address purge finds the old rows that still hold an address.
            models.Index(fields=["status", "created_at", "id"], name="comments_status_created"),
            models.Index(fields=["created_at", "id"], condition=models.Q(status="pending"),
                         name="comments_pending_created"),
            models.Index(fields=["created_at"], condition=models.Q(ip_address__isnull=False),
                         name="comments_with_address"),
            # The console's language filter (the edition): the approved and rejected lists and the
            # queue count the comments of a status and language up to 10,001 for their heading (at
            # 1M a sequential scan until 10,001 rows matched, 36 ms, or a bitmap AND of the status and
            # language indexes over 170,000 rows, 57 ms; now an index-only range) and page them by
            # (created_at, id) within both. It serves the pending comments as well as a partial index
            # on them would, so there is no second one (plans in docs/benchmarks.md).
            models.Index(fields=["status", "language", "created_at", "id"], name="comments_status_language"),
        ]

    def __str__(self):
        return f"Comment {self.pk} by {self.name} ({self.status})"

    def save(self, *args, **kwargs):
        # Comments are never edited: the only writes after insert are the guarded status UPDATE in
        # newsroom.moderation.actions.decide() and the address purge, both done with .update().
        # The database triggers (migration 0002) refuse the same thing for raw SQL.
        if not self._state.adding:
            raise ImmutableCommentError("A stored comment cannot be changed; decide() moves its status.")
        # No savepoint inside a caller's transaction (post_comment's): a failure here fails it anyway.
        with transaction.atomic(savepoint=False):
            super().save(*args, **kwargs)
            # The article's pending count (a reader's comment) or approved one (imports and
            # fixtures): one INSERT ... ON CONFLICT, in the comment's transaction.
            counts.add(self.article_id, **counts.status_deltas(None, self.status))
            if self.status != Comment.Status.PENDING:
                CommenterStats.add(self.email, self.status, 1)


class CommenterStats(models.Model):
    """How many of one commenter's comments (by address, as email_key gives it) are approved and
    rejected: the console's history column reads one row per commenter shown, however many comments
    they wrote. Maintained with the status, in the same transaction: by the decision action
    (newsroom.moderation.actions), by a comment stored already decided, and by erasure (which
    deletes the row)."""

    email_key = models.CharField(max_length=254, primary_key=True)
    approved = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "commenter stats"

    def __str__(self):
        return f"{self.email_key}: {self.approved} approved, {self.rejected} rejected"

    @classmethod
    def add(cls, email, status, delta):
        """Add `delta` to the commenter's count for `status` (approved or rejected; others ignored)."""
        if status not in (Comment.Status.APPROVED, Comment.Status.REJECTED) or not delta:
            return
        key = email_key(email)
        rows = cls.objects.filter(pk=key)
        if rows.update(**{status: models.F(status) + delta}):
            return
        with transaction.atomic():  # a savepoint: a concurrent insert of the same row wins, then we add
            cls.objects.get_or_create(pk=key)
        rows.update(**{status: models.F(status) + delta})

    @classmethod
    def history(cls, emails):
        """{email_key: (approved, rejected)} for the given addresses (missing ones: no row)."""
        keys = {email_key(e) for e in emails}
        rows = cls.objects.filter(pk__in=keys).values_list("pk", "approved", "rejected")
        return {key: (approved, rejected) for key, approved, rejected in rows}


class Ban(models.Model):
    """A commenter the outlet refuses: by exact email, by email domain, or by IP network.
    Submissions that match are still stored, then rejected by the system with reason `banned`."""

    class Kind(models.TextChoices):
        EMAIL = "email", _("Email address")
        DOMAIN = "domain", _("Email domain")
        NETWORK = "network", _("IP network")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=254)
    note = models.CharField(_("internal note"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="comments_ban_unique")]
        permissions = [("manage_bans", "Can manage commenter bans")]

    def __str__(self):
        return f"{self.kind}:{self.value}"

    @staticmethod
    def normalise(kind, value):
        """The canonical stored form of a ban value; raises ValueError when it is not valid."""
        value = (value or "").strip().lower()
        if kind == Ban.Kind.EMAIL:
            if "@" not in value or value.startswith("@") or value.endswith("@") or len(value) > 254:
                raise ValueError("not an email address")
        elif kind == Ban.Kind.DOMAIN:
            value = value.lstrip("@")
            if not value or "@" in value or " " in value or "." not in value:
                raise ValueError("not an email domain")
        elif kind == Ban.Kind.NETWORK:
            value = str(ipaddress.ip_network(value, strict=False))
        else:
            raise ValueError("unknown ban kind")
        return value

    def matches(self, email, ip):
        email = (email or "").lower()
        if self.kind == Ban.Kind.EMAIL:
            return email == self.value
        if self.kind == Ban.Kind.DOMAIN:
            domain = email.rpartition("@")[2]
            return domain == self.value or domain.endswith("." + self.value)
        if self.kind == Ban.Kind.NETWORK and ip:
            try:
                return ipaddress.ip_address(ip) in ipaddress.ip_network(self.value)
            except ValueError:
                return False
        return False


class RateHit(models.Model):
    """One submission attempt, for rate limits when no Redis is configured. The key is a hash
    (of the IP or the email), so this table holds no personal data in clear."""

    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["key", "created_at"])]

    def __str__(self):
        return f"{self.key} at {self.created_at:%H:%M:%S}"


class Report(models.Model):
    """A reader's report that a published comment breaks a guideline clause. No account needed;
    the reporter is known only by a salted hash of their address (one report per comment each).
    The comment stays public until a moderator keeps or rejects it (moderation.actions)."""

    class Resolution(models.TextChoices):
        OPEN = "", _("Open")
        KEPT = "kept", _("Kept")
        REJECTED = "rejected", _("Rejected")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=32)  # a code of guidelines.clauses.REPORT_REASONS
    reporter_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    resolution = models.CharField(max_length=10, choices=Resolution.choices, blank=True, default="")
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter_key"], name="comments_report_once"),
        ]
        indexes = [models.Index(fields=["resolution", "comment"], name="comments_report_open")]

    def __str__(self):
        return f"Report on comment {self.comment_id}: {self.reason}"


class Trust(models.Model):
    """A commenter a moderator vouched for (by email), with a note. The console shows it on every
    row of theirs; it changes no decision by itself."""

    email = models.CharField(max_length=254, unique=True)  # email_key() form
    note = models.CharField(_("internal note"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"trusted commenter {self.pk}"
