"""Every state change of the scoring app goes through one of these functions: each checks, changes,
writes the audit entry (newsroom.moderation.audit.record) and leaves views thin.

- score_comment: store the Score of a new comment (or a "not scored" record), then apply_policy.
- apply_policy: the optional automatic decisions, through moderation.actions.decide(system=True).
- update_policy: chief moderators' thresholds, validated to [0, 1], every change audited.
- activate_model / rollback_model: which trained model version scores new comments.
"""

import logging
import math
import time
from collections import OrderedDict
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags

from newsroom.guidelines.clauses import CLAUSES

from .engine import ScorerUnavailable, clear_cache, get_scorer
from .models import ModelVersion, Policy, Score
from .permissions import is_chief

logger = logging.getLogger(__name__)

_article_text_cache = OrderedDict()  # (article id, last published) -> plain text, bounded


UNKNOWN = object()


def article_text(article_id, published=UNKNOWN):
    """The article's words (title, summary, body without markup), which the scorer uses to judge
    relatedness. Read as plain values (building a Wagtail page object costs several ms inside a
    reader's request) and cached per published revision, so stripping a long body happens once.
    `published`: the article's last_published_at when the caller has it (the comment POST's article
    look-up reads it), which spares a query."""
    if article_id is None:
        return None
    from newsroom.articles.models import ArticlePage

    if published is UNKNOWN:
        # Which revision is live decides the cache entry; asking for just that, in plain SQL, costs
        # 0.03 ms where the ORM query for the whole text cost 0.24 ms of every in-request scoring.
        with connection.cursor() as cursor:
            cursor.execute("SELECT last_published_at FROM wagtailcore_page WHERE id = %s", [article_id])
            found = cursor.fetchone()
        if found is None:
            return None
        published = found[0]
    key = (article_id, published)
    text = _article_text_cache.get(key)
    if text is None:
        row = ArticlePage.objects.filter(pk=article_id).values_list("title", "summary", "body").first()
        if row is None:
            return None  # not an article
        title, summary, body = row
        # The scorer featurises each article text it is given (and keeps the result), at a cost
        # that grows with its length (about 30 ms for the whole 4,600-character seed article). The
        # title, the summary and the opening of the body say what the article is about; the rest
        # adds cost, not meaning.
        limit = int(getattr(settings, "SCORING_ARTICLE_CHARS", 1500))
        parts = [title or "", summary or "", strip_tags(str(body or ""))[:limit]]
        text = "\n".join(p for p in parts if p)
        _article_text_cache[key] = text
        while len(_article_text_cache) > 256:
            _article_text_cache.popitem(last=False)
    return text


@contextmanager
def recomputable():
    """A transaction for work that can always be done again (a score: `manage.py score_pending`
    redoes it), so its commit need not wait for the disk. This saves a reader's request one fsync,
    on PostgreSQL and on SQLite; inside an outer transaction it changes nothing, since that
    transaction's commit decides."""
    outermost = not connection.in_atomic_block
    if outermost and connection.vendor == "sqlite":
        # SQLite's setting is per connection and cannot change inside a transaction. In WAL mode the
        # next ordinary commit's sync makes this one durable too.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous")
            (previous,) = cursor.fetchone()
            cursor.execute("PRAGMA synchronous = NORMAL")
        try:
            with transaction.atomic():
                yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA synchronous = {int(previous)}")
        return
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        yield


def _prob(value):
    """A probability from the scorer, or None when it cannot judge. Anything else is a scorer bug."""
    if value is None:
        return None
    value = float(value)
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"score out of [0, 1]: {value!r}")
    return value


def _record_from_result(comment, result, duration_ms):
    categories = result.get("categories") or {}
    clause_scores = {clause: _prob(categories.get(clause)) for clause in CLAUSES}
    judged = {c: p for c, p in clause_scores.items() if p is not None}
    top_clause = max(judged, key=judged.get) if judged else ""
    evidence = []
    for span in result.get("evidence") or []:
        start, end = int(span["start"]), int(span["end"])
        if 0 <= start < end <= len(comment.body):
            evidence.append(
                {"category": str(span.get("category", "")), "start": start, "end": end,
                 "text": comment.body[start:end]}
            )
    return Score(
        comment=comment,
        status=Score.Status.SCORED,
        language=str(result.get("language") or "")[:8],
        language_confidence=_prob(result.get("language_confidence")),
        violation=_prob(result.get("violation")),
        abuse_kinds={k: _prob(v) for k, v in (result.get("abuse") or {}).items()},
        evidence=evidence,
        relatedness=_prob(result.get("relatedness")),
        needs_human=bool(result.get("needs_human")),
        top_clause=top_clause,
        model_version=str(result.get("model") or "")[:128],
        duration_ms=duration_ms,
        **clause_scores,
    )


