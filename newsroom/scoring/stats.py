"""Figures for the chief moderators' dashboard, computed from the database (comments, decisions,
scores). Plain functions returning plain data; the view turns them into SVG charts and tables."""

from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import timedelta
from itertools import accumulate

from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone

from . import rollups

EXACT_WAITS = 20_000  # time to decision: exact percentiles up to this many first decisions


def percentile(values, q):
    """The q-th percentile (0-100) by linear interpolation between closest ranks; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def _buckets(days, now):
    """Day boundaries for the window (hour boundaries when it is two days or less)."""
    if days <= 2:
        step, count, fmt = timedelta(hours=1), days * 24, "%H:00"
        end = now.replace(minute=0, second=0, microsecond=0) + step
    else:
        step, count, fmt = timedelta(days=1), days, "%m-%d"
        end = now.replace(hour=0, minute=0, second=0, microsecond=0) + step
    return [(end - step * (count - i), step, fmt) for i in range(count + 1)]


def _window_days(days, now):
    """The whole days the roll-ups cover for a window of `days` ending now (the partial first day
    included)."""
    return rollups.day_of(now - timedelta(days=days)), rollups.day_of(now)


def _first_decisions(since, now):
    """(submitted, first decided) of the comments first decided in [since, now]: the decisions in
    the window that are their comment's first, read through the created_at index, never a regroup
    of every comment."""
    from newsroom.moderation.models import Decision

    earliest = Decision.objects.filter(comment_id=OuterRef("comment_id")).order_by("created_at", "pk")
    return list(
        Decision.objects.filter(created_at__gte=since, created_at__lte=now)
        .filter(pk=Subquery(earliest.values("pk")[:1]))
        .values_list("comment__created_at", "created_at")
    )


def queue_size_series(days, now=None):
    """Pending comments at each boundary: the pending count now, minus what was submitted after
    the boundary, plus what was first decided after it. Daily points come from the roll-ups; the
    hourly points of a window of two days or less from that window's rows.

    The pending count is the one kept with the articles (newsroom.articles.counts.pending_total: a
    sum over one row per article), not a count of the queue, which grew with it (issue 13: 5 ms at
    44,000 pending, 35 ms at 222,000). It is the count at the time of the call; `now` places the
    boundaries."""
    from newsroom.articles.counts import pending_total
    from newsroom.comments.models import Comment

    now = now or timezone.now()
    boundaries = _buckets(days, now)
    start = boundaries[0][0]
    pending_now = pending_total()
    if days <= 2:
        created = sorted(Comment.objects.filter(created_at__gte=start, created_at__lte=now)
                         .values_list("created_at", flat=True))
        decided = sorted(d for _c, d in _first_decisions(start, now))
        later = [(at, len(created) - bisect_right(created, at), len(decided) - bisect_right(decided, at))
                 for at, _s, _f in boundaries]
    else:
        first_day, last_day = rollups.day_of(start), rollups.day_of(now)
        submitted, first = Counter(), Counter()
        for day, n in rollups.totals("submitted", first_day, last_day, "day"):
            submitted[day] += n
        for day, n in rollups.totals("first", first_day, last_day, "day"):
            first[day] += n
        later = [(at, sum(n for d, n in submitted.items() if d >= at.date()),
                  sum(n for d, n in first.items() if d >= at.date())) for at, _s, _f in boundaries]
    series = []
    for (at, _step, fmt), (_at, new, gone) in zip(boundaries, later, strict=True):
        if at >= now:
            series.append(("now", pending_now))
        else:
            series.append((at.strftime(fmt), max(pending_now - new + gone, 0)))
    return series


def decisions_breakdown(days, now=None):
    """Decisions in the window (whole days, from the roll-ups): per outcome clause ("approved" or
    the reject clause) and language, and how many by people and by the system."""
    now = now or timezone.now()
    per_clause, per_language = Counter(), Counter()
    human = system = 0
    for key, n in rollups.totals("decision", *_window_days(days, now), "key"):
        clause, language, who = key.split("|")
        per_clause[clause] += n
        per_language[language] += n
        if who == "human":
            human += n
        else:
            system += n
    return {
        "per_clause": per_clause.most_common(),
        "per_language": per_language.most_common(),
        "human": human,
        "system": system,
    }


def weighted_percentile(pairs, q):
    """percentile() over (value, count) pairs, without expanding them. Equal values are merged
    first (a 90-day window repeats the same few hundred wait bins on every day) and the rank is
    found by bisecting the running totals."""
    merged = Counter()
    for value, n in pairs:
        if n > 0:
            merged[value] += n
    if not merged:
        return None
    values = sorted(merged)
    running = list(accumulate(merged[v] for v in values))
    total = running[-1]
    rank = (total - 1) * q / 100
    low, high = int(rank), min(int(rank) + 1, total - 1)
    lo, hi = values[bisect_right(running, low)], values[bisect_right(running, high)]
    return float(lo + (hi - lo) * (rank - low))


def time_to_decision(days, now=None):
    """Seconds from submission to first decision, for comments first decided in the window:
    overall median and p90, and per day (or hour). Exact (from the window's decisions) while the
    window holds at most EXACT_WAITS first decisions or is two days or shorter; beyond that read
    from the roll-ups' wait bins (each about 2% wide)."""
    now = now or timezone.now()
    boundaries = _buckets(days, now)
    since = now - timedelta(days=days)
    first_day, last_day = _window_days(days, now)
    binned = None
    if days > 2:
        binned = rollups.wait_percentiles(first_day, last_day)
    if binned is None or binned[2] <= EXACT_WAITS:
        rows = _first_decisions(since, now)
        waits = sorted((decided, (decided - created).total_seconds()) for created, decided in rows)
        times = [decided for decided, _ in waits]
        per_bucket = []
        for i, (at, _step, fmt) in enumerate(boundaries[1:], start=1):
            lo = boundaries[i - 1][0]
            inside = [w for _, w in waits[bisect_right(times, lo):bisect_right(times, at)]]
            per_bucket.append((lo.strftime(fmt), percentile(inside, 50), percentile(inside, 90)))
        values = [w for _, w in waits]
        return {"count": len(values), "median": percentile(values, 50), "p90": percentile(values, 90),
                "series": per_bucket}
    # The wait bins' percentiles, per day and over the window, worked out in the database.
    by_day, whole, count = binned
    per_bucket = []
    for at, _step, fmt in boundaries[:-1]:
        found = by_day.get(at.date(), {})
        per_bucket.append((at.strftime(fmt), found.get(50), found.get(90)))
    return {"count": count, "median": whole[50], "p90": whole[90], "series": per_bucket}


def agreement(days, now=None, threshold=rollups.MODEL_THRESHOLD):
    """How often the model (violation >= 0.5 means "reject") agreed with the moderators' final
    human decision, overall and per language, from the roll-ups. Unscored comments are counted
    apart."""
    now = now or timezone.now()
    confusion = Counter()
    per_language = defaultdict(lambda: [0, 0])  # language -> [agreed, total]
    unscored = 0
    for key, n in rollups.totals("agree", *_window_days(days, now), "key"):
        if key == "unscored":
            unscored += n
            continue
        model, human, lang = key.split("|")
        confusion[(model, human)] += n
        per_language[lang][1] += n
        per_language[lang][0] += n if model == human else 0
    confusion = +confusion  # drop pairs a reversal took back to zero
    total = sum(confusion.values())
    agreed = confusion[("reject", "reject")] + confusion[("approve", "approve")]
    return {
        "total": total,
        "agreed": agreed,
        "rate": agreed / total if total else None,
        "confusion": {f"model {m} / human {h}": n for (m, h), n in sorted(confusion.items())},
        "per_language": {k: (a / t if t else None, t) for k, (a, t) in sorted(per_language.items()) if t},
        "unscored": unscored,
    }


def busiest_articles(days, now=None, limit=10):
    """Articles with the most comments submitted in the window (whole days, from the roll-ups),
    with how many of those still wait."""
    from newsroom.articles.models import ArticlePage
    from newsroom.comments.models import Comment

    now = now or timezone.now()
    first_day, last_day = _window_days(days, now)
    totals = Counter()
    for key, n in rollups.totals("submitted", first_day, last_day, "key"):
        totals[int(key)] += n
    top = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
    ids = [pk for pk, _n in top]
    pending = dict(
        Comment.objects.pending().filter(article_id__in=ids, created_at__gte=rollups._start(first_day))
        .order_by().values_list("article_id").annotate(n=Count("pk"))
    )
    articles = ArticlePage.objects.in_bulk(ids)
    found = []
    for pk, n in top:
        if pk in articles:
            article = articles[pk]
            article.n, article.pending = n, pending.get(pk, 0)
            found.append(article)
    return found
