"""Daily roll-ups for the dashboard (DailyCount), so it reads a few hundred rows per window
instead of regrouping every comment against its decisions.

Kept up to date in the transactions that write the facts: a receiver of post_save on Comment (a
submission) and on Decision (a decision; it runs inside decide()'s transaction, so a decision that
loses the race rolls its counts back with it). `manage.py rollup_stats` rebuilds any range of days
from the comments and decisions (after an import, or to repair).
"""

import logging
import math
from collections import Counter
from datetime import timedelta

from django.db import connection, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from newsroom.guidelines.clauses import clause_of

log = logging.getLogger(__name__)

BINS_PER_OCTAVE = 32  # wait bins: about 2% wide, so a percentile read from them is within ~1%
MODEL_THRESHOLD = 0.5  # the agreement figure: violation >= 0.5 means the model would reject


def wait_bin(seconds):
    return round(math.log2(1 + max(seconds, 0)) * BINS_PER_OCTAVE)


def bin_seconds(index):
    return 2 ** (int(index) / BINS_PER_OCTAVE) - 1


def day_of(moment):
    return timezone.localdate(moment)


def add(counts):
    """Add a Counter of (day, kind, key) -> n to the roll-ups (insert or increment, one statement
    per row; SQLite and PostgreSQL both know ON CONFLICT)."""
    from .models import DailyCount

    table = connection.ops.quote_name(DailyCount._meta.db_table)
    rows = [(day, kind, key, n) for (day, kind, key), n in counts.items() if n]
    if not rows:
        return
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            values = ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
            # Safe: the table name comes from the model, VALUES holds only placeholders.
            cursor.execute(
                f"INSERT INTO {table} (day, kind, key, n) VALUES {values}"  # nosec B608
                f" ON CONFLICT (kind, day, key) DO UPDATE SET n = {table}.n + excluded.n",
                [v for row in chunk for v in row],
            )


def outcome(action, reason):
    return "approved" if action == "approve" else clause_of(reason or "") or "?"


def agree_key(action, language, score_status, violation, score_language):
    if score_status != "scored" or violation is None:
        return "unscored"
    model = "reject" if violation >= MODEL_THRESHOLD else "approve"
    return f"{model}|{action}|{score_language or language or '?'}"


def decision_counts(counts, *, decided_at, action, reason, language, human, first, submitted_at,
                    agree=None):
    day = day_of(decided_at)
    who = "human" if human else "system"
    counts[(day, "decision", f"{outcome(action, reason)}|{language or '?'}|{who}")] += 1
    if first:
        counts[(day, "first", "")] += 1
        counts[(day, "wait", str(wait_bin((decided_at - submitted_at).total_seconds())))] += 1
    if agree:
        counts[(day, "agree", agree)] += 1


def _score_of(comment_id):
    from .models import Score

    return Score.objects.filter(comment_id=comment_id).values_list("status", "violation", "language").first()


def record_decision(decision):
    """The roll-up rows one new decision adds. A human decision that replaces an earlier human
    decision (a reversal) takes the earlier one out of the agreement counts: they count each
    comment's final human decision, as the dashboard says."""
    from newsroom.comments.models import Comment
    from newsroom.moderation.models import Decision

    comment = Comment.objects.filter(pk=decision.comment_id).values_list("language", "created_at").first()
    if comment is None:
        return
    language, submitted_at = comment
    # The comment's decisions before this one, oldest first, leaving out undone pairs: an undo
    # (newsroom.moderation.actions.undo) takes back the decision before it.
    history = []
    for row in (
        Decision.objects.filter(comment_id=decision.comment_id).exclude(pk=decision.pk)
        .filter(pk__lt=decision.pk).order_by("pk")
        .values_list("created_at", "action", "reason", "moderator_id")
    ):
        if row[1] == "undo":
            if history:
                history.pop()
        else:
            history.append(row)
    score = _score_of(decision.comment_id) or (None, None, None)
    counts = Counter()
    if decision.action == "undo":
        if history:  # take the undone decision's counts back
            at, action, reason, moderator = history[-1]
            taken = Counter()
            human = moderator is not None
            decision_counts(taken, decided_at=at, action=action, reason=reason, language=language,
                            human=human, first=len(history) == 1, submitted_at=submitted_at,
                            agree=agree_key(action, language, *score) if human else None)
            counts.subtract(taken)
        add(counts)
        return
    human = decision.moderator_id is not None
    agree = None
    if human:
        agree = agree_key(decision.action, language, *score)
        previous = next(((at, action) for at, action, _r, who in reversed(history) if who is not None), None)
        if previous is not None:
            counts[(day_of(previous[0]), "agree", agree_key(previous[1], language, *score))] -= 1
    decision_counts(counts, decided_at=decision.created_at, action=decision.action, reason=decision.reason,
                    language=language, human=human, first=not history, submitted_at=submitted_at,
                    agree=agree)
    add(counts)


