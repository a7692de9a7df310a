"""Figures for the chief moderators' dashboard, computed from the database (comments, decisions,
scores). Plain functions returning plain data; the view turns them into SVG charts and tables."""

from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import timedelta

from django.db.models import Count, Min, Q
from django.utils import timezone

from newsroom.guidelines.clauses import clause_of


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


def queue_size_series(days, now=None):
    """Pending comments at each boundary: submitted by then and not yet decided by then."""
    from newsroom.comments.models import Comment

    now = now or timezone.now()
    boundaries = _buckets(days, now)
    start = boundaries[0][0]
    rows = (
        Comment.objects.filter(created_at__lte=now)
        .annotate(first_decision=Min("decisions__created_at"))
        .filter(Q(first_decision__isnull=True) | Q(first_decision__gte=start))
        .values_list("created_at", "first_decision")
    )
    rows = list(rows)
    # One sorted pass instead of counting every comment at every boundary: a year of daily points
    # over many thousands of comments stays fast.
    created = sorted(c for c, _ in rows)
    decided = sorted(d for _, d in rows if d is not None)
    series = []
    for at, _step, fmt in boundaries:
        label = at.strftime(fmt) if at < now else "now"
        at = min(at, now)
        series.append((label, bisect_right(created, at) - bisect_right(decided, at)))
    return series


def decisions_breakdown(days, now=None):
    """Decisions in the window: per outcome clause ("approved" or the reject clause) and language."""
    from newsroom.moderation.models import Decision

    now = now or timezone.now()
    since = now - timedelta(days=days)
    per_clause, per_language = Counter(), Counter()
    human = system = 0
    for action, reason, language, moderator in Decision.objects.filter(
        created_at__gte=since, created_at__lte=now
    ).exclude(action="undo").values_list("action", "reason", "comment__language", "moderator_id"):
        per_clause["approved" if action == "approve" else clause_of(reason or "") or "?"] += 1
        per_language[language or "?"] += 1
        if moderator is None:
            system += 1
        else:
            human += 1
    return {
        "per_clause": per_clause.most_common(),
        "per_language": per_language.most_common(),
        "human": human,
        "system": system,
    }


def time_to_decision(days, now=None):
    """Seconds from submission to first decision, for comments first decided in the window:
    overall median and p90, and per day (or hour)."""
    from newsroom.comments.models import Comment

    now = now or timezone.now()
    boundaries = _buckets(days, now)
    since = now - timedelta(days=days)
    rows = list(
        Comment.objects.annotate(first_decision=Min("decisions__created_at"))
        .filter(first_decision__gte=since, first_decision__lte=now)
        .values_list("created_at", "first_decision")
    )
    waits = sorted((decided, (decided - created).total_seconds()) for created, decided in rows)
    times = [decided for decided, _ in waits]
    per_bucket = []
    for i, (at, _step, fmt) in enumerate(boundaries[1:], start=1):
        lo = boundaries[i - 1][0]
        inside = [w for _, w in waits[bisect_right(times, lo):bisect_right(times, at)]]
        per_bucket.append((lo.strftime(fmt), percentile(inside, 50), percentile(inside, 90)))
    values = [w for _, w in waits]
    return {
        "count": len(values),
        "median": percentile(values, 50),
        "p90": percentile(values, 90),
        "series": per_bucket,
    }


def agreement(days, now=None, threshold=0.5):
    """How often the model (violation >= threshold means "reject") agreed with the moderators'
    final human decision, overall and per language. Unscored comments are counted apart."""
    from .simulation import human_labels

    confusion = Counter()
    per_language = defaultdict(lambda: [0, 0])  # language -> [agreed, total]
    unscored = 0
    for comment, decision in human_labels(days, now):
        score = getattr(comment, "score", None)
        if score is None or not score.is_scored or score.violation is None:
            unscored += 1
            continue
        model = "reject" if score.violation >= threshold else "approve"
        confusion[(model, decision.action)] += 1
        lang = score.language or comment.language or "?"
        per_language[lang][1] += 1
        per_language[lang][0] += int(model == decision.action)
    total = sum(confusion.values())
    agreed = confusion[("reject", "reject")] + confusion[("approve", "approve")]
    return {
        "total": total,
        "agreed": agreed,
        "rate": agreed / total if total else None,
        "confusion": {f"model {m} / human {h}": n for (m, h), n in sorted(confusion.items())},
        "per_language": {k: (a / t if t else None, t) for k, (a, t) in sorted(per_language.items())},
        "unscored": unscored,
    }


def busiest_articles(days, now=None, limit=10):
    """Articles with the most comments submitted in the window, with how many still wait."""
    from newsroom.articles.models import ArticlePage

    now = now or timezone.now()
    since = now - timedelta(days=days)
    window = Q(comments__created_at__gte=since, comments__created_at__lte=now)
    return list(
        ArticlePage.objects.annotate(
            n=Count("comments", filter=window),
            pending=Count("comments", filter=window & Q(comments__status="pending")),
        )
        .filter(n__gt=0)
        .order_by("-n", "pk")[:limit]
    )
