"""What the scores add to the moderator console's queue: risk ordering, a filter per clause, the
senior-review lane, and per-row badges with the evidence highlighted inside the escaped text.

The console (newsroom.moderation.views) owns the queue; it calls `arrange` on its queryset and the
row template uses the `scoring` template tags. Nothing here changes state.
"""

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from html import escape as html_escape

from django.db.models import Q
from django.template.defaultfilters import floatformat
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, override

from newsroom.core.keyset import Key, Keyset
from newsroom.guidelines.clauses import ABUSE, ABUSE_KINDS, CLAUSES, LABELS
from newsroom.moderation.hooks import QueueHook
from newsroom.moderation.keys import reason_key

from .models import Policy

ORDERS = ("risk", "oldest")
LANES = ("all", "urgent", "senior")


def lane_q(policy, lane, prefix="score__"):
    """Comments over the `lane` threshold ("urgent" or "senior") of any clause that has one: the urgent
    lane (threat and identity-based abuse by default: a missed threat is the worst failure a
    newsroom can have, so these come first) and the senior-review lane (threat and abuse). The
    queue keeps both as flags on each entry (newsroom.scoring.queueing.mark_lanes); this is how
    they are worked out."""
    q = Q(pk__in=[])
    for clause in CLAUSES:
        threshold = policy.threshold(clause, lane)
        if threshold is not None:
            q |= Q(**{f"{prefix}{clause}__gte": threshold})
    return q


# Keyset pagination (newsroom.core.keyset): every key is a column of QueueEntry (one narrow row per
# pending comment with its scores), so the queue is read in index order, not sorted in full.
OLDEST = (Key("queue__created_at", kind="datetime"), Key("queue__comment_id"))


def keyset(order="risk", clause=None):
    """The queue's order as keys: the clause's score, or the urgent lane then the violation score
    (`risk`: -1 for comments without a usable score, so they come last), then oldest first."""
    if clause in CLAUSES:
        return Keyset(Key(f"queue__{clause}", desc=True, nullable=True, kind="float"), *OLDEST)
    if order == "oldest":
        return Keyset(*OLDEST)
    return Keyset(Key("queue__urgent", desc=True, kind="bool"), Key("queue__risk", desc=True, kind="float"),
                  *OLDEST)


def entry_q(*, clause=None, lane="all", language=None, policy=None, prefix="queue__"):
    """The queue entries of a clause filter, a lane and a language, as a Q on `prefix` (a comment's
    "queue__", or "" on QueueEntry itself). The policy is read only for a clause: the lanes are
    flags kept on each entry (newsroom.scoring.queueing), the language the comment's, copied."""
    q = Q(**{f"{prefix}language": language}) if language else Q()
    if clause in CLAUSES:
        policy = policy or Policy.thresholds()  # one plain statement, parsed again only if changed
        badge = policy.threshold(clause, "badge")
        return q & Q(**{f"{prefix}{clause}__gte": badge if badge is not None else 0.5})
    if lane in ("senior", "urgent"):
        q &= Q(**{f"{prefix}{lane}": True})
    return q


def narrow(queryset, *, order="risk", clause=None, lane="all", policy=None, language=None):
    """The clause and lane filters of `arrange`, on the queue table, without ordering. `language`:
    the queryset is filtered by the comments' language already; the same filter on the queue
    entry's copy lets the risk order of one language be read from one index (scoring_queue_language)
    instead of hashing every entry with the language's pending comments."""
    queryset = queryset.filter(queue__isnull=False).select_related("score", "queue")
    return queryset.filter(entry_q(clause=clause, lane=lane, language=language, policy=policy))


def arrange(queryset, *, order="risk", clause=None, lane="all", policy=None, language=None):
    """Order and filter a queryset of pending comments by their scores.

    - order "risk" (default): the urgent lane first (threat or identity abuse over its threshold,
      whatever the other scores), then highest violation first; comments without a score (not yet
      scored or "not scored") come after the scored ones, oldest first, so none is forgotten.
    - order "oldest": submission time, as the console does without scores.
    - clause: only comments whose score on that clause is over its badge threshold, highest first.
    - lane "urgent": only the urgent lane; lane "senior": only comments over a senior-review threshold.
    """
    queryset = narrow(queryset, order=order, clause=clause, lane=lane, policy=policy, language=language)
    return queryset.order_by(*keyset(order, clause).ordering())


def _escape(segment, linebreaks):
    escaped = html_escape(segment)  # django's escape without its lazy-string wrapper: the same text
    return escaped.replace("\n", "<br>\n") if linebreaks else escaped


