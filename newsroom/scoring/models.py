"""Scores of comments against the guideline clauses, the chief moderators' policy, and the model
versions the scorer has run with.

A Score is immutable like the comment it belongs to: it records what a given model said at the
time. It is deleted with its comment (CASCADE), so erasing a commenter erases their scores too.
"""

import json

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.core.inserts import FastInsertModel
from newsroom.guidelines.clauses import ABUSE, CLAUSES, THREAT


class ImmutableRecordError(Exception):
    """Raised when code tries to change a stored score: a new model means a new record, never an edit."""


class Score(FastInsertModel):
    class Status(models.TextChoices):
        SCORED = "scored", _("Scored")
        NOT_SCORED = "not_scored", _("Not scored")

    comment = models.OneToOneField(
        "comments.Comment", on_delete=models.CASCADE, primary_key=True, related_name="score"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SCORED)
    error = models.TextField(blank=True)  # why scoring failed, for moderators and operators
    language = models.CharField(max_length=8, blank=True, db_index=True)
    language_confidence = models.FloatField(null=True, blank=True)
    violation = models.FloatField(null=True, blank=True, db_index=True)
    # One column per clause (not only JSON) so the queue can order and filter by any clause in SQL,
    # the same way on SQLite and PostgreSQL. NULL = the model cannot judge it (e.g. no model for
    # the language), which is different from 0.
    profanity = models.FloatField(null=True, blank=True)
    vulgarity = models.FloatField(null=True, blank=True)
    threat = models.FloatField(null=True, blank=True)
    personal_attack = models.FloatField(null=True, blank=True)
    abuse = models.FloatField(null=True, blank=True)
    promotion = models.FloatField(null=True, blank=True)
    off_topic = models.FloatField(null=True, blank=True)
    abuse_kinds = models.JSONField(default=dict, blank=True)  # {sexism: p|None, ...}
    evidence = models.JSONField(default=list, blank=True)  # [{category, start, end, text}]
    relatedness = models.FloatField(null=True, blank=True)
    needs_human = models.BooleanField(default=False)
    top_clause = models.CharField(max_length=32, blank=True)  # highest-scoring clause, for `r`
    model_version = models.CharField(max_length=128, blank=True)
    duration_ms = models.FloatField(null=True, blank=True)  # time the scorer took, for operators
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        indexes = [
            models.Index(fields=["threat"]),
            models.Index(fields=["abuse"]),
        ]

    def __str__(self):
        if self.status == self.Status.NOT_SCORED:
            return f"Comment {self.comment_id}: not scored"
        return f"Comment {self.comment_id}: violation {self.violation:.2f} ({self.model_version})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableRecordError("A score is never changed after it is stored.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    @property
    def is_scored(self):
        return self.status == self.Status.SCORED

    @property
    def categories(self):
        return {clause: getattr(self, clause) for clause in CLAUSES}


def default_clause_policy():
    """Badges at the scorer's decision point (0.5); the urgent lane (first in the queue, whatever the
    other scores) for threats and identity-based abuse at 0.5; the senior lane on for threats and abuse
    only; no automatic rejection anywhere: the outlet's policy is that people moderate every comment."""
    policy = {}
    for clause in CLAUSES:
        policy[clause] = {
            "badge": 0.5,
            "urgent": 0.5 if clause in (THREAT, ABUSE) else None,
            "senior": 0.7 if clause in (THREAT, ABUSE) else None,
            "auto_reject": None,
        }
    return policy


class Policy(models.Model):
    """The one row of scoring policy (pk=1). Changes go through scoring.actions.update_policy,
    which audits every change with the old and new values."""

    clauses = models.JSONField(default=default_clause_policy)
    # Approve automatically when violation is at or below this; None = off (the default).
    auto_approve_below = models.FloatField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name_plural = "policy"

    def __str__(self):
        return "Scoring policy"

    _cached = None  # (monotonic time, policy) per process; see cached()
    CACHE_SECONDS = 5.0

    @classmethod
    def cached(cls):
        """The policy as read at most CACHE_SECONDS ago in this process: scoring a comment inside
        a reader's request should not cost a query. A change made in this process is seen at once
        (update_policy forgets the copy); other processes see it within CACHE_SECONDS."""
        import time

        entry = cls._cached
        if entry is not None and time.monotonic() - entry[0] < cls.CACHE_SECONDS:
            return entry[1]
        policy = cls.current()
        cls._cached = (time.monotonic(), policy)
        return policy

    @classmethod
    def forget_cached(cls):
        cls._cached = None

    _parsed = None  # (the row's clauses and auto-approve value as read, the policy made of them)

    @classmethod
    def thresholds(cls):
        """The current policy, for its thresholds only (no updated_at, no updated_by): read with one
        plain statement, and parsed only when it changed since the last read in this process. The
        submission path reads it for the queue entry's urgent lane: get_or_create's ORM query cost
        five times as much."""
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT clauses, auto_approve_below FROM scoring_policy WHERE id = 1")
            row = cursor.fetchone()
        if row is None:
            return cls.current()  # creates the row
        return cls.from_row(*row)

    # The same columns as scalar subqueries, for reading with a comment's checks (one statement).
    THRESHOLD_SUBQUERIES = {
        "policy_clauses": ("(SELECT clauses FROM scoring_policy WHERE id = 1)", []),
        "policy_below": ("(SELECT auto_approve_below FROM scoring_policy WHERE id = 1)", []),
    }

    @classmethod
    def from_row(cls, raw, below):
        """The policy of a stored row's clauses (JSON text or the parsed value) and auto-approve
        value, as thresholds() gives it; parsed again only when they changed since the last call."""
        from django.db import connection

        key = (raw if isinstance(raw, str) else json.dumps(raw, sort_keys=True), below)
        parsed = cls._parsed
        if parsed is not None and parsed[0] == key:
            return parsed[1]
        clauses = cls._meta.get_field("clauses").from_db_value(raw, None, connection) if isinstance(
            raw, str) else raw
        policy = cls(pk=1, clauses=clauses, auto_approve_below=below).with_defaults()
        cls._parsed = (key, policy)
        return policy

    @classmethod
    def current(cls):
        policy, _created = cls.objects.get_or_create(pk=1)
        return policy.with_defaults()

    def with_defaults(self):
        # A clause added to the vocabulary later gets the defaults rather than a KeyError.
        for clause, values in default_clause_policy().items():
            merged = dict(values)
            merged.update(self.clauses.get(clause, {}))
            self.clauses[clause] = merged
        return self

    def threshold(self, clause, kind):
        return self.clauses.get(clause, {}).get(kind)

    @property
    def auto_reject_on(self):
        return any(self.threshold(c, "auto_reject") is not None for c in CLAUSES)

    @property
    def auto_approve_on(self):
        return self.auto_approve_below is not None