def _store(score):
    """Insert the score. If a row is already there: a scored one wins (a second worker scored the
    same comment); a "not scored" marker from an earlier failure is replaced by a real score."""
    for _attempt in range(2):
        try:
            with recomputable():
                score.save()
            return score
        except IntegrityError:
            existing = Score.objects.filter(pk=score.comment_id).first()
            if existing is None:
                continue  # erased meanwhile or raced: try once more
            if existing.is_scored or not score.is_scored:
                return existing
            # A retry after a failure replaces the "not scored" marker; scored records never change.
            Score.objects.filter(pk=score.comment_id, status=Score.Status.NOT_SCORED).delete()
    return Score.objects.filter(pk=score.comment_id).first() or score


def prepare_score(comment, *, scorer=None, published=UNKNOWN):
    """Run the scorer on one comment (stored or not yet) and return (Score, unavailable): the
    unsaved record, a "not scored" one when the scorer failed, and the ScorerUnavailable (missing
    or corrupt model) when that was the failure, else None. Never raises.

    The evidence spans are computed here, for the flagged comments only (the scorer's rule): the
    stored record is what the model said when the comment arrived."""
    started = time.perf_counter()
    try:
        scorer = scorer or get_scorer()
        text = article_text(comment.article_id, published)
        results = scorer.score([{"text": comment.body, "article": text}])
        if len(results) != 1:
            raise ValueError(f"scorer returned {len(results)} results for 1 comment")
        if results[0].get("error"):
            # A backend that could not score (e.g. the HTTP service timed out) says so; that is
            # "not scored", never a low score.
            return Score(comment=comment, status=Score.Status.NOT_SCORED,
                         model_version=str(results[0].get("model") or "")[:128],
                         error=str(results[0]["error"])[:2000]), None
        return _record_from_result(comment, results[0], (time.perf_counter() - started) * 1000), None
    except ScorerUnavailable as exc:
        return Score(comment=comment, status=Score.Status.NOT_SCORED, error=str(exc)[:2000]), exc
    except Exception as exc:
        logger.exception("Scoring comment %s failed", comment.pk or "(not stored yet)")
        return Score(comment=comment, status=Score.Status.NOT_SCORED,
                     error=f"{type(exc).__name__}: {exc}"[:2000]), None


def score_comment(comment, *, scorer=None, apply=True):
    """Score one comment and store the record; then apply the (optional) automatic policy.

    A failure of the scorer stores a "not scored" record with the error and leaves the comment
    pending. ScorerUnavailable (missing or corrupt model) is re-raised after that, so a worker can
    stop with a clear message; any other failure is logged and swallowed: the reader never waits on
    it and the comment is simply moderated without a score.
    """
    # No look-up first: a new comment has no score, and _store() settles the rare retry.
    score, unavailable = prepare_score(comment, scorer=scorer)
    score = _store(score)
    if unavailable is not None:
        raise unavailable
    if apply and score.is_scored:
        apply_policy(comment, score)
    return score


def automatic_decision(score, policy):
    """What the policy would do with this score: ("reject", clause, p), ("approve", None, v) or None.

    Rejection is checked first (a comment over an auto-reject threshold is never auto-approved).
    Never approves a comment that needs a human or was not scored.
    """
    if score is None or not score.is_scored:
        return None
    over = []
    for clause in CLAUSES:
        threshold = policy.threshold(clause, "auto_reject")
        p = getattr(score, clause)
        if threshold is not None and p is not None and p >= threshold:
            over.append((p, clause))
    if over:
        p, clause = max(over)
        return ("reject", clause, p)
    if (
        policy.auto_approve_below is not None
        and not score.needs_human
        and score.violation is not None
        and score.violation <= policy.auto_approve_below
    ):
        return ("approve", None, score.violation)
    return None


def apply_policy(comment, score, policy=None):
    """Decide automatically if the chief moderators switched it on (off by default).

    The Decision is the system's (moderator=None, system=True), so a chief can reverse it like any
    other; an extra audit entry keeps the clause, the score and the model that drove it.
    """
    policy = policy or Policy.cached()
    if not (policy.auto_reject_on or policy.auto_approve_on):
        return None
    verdict = automatic_decision(score, policy)
    if verdict is None:
        return None
    action, clause, value = verdict
    from newsroom.moderation import actions as moderation_actions
    from newsroom.moderation.audit import record

    comment.refresh_from_db(fields=["status"])
    if comment.status != "pending":
        return None
    note = (
        f"Automatic: {clause} {value:.3f} (model {score.model_version})"
        if action == "reject"
        else f"Automatic: violation {value:.3f} (model {score.model_version})"
    )
    try:
        with transaction.atomic():  # the decision and its scoring audit entry stand or fall together
            decision = moderation_actions.decide(
                comment, None, action, reason=clause or "", note=note, system=True
            )
            record(
                None,
                f"scoring.auto_{action}",
                comment,
                clause=clause,
                score=round(value, 4),
                model=score.model_version,
                decision=decision.pk,
            )
    except moderation_actions.ModerationError:
        # Someone decided first: a human decision always wins.
        logger.info("Automatic %s of comment %s not applied", action, comment.pk, exc_info=True)
        return None
    return decision