def highlight(text, evidence, linebreaks=False):
    """The text, escaped, with every evidence span wrapped in <mark> (and, with linebreaks, each
    newline followed by <br>, like the console's linebreaksbr).

    Each segment is escaped on its own and only our own <mark> and <br> tags are added, so nothing
    the commenter wrote can become markup. Overlapping spans are merged; spans outside the text are
    ignored.
    """
    spans = []
    for item in evidence or []:
        try:
            start, end = int(item["start"]), int(item["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text):
            spans.append((start, end, str(item.get("category", ""))))
    spans.sort()
    merged = []
    for start, end, category in spans:
        if merged and start <= merged[-1][1]:
            prev_start, prev_end, cats = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), cats | {category})
        else:
            merged.append((start, end, {category}))
    out, pos = [], 0
    for start, end, cats in merged:
        out.append(_escape(text[pos:start], linebreaks))
        title = ", ".join(str(LABELS.get(c, c)) for c in sorted(cats) if c)
        out.append(f'<mark title="{escape(title)}" data-clauses="{escape(" ".join(sorted(cats)))}">')
        out.append(_escape(text[start:end], linebreaks))
        out.append("</mark>")
        pos = end
    out.append(_escape(text[pos:], linebreaks))
    # Safe: every piece above is escaped or our own markup.
    return mark_safe("".join(out))  # nosec B308, B703


def reason_digit(reason):
    """The key that picks `reason` in the console (newsroom.moderation.keys)."""
    return reason_key(reason)


def row_info(comment, policy):
    """Everything a queue row shows about the comment's score, as plain data for the template."""
    # A missing reverse one-to-one raises RelatedObjectDoesNotExist, an AttributeError.
    score = getattr(comment, "score", None)
    info = {
        "score": score,
        "scored": bool(score and score.is_scored),
        "not_scored": bool(score and not score.is_scored),
        "pending_score": score is None,
        "badges": [],
        "senior": False,
        "urgent": False,
        "top_clause": "",
        "top_digit": "",
    }
    if not info["scored"]:
        return info
    for clause in CLAUSES:
        p = getattr(score, clause)
        badge = policy.threshold(clause, "badge")
        if p is not None and badge is not None and p >= badge:
            info["badges"].append({"clause": clause, "label": LABELS[clause], "p": p})
        urgent = policy.threshold(clause, "urgent")
        if p is not None and urgent is not None and p >= urgent:
            info["urgent"] = True
        senior = policy.threshold(clause, "senior")
        if p is not None and senior is not None and p >= senior:
            info["senior"] = True
    info["badges"].sort(key=lambda b: -b["p"])
    info["top_clause"] = suggested_reason(score, policy)
    info["top_digit"] = reason_digit(info["top_clause"])
    return info



def suggested_reason(score, policy):
    """The reason `r` pre-selects: the highest-scoring clause whose score passes that clause's badge
    threshold in the current policy (for abuse, the kind of abuse when its score passes it too);
    "" when no clause passes its threshold, so a harmless comment gets no suggestion."""
    if score is None or not score.is_scored:
        return ""
    best, best_p = "", None
    for clause in CLAUSES:
        p = getattr(score, clause)
        threshold = policy.threshold(clause, "badge")
        if p is None or threshold is None or p < threshold:
            continue
        if best_p is None or p > best_p:
            best, best_p = clause, p
    if best == ABUSE:
        threshold = policy.threshold(ABUSE, "badge")
        kinds = [(p, kind) for kind, p in (score.abuse_kinds or {}).items()
                 if kind in ABUSE_KINDS and p is not None and p >= threshold]
        if kinds:
            best = max(kinds)[1]
    return best


_FORMATTED = {}  # (language, value rounded to 2 places) -> text, at most 101 per language for scores


def _p(value, language):
    """A score with two decimals, as |floatformat:2 prints it in `language` (the active one): half
    up, the language's separator."""
    rounded = Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    key = (language, rounded)
    text = _FORMATTED.get(key)
    if text is None:
        text = floatformat(value, 2)
        if len(_FORMATTED) > 10_000:
            _FORMATTED.clear()
        _FORMATTED[key] = text
    return text


_BADGE_TEXTS = ("Scores", "not yet scored", "not scored", "urgent", "senior review", "needs human",
                "detected language", "violation", "risk", "relatedness to the article", "related")


@lru_cache(maxsize=32)
def _texts(language):
    """The badges' words and the clause labels in `language`, translated and escaped once."""
    with override(language):
        texts = {text: escape(gettext(text)) for text in _BADGE_TEXTS}
        texts.update({f"clause:{code}": escape(gettext(str(label))) for code, label in LABELS.items()})
    return texts


def _e(value):
    """django.utils.html.escape's text (html.escape of str(value)), without its lazy-string wrapper."""
    return html_escape(str(value))