def _safely(work, what, one_statement=False):
    from newsroom.core.inserts import one_statement_guard

    try:
        # a savepoint (where one is needed, for work of one statement): a failure leaves the
        # caller's transaction usable
        with one_statement_guard() if one_statement else transaction.atomic():
            work()
    except Exception:
        # Never refuse a comment or a decision over a statistic; `rollup_stats` repairs it.
        log.exception("could not update the dashboard roll-ups for %s", what)


def on_comment_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        counts = Counter({(day_of(instance.created_at), "submitted", str(instance.article_id)): 1})
        _safely(lambda: add(counts), f"comment {instance.pk}", one_statement=True)  # one row: one INSERT


def on_decision_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _safely(lambda: record_decision(instance), f"decision {instance.pk}")


def rebuild(first_day=None, last_day=None):
    """Recompute the roll-ups of the days first_day..last_day (all days when both are None) from
    the comments and decisions. Returns the number of rows written."""
    from django.db.models import Count
    from django.db.models.functions import TruncDate

    from newsroom.comments.models import Comment
    from newsroom.moderation.models import Decision

    from .models import DailyCount

    def in_range(queryset, field):
        if first_day is not None:
            queryset = queryset.filter(**{f"{field}__gte": _start(first_day)})
        if last_day is not None:
            queryset = queryset.filter(**{f"{field}__lt": _start(last_day + timedelta(days=1))})
        return queryset

    counts = Counter()
    submitted = (
        in_range(Comment.objects.all(), "created_at").order_by()
        .annotate(day=TruncDate("created_at")).values_list("day", "article_id").annotate(n=Count("pk"))
    )
    for day, article_id, n in submitted:
        counts[(day, "submitted", str(article_id))] += n
    earliest = Decision.objects.filter(comment_id=OuterRef("comment_id")).order_by("created_at", "pk")
    last_human = earliest.filter(moderator__isnull=False).order_by("-created_at", "-pk")
    decisions = (
        in_range(Decision.objects.all(), "created_at").order_by()
        .annotate(first_pk=Subquery(earliest.values("pk")[:1]),
                  last_human_pk=Subquery(last_human.values("pk")[:1]))
        .values_list("pk", "created_at", "action", "reason", "moderator_id", "comment__language",
                     "comment__created_at", "first_pk", "last_human_pk", "comment__score__status",
                     "comment__score__violation", "comment__score__language")
    )
    for (pk, at, action, reason, moderator, language, submitted_at, first_pk, last_human_pk,
         status, violation, score_language) in decisions.iterator(chunk_size=10000):
        if action == "undo":  # (the decision it undid stays counted by a rebuild)
            continue
        human = moderator is not None
        agree = agree_key(action, language, status, violation, score_language) if (
            human and pk == last_human_pk) else None
        decision_counts(counts, decided_at=at, action=action, reason=reason, language=language, human=human,
                        first=pk == first_pk, submitted_at=submitted_at, agree=agree)
    with transaction.atomic():
        stale = DailyCount.objects.all()
        if first_day is not None:
            stale = stale.filter(day__gte=first_day)
        if last_day is not None:
            stale = stale.filter(day__lte=last_day)
        stale.delete()
        add(counts)
    return sum(1 for n in counts.values() if n)


def _start(day):
    from datetime import datetime, time

    return timezone.make_aware(datetime.combine(day, time.min))


def sums(kind, first_day, last_day):
    """[(day, key, n)] of one kind over a range of days."""
    from .models import DailyCount

    return list(
        DailyCount.objects.filter(kind=kind, day__gte=first_day, day__lte=last_day).exclude(n=0)
        .values_list("day", "key", "n")
    )