# --- Policy -----------------------------------------------------------------------------------

THRESHOLD_KINDS = ("badge", "urgent", "senior", "auto_reject")


def parse_threshold(raw, label):
    """'' or None = off; otherwise a number in [0, 1]. Raises ValidationError naming the field."""
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "":
            return None
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ValidationError(f"{label}: '{raw}' is not a number.") from None
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise ValidationError(f"{label}: {raw} is outside [0, 1].")
    return value


def update_policy(user, clauses=None, auto_approve_below=..., *, badge_required=True):
    """Change thresholds. `clauses` is {clause: {kind: value}} with raw or parsed values.

    Only chief moderators may. Every value is checked before anything is stored; one audit entry
    lists every change (old and new).
    """
    if not is_chief(user):
        raise PermissionDenied("Only chief moderators change the scoring policy.")
    with transaction.atomic():
        Policy.objects.get_or_create(pk=1)  # the row must exist before it can be locked
        policy = Policy.objects.select_for_update().get(pk=1).with_defaults()
        merged = {clause: dict(values) for clause, values in policy.clauses.items()}
        changes = {}
        for clause, values in (clauses or {}).items():
            if clause not in CLAUSES:
                raise ValidationError(f"Unknown clause: {clause}.")
            for kind, raw in values.items():
                if kind not in THRESHOLD_KINDS:
                    raise ValidationError(f"Unknown threshold: {kind}.")
                value = parse_threshold(raw, f"{clause} {kind.replace('_', '-')}")
                if kind == "badge" and value is None and badge_required:
                    raise ValidationError(f"{clause} badge: a badge threshold is required.")
                old = merged[clause].get(kind)
                if old != value:
                    changes[f"{clause}.{kind}"] = {"old": old, "new": value}
                    merged[clause][kind] = value
        if auto_approve_below is not ...:
            value = parse_threshold(auto_approve_below, "auto-approve on violation")
            if value != policy.auto_approve_below:
                changes["auto_approve_below"] = {"old": policy.auto_approve_below, "new": value}
                policy.auto_approve_below = value
        if not changes:
            return policy, {}
        policy.clauses = merged
        policy.updated_at = timezone.now()
        policy.updated_by = user
        policy.save()
        from newsroom.moderation.audit import record

        record(user, "scoring.policy", policy, changes=changes)
        from .queueing import mark_lanes

        mark_lanes(policy)  # the queue's urgent and senior lanes follow the new thresholds
    Policy.forget_cached()
    return policy, changes


# --- Model versions ---------------------------------------------------------------------------


def register_shipped_model(scorer=None):
    """Make sure the shipped model has a ModelVersion row (active when nothing else is), so the
    versions page can always offer a rollback to it."""
    from .engine import configured_backend

    shipped = ModelVersion.objects.filter(shipped=True).first()
    if shipped:
        return shipped
    name = ""
    try:
        scorer = scorer or get_scorer()
        name = getattr(scorer, "model_name", "") or getattr(scorer, "name", "")
    except ScorerUnavailable:
        pass
    status = (
        ModelVersion.Status.RETIRED
        if ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).exists()
        else ModelVersion.Status.ACTIVE
    )
    return ModelVersion.objects.create(
        name=str(name or "shipped"), backend=configured_backend(), path="", shipped=True,
        status=status, activated_at=timezone.now() if status == "active" else None,
    )


def activate_model(user, version, *, reason="activate", check_permission=True):
    """Make `version` the model that scores new comments. Audited; the old one is retired."""
    if check_permission and not is_chief(user):
        raise PermissionDenied("Only chief moderators change the active model.")
    with transaction.atomic():
        previous = ModelVersion.objects.select_for_update().filter(
            status=ModelVersion.Status.ACTIVE
        ).first()
        if previous and previous.pk == version.pk:
            return version
        if previous:
            ModelVersion.objects.filter(pk=previous.pk).update(status=ModelVersion.Status.RETIRED)
        ModelVersion.objects.filter(pk=version.pk).update(
            status=ModelVersion.Status.ACTIVE, activated_at=timezone.now()
        )
        from newsroom.moderation.audit import record

        record(
            user, f"scoring.model_{reason}", version,
            model=version.name, previous=previous.name if previous else None,
            previous_id=previous.pk if previous else None,
        )
    clear_cache()
    version.refresh_from_db()
    return version


def rollback_model(user, version):
    """Go back to an earlier model version (any listed one, the shipped model included)."""
    return activate_model(user, version, reason="rollback")
