"""'With these thresholds, over the last N days of human decisions, how many comments would have
been decided automatically, and how many of those against the moderators' actual decision?'

The actual decision of a comment is the last decision a human made on it inside the window (so a
reversal counts as the moderators' final word). System decisions (bans, automatic policy) are not
labels and are left out. A comment without a score, or marked "not scored", is never decided
automatically; it is counted apart.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from newsroom.guidelines.clauses import CLAUSES, clause_of

from .actions import automatic_decision


@dataclass
class Thresholds:
    """The part of a policy the simulation needs, given by the form rather than stored."""

    auto_reject: dict = field(default_factory=dict)  # clause -> threshold or None
    auto_approve_below: float | None = None

    def threshold(self, clause, kind):
        return self.auto_reject.get(clause) if kind == "auto_reject" else None

    @classmethod
    def from_policy(cls, policy):
        return cls(
            auto_reject={c: policy.threshold(c, "auto_reject") for c in CLAUSES},
            auto_approve_below=policy.auto_approve_below,
        )


SAMPLE = 5_000  # the simulation reads at most this many of the window's most recent human decisions


def human_labels(days, now=None, limit=None):
    """[(comment, final human Decision)] for comments a human decided in the last `days` days,
    from the `limit` most recent human decisions of the window (all of them when limit is None)."""
    from newsroom.moderation.models import Decision

    now = now or timezone.now()
    since = now - timedelta(days=days)
    decisions = (
        Decision.objects.filter(moderator__isnull=False, created_at__gte=since, created_at__lte=now)
        .select_related("comment", "comment__score")
        .order_by("-created_at", "-pk")
    )
    if limit is not None:
        decisions = decisions[:limit]
    final = {}
    for decision in reversed(list(decisions)):
        final[decision.comment_id] = decision  # later ones overwrite earlier ones
    # An undone decision put the comment back in the queue: it is not a final decision.
    return [(d.comment, d) for d in final.values() if d.action != "undo"]


def _more_than(sample, days, now=None):
    """Whether the window holds more than `sample` human decisions (reads one row past them)."""
    from newsroom.moderation.models import Decision

    now = now or timezone.now()
    window = Decision.objects.filter(moderator__isnull=False, created_at__gte=now - timedelta(days=days),
                                     created_at__lte=now)
    return window.order_by("-created_at", "-pk")[sample:sample + 1].exists()


def _empty():
    return {"decided": 0, "auto_reject": 0, "auto_approve": 0, "against": 0, "not_scored": 0}


def simulate(thresholds, days, now=None, sample=None):
    """The figures, overall, per clause and per language (see module docstring).

    Per clause: `human_rejects` = comments the moderators rejected under that clause;
    `auto_reject` = comments this clause's threshold would have rejected, of which `wrong_rejects`
    the moderators approved; `missed` = comments the moderators rejected under that clause that the
    auto-approve threshold would have approved.
    """
    total = _empty()
    per_language = defaultdict(_empty)
    per_clause = {
        c: {"human_rejects": 0, "auto_reject": 0, "wrong_rejects": 0, "missed": 0} for c in CLAUSES
    }
    sample = sample or SAMPLE
    labels = human_labels(days, now, limit=sample)
    sampled = _more_than(sample, days, now)
    for comment, decision in labels:
        score = getattr(comment, "score", None)
        language = (score.language if score is not None and score.language else comment.language) or "?"
        human_clause = clause_of(decision.reason) if decision.action == "reject" else None
        rows = (total, per_language[language])
        for row in rows:
            row["decided"] += 1
        if human_clause in per_clause:
            per_clause[human_clause]["human_rejects"] += 1
        if score is None or not score.is_scored:
            for row in rows:
                row["not_scored"] += 1
            continue
        verdict = automatic_decision(score, thresholds)
        if verdict is None:
            continue
        action, clause, _value = verdict
        against = action != decision.action
        for row in rows:
            row[f"auto_{action}"] += 1
            row["against"] += int(against)
        if action == "reject":
            per_clause[clause]["auto_reject"] += 1
            per_clause[clause]["wrong_rejects"] += int(against)
        elif against and human_clause in per_clause:
            per_clause[human_clause]["missed"] += 1
    for row in (total, *per_language.values()):
        automatic = row["auto_reject"] + row["auto_approve"]
        row["automatic"] = automatic
        row["share_automatic"] = automatic / row["decided"] if row["decided"] else None
        row["share_against"] = row["against"] / automatic if automatic else None
    return {
        "days": days,
        # The figures come from the `sample` most recent human decisions when the window holds more.
        "sampled": sampled,
        "sample": sample,
        "total": total,
        "per_language": dict(sorted(per_language.items())),
        "per_clause": per_clause,
    }