class ModelVersion(models.Model):
    """A scorer model the newsroom has run or considered. The shipped model is registered on first
    use; retraining adds candidates with their comparison against the active model."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CANDIDATE = "candidate", _("Candidate (not better, kept for the record)")
        RETIRED = "retired", _("Retired")

    name = models.CharField(max_length=128)  # the scorer's "name@version"
    backend = models.CharField(max_length=255)  # dotted path of the scorer backend
    path = models.CharField(max_length=500, blank=True)  # model directory; blank = shipped model
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.CANDIDATE)
    shipped = models.BooleanField(default=False)
    # {"metric": ..., "held_out": n, "candidate": {...}, "active": {...}, "better": bool}
    comparison = models.JSONField(default=dict, blank=True)
    training = models.JSONField(default=dict, blank=True)  # what it was trained on (counts)
    created_at = models.DateTimeField(default=timezone.now)
    activated_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=models.Q(status="active"), name="one_active_model"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.status})"


class DailyCount(models.Model):
    """Daily roll-ups the dashboard reads instead of regrouping every comment (issue 13): one row
    per day, kind and key, kept up to date as comments are posted and decided
    (newsroom.scoring.rollups) and rebuilt for any days by `manage.py rollup_stats`.

    Kinds and keys: submitted <article id>; decision <outcome>|<language>|<human or system>;
    first "" (first decisions, the queue's outflow); wait <bin> (time from submission to the first
    decision, in 1/32-octave bins); agree <model action>|<human action>|<language> or "unscored"."""

    day = models.DateField()
    kind = models.CharField(max_length=16)
    key = models.CharField(max_length=64, blank=True)
    n = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "day", "key"], name="scoring_dailycount_unique")
        ]

    def __str__(self):
        return f"{self.day} {self.kind} {self.key}: {self.n}"


class QueueEntry(FastInsertModel):
    """One row per pending comment with the scores the queue orders and filters by, so its first,
    deep and last pages are read in order from an index of a few tens of thousands of narrow rows
    instead of sorting every pending comment joined with its score (issue 13: 1.2 s at 1M comments).

    Written in the transactions that store the facts (newsroom.scoring.queueing): created with a
    pending comment, filled in when its score is stored, deleted by its first decision (a decision
    that loses the race rolls the deletion back). `risk` is the violation score, or -1 until the
    comment is scored and for a comment marked "not scored", so those come last (a plain column
    and a plain index: SQLite cannot index NULLS LAST). Clause scores stay NULL then."""

    comment = models.OneToOneField(
        "comments.Comment", on_delete=models.CASCADE, primary_key=True, related_name="queue"
    )
    created_at = models.DateTimeField()
    urgent = models.BooleanField(default=False)  # over an urgent threshold of the current policy
    senior = models.BooleanField(default=False)  # over a senior-review threshold of the current policy
    language = models.CharField(max_length=8, blank=True, default="")  # the comment's language
    risk = models.FloatField(default=-1.0)
    profanity = models.FloatField(null=True, blank=True)
    vulgarity = models.FloatField(null=True, blank=True)
    threat = models.FloatField(null=True, blank=True)
    personal_attack = models.FloatField(null=True, blank=True)
    abuse = models.FloatField(null=True, blank=True)
    promotion = models.FloatField(null=True, blank=True)
    off_topic = models.FloatField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(models.F("urgent").desc(), models.F("risk").desc(), "created_at", "comment",
                         name="scoring_queue_risk"),
            models.Index(fields=["created_at", "comment"], name="scoring_queue_oldest"),
            # The senior lane in risk order, and its heading's count: a few hundred entries, not
            # all the pending comments hashed against the entries over the thresholds.
            models.Index(models.F("urgent").desc(), models.F("risk").desc(), "created_at", "comment",
                         condition=models.Q(senior=True), name="scoring_queue_senior"),
            # The queue of one language in risk order.
            models.Index("language", models.F("urgent").desc(), models.F("risk").desc(), "created_at",
                         "comment", name="scoring_queue_language"),
        ]

    def __str__(self):
        return f"queued comment {self.comment_id}"