def wait_percentiles(first_day, last_day, qs=(50, 90)):
    """Percentiles of the time to decision from the wait bins of first_day..last_day, worked out in
    the database: ({day: {q: seconds}}, {q: seconds} over the whole range, count). A 90-day window
    holds tens of thousands of bins; reading them into Python to find two percentiles a day cost
    most of the dashboard (issue 13), so only the two bins around each percentile's rank come back.

    The same figures as newsroom.scoring.stats.weighted_percentile over the bins' (seconds, n)
    pairs: bins with n <= 0 left out, equal bins merged, rank (total - 1) * q / 100, linear
    interpolation between the bins at floor(rank) and the next rank. `count` is the sum of every
    bin, as the dashboard counted it."""
    from .models import DailyCount

    table = connection.ops.quote_name(DailyCount._meta.db_table)
    # The ranks each percentile needs (integer division: the floor of the rank), worked out once per
    # day in `c`, then compared with the running totals; sums cast to integers (PostgreSQL's SUM of
    # a bigint is a numeric, slow to compare row by row).
    ranks, picks = [], []
    for q in qs:
        low = f"((total - 1) * {int(q)}) / 100"
        ranks.append(f"{low} AS low_{int(q)},"
                     f" CASE WHEN {low} + 1 <= total - 1 THEN {low} + 1 ELSE total - 1 END AS high_{int(q)}")
        picks.append(f"MIN(CASE WHEN running > low_{int(q)} THEN k END),"
                     f" MIN(CASE WHEN running > high_{int(q)} THEN k END)")
    # Safe: the table name comes from the model and the percentiles are ints; days are parameters.
    # One statement, the window's bins read once: the figures of each day (part 0), of the whole
    # window (part 1) and the sum of every bin, as counted before (part 2).
    sql = (
        f"WITH every AS (SELECT day, CAST(key AS INTEGER) AS k, n FROM {table}"  # nosec B608
        f"  WHERE kind = 'wait' AND day >= %s AND day <= %s),"
        f" b AS (SELECT day, k, n FROM every WHERE n > 0),"
        f" r AS (SELECT day, k, CAST(SUM(n) OVER (PARTITION BY day ORDER BY k) AS BIGINT) AS running,"
        f"  CAST(SUM(n) OVER (PARTITION BY day) AS BIGINT) AS total FROM b),"
        f" c AS (SELECT day, k, running, total, {', '.join(ranks)} FROM r),"
        f" o AS (SELECT k, SUM(n) AS n FROM b GROUP BY k),"
        f" ro AS (SELECT k, CAST(SUM(n) OVER (ORDER BY k) AS BIGINT) AS running,"
        f"  CAST(SUM(n) OVER () AS BIGINT) AS total FROM o),"
        f" co AS (SELECT k, running, total, {', '.join(ranks)} FROM ro)"
        f" SELECT 0, day, MAX(total), {', '.join(picks)} FROM c GROUP BY day"
        f" UNION ALL SELECT 1, NULL, MAX(total), {', '.join(picks)} FROM co"
        f" UNION ALL SELECT 2, NULL, SUM(n), {', '.join(['NULL, NULL'] * len(qs))} FROM every"
    )

    def figures(row):
        total, keys = row[1], row[2:]
        if not total:
            return {q: None for q in qs}
        found = {}
        for i, q in enumerate(qs):
            rank = (int(total) - 1) * q / 100
            lo, hi = bin_seconds(keys[2 * i]), bin_seconds(keys[2 * i + 1])
            found[q] = float(lo + (hi - lo) * (rank - int(rank)))
        return found

    with connection.cursor() as cursor:
        cursor.execute(sql, [first_day, last_day])
        rows = cursor.fetchall()
    days = {_date(row[1]): figures(row[1:]) for row in rows if row[0] == 0}
    whole = next(figures(row[1:]) for row in rows if row[0] == 1)
    counted = next(row[2] for row in rows if row[0] == 2)
    return days, whole, int(counted or 0)


def _date(value):
    from datetime import date

    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def totals(kind, first_day, last_day, by):
    """[(day or key, n)] of one kind over a range of days, summed in the database by `by` ("day"
    or "key"): a 90-day window of per-article counts is 90 or ~300 rows, not 27,000."""
    from django.db.models import Sum

    from .models import DailyCount

    rows = (DailyCount.objects.filter(kind=kind, day__gte=first_day, day__lte=last_day).exclude(n=0)
            .order_by().values_list(by).annotate(total=Sum("n")))
    return list(rows)
