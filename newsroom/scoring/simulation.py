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
from typing import NamedTuple

from django.utils import timezone

from newsroom.guidelines.clauses import CLAUSES, clause_of


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

class Label(NamedTuple):
    """A comment's final human decision in the window, and its score's values (`status` None: no
    score)."""

    comment_id: int
    action: str
    reason: str
    status: str | None
    language: str  # the score's detected language, else the comment's
    violation: float | None
    needs_human: bool | None
    clauses: tuple  # the score of each clause read (human_decisions' `clauses`), in that order


def _recent_decisions(since, until, limit, clauses):
    """[(decision id, comment id, action, reason, score status, language, violation, needs_human,
    *the scores of `clauses`)] of the human decisions from `since` to `until`, newest first, at most
    `limit` (None: all). One statement: the decisions read backwards through their created_at index, each
    with its comment's score by primary key (the ORM's `comment__score__...` joins the comments table
    too, a third more time at 1M comments for columns the simulation does not read)."""
    from django.db import connection

    from newsroom.moderation.models import Decision

    from .models import Score

    q = connection.ops.quote_name
    columns = "".join(f", s.{q(c)}" for c in clauses if c in CLAUSES)
    # Safe: table and column names come from the models and CLAUSES (quoted); the times and the
    # limit are parameters.
    sql = (
        f"SELECT d.id, d.comment_id, d.action, d.reason, s.status, s.language, s.violation,"  # nosec B608
        f" s.needs_human{columns}"
        f" FROM {q(Decision._meta.db_table)} d"
        f" LEFT JOIN {q(Score._meta.db_table)} s ON s.comment_id = d.comment_id"
        f" WHERE d.moderator_id IS NOT NULL AND d.created_at >= %s AND d.created_at <= %s"
        f" ORDER BY d.created_at DESC, d.id DESC"
    )
    adapt = connection.ops.adapt_datetimefield_value
    params = [adapt(since), adapt(until)]
    if limit is not None:
        sql += " LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def human_decisions(days, now=None, limit=None, clauses=CLAUSES):
    """(labels, sampled, oldest): the final human decision (a Label) of each comment a human decided
    in the last `days` days, read from the `limit` most recent human decisions of the window (all of
    them when limit is None); `sampled` says the window held more than `limit`; `oldest` is the time
    of the oldest decision read when it did (else None). Each label carries the scores of `clauses`
    (those a simulation's thresholds use: 5,000 rows of every clause's score cost a third of the
    page's time in reading them).

    The decisions and their scores are read in one statement, one row past the limit to know whether
    there were more; the comments only for the few whose score has no language (or who have no
    score), and the oldest decision's time only when sampled."""
    from newsroom.comments.models import Comment
    from newsroom.moderation.models import Decision

    now = now or timezone.now()
    clauses = [c for c in clauses if c in CLAUSES]
    rows = _recent_decisions(now - timedelta(days=days), now, None if limit is None else limit + 1, clauses)
    sampled = limit is not None and len(rows) > limit
    if sampled:
        rows = rows[:limit]
    final = {}
    for row in reversed(rows):
        final[row[1]] = row  # later ones overwrite earlier ones
    # An undone decision put the comment back in the queue: it is not a final decision.
    final = [row for row in final.values() if row[2] != "undo"]
    unlabelled = [row[1] for row in final if not row[5]]
    languages = {}
    if unlabelled:
        languages = dict(Comment.objects.filter(pk__in=unlabelled).values_list("pk", "language"))
    labels = [Label(comment, action, reason, status, language or languages.get(comment, ""), violation,
                    needs_human, tuple(clauses))
              for _pk, comment, action, reason, status, language, violation, needs_human, *clauses in final]
    oldest = None
    if sampled:
        oldest = Decision.objects.filter(pk=rows[-1][0]).values_list("created_at", flat=True).first()
    return labels, sampled, oldest


def rejecting(thresholds):
    """The clauses with an auto-reject threshold, in CLAUSES order: the scores a simulation reads."""
    return [c for c in CLAUSES if thresholds.threshold(c, "auto_reject") is not None]


def verdicts(thresholds, clauses=CLAUSES):
    """automatic_decision(score, thresholds) for a Label carrying the scores of `clauses` (which
    must hold every clause with an auto-reject threshold), as a function with the thresholds read
    once (5,000 labels asked each threshold 35,000 times). Held to automatic_decision by a test."""
    reject = [(i, clause, thresholds.threshold(clause, "auto_reject")) for i, clause in enumerate(clauses)]
    reject = [(i, clause, t) for i, clause, t in reject if t is not None]
    below = thresholds.auto_approve_below

    def verdict(label):
        if label.status != "scored":
            return None
        over = [(label.clauses[i], clause) for i, clause, t in reject
                if label.clauses[i] is not None and label.clauses[i] >= t]
        if over:
            p, clause = max(over)
            return ("reject", clause, p)
        if below is not None and not label.needs_human and label.violation is not None \
                and label.violation <= below:
            return ("approve", None, label.violation)
        return None

    return verdict


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
    now = now or timezone.now()
    clauses = rejecting(thresholds)
    labels, sampled, oldest = human_decisions(days, now, limit=sample, clauses=clauses)
    verdict_of = verdicts(thresholds, clauses)
    for decision in labels:
        language = decision.language or "?"
        human_clause = clause_of(decision.reason) if decision.action == "reject" else None
        rows = (total, per_language[language])
        for row in rows:
            row["decided"] += 1
        if human_clause in per_clause:
            per_clause[human_clause]["human_rejects"] += 1
        if decision.status != "scored":
            for row in rows:
                row["not_scored"] += 1
            continue
        verdict = verdict_of(decision)
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
        # The figures come from the `sample` most recent human decisions when the window holds more:
        # the decisions of `sampled_since` to `until` (the window's end), not all `days` days.
        "sampled": sampled,
        "sample": sample,
        "sampled_since": oldest,
        "until": now,
        "total": total,
        "per_language": dict(sorted(per_language.items())),
        "per_clause": per_clause,
    }