def badges_html(info, language=None):
    """scoring/_badges.html for one row's `info` (row_info), in Python. Values are escaped.
    `language`: the active language, read once a page by the caller (None: read here)."""
    if not info:
        return ""
    language = language or get_language()
    t = _texts(language)
    out = [f'<div class="scoring-badges" aria-label="{t["Scores"]}">\n']
    score = info["score"]
    if info["pending_score"]:
        out.append(f'<span class="badge badge-muted">{t["not yet scored"]}</span>\n')
    elif info["not_scored"]:
        out.append(f'<span class="badge badge-warn" title="{_e(score.error)}">'
                   f'{t["not scored"]}</span>\n')
    else:
        if info["urgent"]:
            out.append(f'<span class="badge badge-urgent">{t["urgent"]}</span>')
        out.append("\n")
        if info["senior"]:
            out.append(f'<span class="badge badge-senior">{t["senior review"]}</span>')
        out.append("\n")
        for b in info["badges"]:
            p = _p(b["p"], language)
            clause = _e(b["clause"])
            label = t.get("clause:" + b["clause"]) or _e(gettext(str(b["label"])))
            out.append(f'<span class="badge badge-clause badge-{clause}" data-clause="{clause}" '
                       f'title="{p}">{label} {p}</span>\n')
        out.append("\n")
        if score.needs_human:
            out.append(f'<span class="badge badge-human">{t["needs human"]}</span>')
        confidence = score.language_confidence
        confidence = f" {_p(confidence, language)}" if confidence is not None else ""
        out.append(f'\n<span class="badge badge-lang" title="{t["detected language"]}">'
                   f'{_e(score.language or "?")}{confidence}</span>\n'
                   f'<span class="badge badge-risk" title="{t["violation"]}">'
                   f'{t["risk"]} {_p(score.violation, language)}</span>\n')
        if score.relatedness is not None:
            out.append(f'<span class="badge badge-related" title="{t["relatedness to the article"]}">'
                       f'{t["related"]} {_p(score.relatedness, language)}</span>')
        out.append("\n")
    out.append("</div>")
    # Safe: every value is escaped; the tags are our own.
    return mark_safe("".join(out))  # nosec B308, B703


class ScoringQueueHook(QueueHook):
    """The scoring app's queue hook (settings.MODERATION_QUEUE_HOOK): risk order, the clause filter
    and senior lane, badges on each row, evidence highlighted, and the suggested reason."""

    filter_template = "scoring/_queue_filters.html"
    row_template = "scoring/_badges.html"
    filter_keys = ("order", "clause", "lane")

    def arrange(self, queryset, filters):
        filters = filters or {}
        return arrange(queryset, order=filters.get("order") or "risk", clause=filters.get("clause"),
                       lane=filters.get("lane") or "all", language=filters.get("language"))

    def pending(self):
        """The comments with a queue entry: exactly the pending ones (an entry is written with a
        pending comment, and again by an undo, and deleted by its first decision, each in the
        transaction that changes the comment's status; newsroom.scoring.queueing). Not
        `status = 'pending'` as well: PostgreSQL, which cannot know that every entry is a pending
        comment, then expected 5% of them to be and hashed every pending comment with the entries
        (the queue of one language: 7,580 of each, 7-11 ms for a page of 51; docs/benchmarks.md,
        sixth pass)."""
        from newsroom.comments.models import Comment

        return Comment.objects.filter(queue__isnull=False)

    def counted(self, queryset, filters):
        """What the heading counts for a lane or clause: the queue entries themselves (one index
        of the few entries in a lane), unless the article or age filter, which the entries do not
        hold, needs the comments."""
        filters = filters or {}
        if filters.get("article") or filters.get("age"):
            return queryset
        from .models import QueueEntry

        return QueueEntry.objects.filter(entry_q(clause=filters.get("clause"), lane=filters.get("lane"),
                                                 language=filters.get("language"), prefix=""))

    def paged(self, queryset, filters):
        filters = filters or {}
        order = filters.get("order") or "risk"
        narrowed = narrow(queryset, order=order, clause=filters.get("clause"),
                          lane=filters.get("lane") or "all", language=filters.get("language"))
        return narrowed, keyset(order, filters.get("clause"))

    def row_html(self, comment, language=None):
        """The badges under a row's text, as scoring/_badges.html renders them, in Python (once per
        row of a 50-row page; see newsroom.moderation.rows)."""
        return badges_html(getattr(comment, "scoring_info", None), language)

    def decorate(self, comments):
        policy = Policy.thresholds()  # the stored policy, read with one plain statement (not the ORM's)
        for comment in comments:
            score = getattr(comment, "score", None)
            evidence = score.evidence if score is not None and score.is_scored else []
            comment.body_html = highlight(comment.body, evidence, linebreaks=True)
            comment.scoring_info = row_info(comment, policy)
            # row_info's top clause is suggested_reason(score, policy) ("" unscored): not twice.
            comment.suggested_reason = comment.scoring_info["top_clause"]
