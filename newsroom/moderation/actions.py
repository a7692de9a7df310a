"""Every change the moderation side makes goes through a function here. Each one checks the
permission and the current state, changes the state, writes the audit entry and sends the signal;
views, commands and other apps only call these.

Status transitions are guarded in SQL: the UPDATE names the status it expects, and a row count of
zero means someone else decided first, so two moderators can never both decide one comment.
"""

import hashlib
import logging
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.articles import counts as article_counts
from newsroom.articles import surrogates
from newsroom.comments import conf
from newsroom.comments.models import Ban, Comment, CommenterStats, Report, Trust, email_key
from newsroom.core.frontcache import purge
from newsroom.core.ids import parse_id
from newsroom.guidelines.clauses import REJECT_REASONS
from newsroom.moderation import audit, signals
from newsroom.moderation.models import Decision
from newsroom.moderation.signals import comment_decided

log = logging.getLogger(__name__)

MODERATE = "comments.moderate_comments"
REVERSE = "moderation.reverse_decision"
MANAGE_BANS = "comments.manage_bans"
PERSONAL_DATA = "moderation.erase_personal_data"

ACTIONS = {"approve": Comment.Status.APPROVED, "reject": Comment.Status.REJECTED,
           "undo": Comment.Status.PENDING}
UNDO_SECONDS = 10  # how long a moderator can take back their own decision with `u`


class ModerationError(Exception):
    status = 400

    def __init__(self, message):
        super().__init__(message)
        self.message = str(message)


class InvalidDecision(ModerationError):
    status = 400


class AlreadyDecided(ModerationError):
    """Someone decided first; `decision` is their Decision (None if the comment vanished)."""

    status = 409

    def __init__(self, message, decision=None):
        super().__init__(message)
        self.decision = decision


def _require(user, perm):
    if user is None or not user.is_active or not user.has_perm(perm):
        raise PermissionDenied(_("You do not have permission to do this."))


def _after_commit(decision, comment):
    # The front cache is purged by a receiver of comment_decided (newsroom.moderation.receivers).
    def run():
        comment_decided.send(sender=Decision, decision=decision, comment=comment)
        if conf.get("COMMENTS_NOTIFY_COMMENTER"):
            from newsroom.moderation.notify import notify_commenter

            notify_commenter(decision, comment)

    transaction.on_commit(run)


def _validate(action, reason):
    if action not in ("approve", "reject"):
        raise InvalidDecision(_("Unknown action: choose approve or reject."))
    if action == "reject":
        if reason not in REJECT_REASONS:
            raise InvalidDecision(_("Choose one of the guideline clauses as the reason for a rejection."))
        return reason
    if reason:
        raise InvalidDecision(_("An approval takes no reason."))
    return ""


def who_decided(comment_id):
    return Decision.objects.filter(comment_id=comment_id).select_related("moderator").order_by("-pk").first()


def _conflict(comment_id):
    first = who_decided(comment_id)
    if first is None:
        return AlreadyDecided(_("This comment no longer exists."), None)
    return AlreadyDecided(
        _("Already decided: %(who)s chose to %(action)s it at %(time)s.")
        % {
            "who": first.moderator_name,
            "action": first.get_action_display().lower(),
            "time": timezone.localtime(first.created_at).strftime("%Y-%m-%d %H:%M:%S"),
        },
        first,
    )


def _transition(comment, actor, action, reason, note, expected, audit_action):
    new_status = ACTIONS[action]
    try:
        with transaction.atomic():
            # The decision goes in first: the database trigger lets the status change only to what
            # the newest decision says. If the guarded UPDATE matches no row, the exception rolls
            # the decision back with it.
            decision = Decision.objects.create(
                comment_id=comment.pk, action=action, reason=reason, moderator=actor, note=note or ""
            )
            updated = Comment.objects.filter(pk=comment.pk, status=expected).update(status=new_status)
            if updated != 1:
                raise _Lost()
            # The article's approved and pending counts move in the same transaction as the status
            # (one statement on its row).
            article_counts.add(comment.article_id, **article_counts.status_deltas(expected, new_status))
            CommenterStats.add(comment.email, new_status, 1)  # the console's history column
            CommenterStats.add(comment.email, expected, -1)
            audit.record(
                actor,
                audit_action,
                comment,
                decision=decision.pk,
                article=comment.article_id,
                result=new_status,
                reason=reason,
                previous=expected,
                **({"undo_of": _undone(comment.pk, decision.pk)} if action == "undo" else {}),
                system=actor is None,
            )
            _after_commit(decision, comment)
    except _Lost:
        raise _conflict(comment.pk) from None
    comment.status = new_status  # keep the caller's instance truthful (never saved)
    return decision


def undo(decision, moderator, now=None):
    """Take back your own decision within UNDO_SECONDS: the comment goes back to the queue
    (pending). It appends an "undo" Decision and is audited as a reversal, like any reversal."""
    _require(moderator, MODERATE)
    now = now or timezone.now()
    if decision.moderator_id != moderator.pk or decision.action not in ("approve", "reject"):
        raise InvalidDecision(_("You can only undo a decision of your own."))
    if (now - decision.created_at).total_seconds() > UNDO_SECONDS:
        raise InvalidDecision(_("Too late to undo: a decision can be undone for %(n)d seconds.")
                              % {"n": UNDO_SECONDS})
    latest = who_decided(decision.comment_id)
    if latest is None or latest.pk != decision.pk:
        raise _conflict(decision.comment_id)
    comment = Comment.objects.get(pk=decision.comment_id)
    expected = ACTIONS[decision.action]
    return _transition(comment, moderator, "undo", "", f"undo of decision #{decision.pk}", expected,
                       "comment.reverse")


class _Lost(Exception):
    pass


def _undone(comment_id, undo_pk):
    previous = Decision.objects.filter(comment_id=comment_id, pk__lt=undo_pk).order_by("-pk").first()
    return previous.pk if previous else None


def decide(comment, moderator, action, reason="", note="", system=False):
    """Approve or reject a pending comment. `moderator=None, system=True` for automatic decisions."""
    if system:
        if moderator is not None:
            raise InvalidDecision("A system decision has no moderator.")
    else:
        _require(moderator, MODERATE)
    reason = _validate(action, reason)
    return _transition(comment, moderator, action, reason, note, Comment.Status.PENDING, f"comment.{action}")


def reverse(comment, moderator, reason="", note=""):
    """Chief moderators only: turn an approval into a rejection or back, by appending a Decision."""
    _require(moderator, REVERSE)
    current = Comment.objects.filter(pk=comment.pk).values_list("status", flat=True).first()
    if current is None:
        raise AlreadyDecided(_("This comment no longer exists."))
    if current == Comment.Status.PENDING:
        raise InvalidDecision(_("This comment is still pending: decide it instead of reversing."))
    action = "reject" if current == Comment.Status.APPROVED else "approve"
    reason = _validate(action, reason if action == "reject" else "")
    return _transition(comment, moderator, action, reason, note, current, "comment.reverse")


def bulk_decide(comment_ids, moderator, action, reason="", note=""):
    """Decide many pending comments; each one independently. Returns decided, conflicts, missing."""
    _require(moderator, MODERATE)
    reason = _validate(action, reason)
    result = {"decided": [], "conflicts": [], "missing": []}
    ids = []
    for raw in comment_ids:
        pk = parse_id(raw)  # out-of-range ids would overflow the database's integer
        if pk is None:
            result["missing"].append(str(raw)[:40])
        else:
            ids.append(pk)
    found = {c.pk: c for c in Comment.objects.filter(pk__in=ids)}
    for pk in ids:
        comment = found.get(pk)
        if comment is None:
            result["missing"].append(pk)
            continue
        try:
            decide(comment, moderator, action, reason=reason, note=note)
            result["decided"].append(pk)
        except AlreadyDecided as exc:
            result["conflicts"].append((pk, exc.message))
    return result


def _ban_audit_value(ban):
    # An email ban names a person: the audit trail keeps only a hash of it.
    if ban.kind == Ban.Kind.EMAIL:
        return "sha256:" + hashlib.sha256(ban.value.encode()).hexdigest()[:16]
    return ban.value


def add_ban(actor, kind, value, note=""):
    _require(actor, MANAGE_BANS)
    try:
        value = Ban.normalise(kind, value)
    except ValueError:
        raise InvalidDecision(_("This is not a valid email address, domain or network.")) from None
    with transaction.atomic():
        ban, created = Ban.objects.get_or_create(
            kind=kind, value=value, defaults={"note": note[:500], "created_by": actor}
        )
        if created:
            audit.record(actor, "ban.add", ban, kind=kind, value=_ban_audit_value(ban))
    return ban


def remove_ban(actor, ban):
    _require(actor, MANAGE_BANS)
    with transaction.atomic():
        audit.record(actor, "ban.remove", ban, kind=ban.kind, value=_ban_audit_value(ban))
        ban.delete()


def _comments_of(email):
    return Comment.objects.by_email(email)


def export_email(actor, email):
    """Everything stored about one email address, as JSON-ready data (audited)."""
    _require(actor, PERSONAL_DATA)
    comments = list(_comments_of(email).select_related("article").prefetch_related("decisions"))
    data = {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "comments": [
            {
                "id": c.pk,
                "article": c.article.title,
                "article_id": c.article_id,
                "parent": c.parent_id,
                "name": c.name,
                "email": c.email,
                "body": c.body,
                "language": c.language,
                "created_at": c.created_at.isoformat(),
                "ip_address": c.ip_address,
                "status": c.status,
                "decisions": [
                    {"action": d.action, "reason": d.reason, "created_at": d.created_at.isoformat()}
                    for d in c.decisions.all()
                ],
            }
            for c in comments
        ],
        "bans": [
            {"kind": b.kind, "value": b.value, "created_at": b.created_at.isoformat()}
            for b in Ban.objects.filter(kind=Ban.Kind.EMAIL, value=(email or "").strip().lower())
        ],
    }
    signals.personal_data_export.send(sender=Comment, email=email, bodies=[c.body for c in comments],
                                      data=data)
    audit.record(actor, "data.export", None, comments=len(comments))
    return data


def erase_email(actor, email):
    """Delete every comment stored for an email, with its decisions and scores. Other readers'
    replies to those comments stay (as top-level comments: parent is SET_NULL), since they are
    not this commenter's data. The audit entry keeps counts only, no personal data. Returns the
    number of comments deleted."""
    _require(actor, PERSONAL_DATA)
    with transaction.atomic():
        comments = _comments_of(email)
        ids = list(comments.values_list("pk", flat=True))
        articles = set(comments.values_list("article_id", flat=True))
        replies = Comment.objects.filter(parent_id__in=ids).exclude(pk__in=ids).count()
        # The chain links this erasure removes, so the hash chain still verifies across the gap.
        erased_links = [list(link) for link in Decision.objects.filter(comment_id__in=ids)
                        .order_by("seq").values_list("seq", "hash")]
        decisions = len(erased_links)
        counts = {}
        signals.personal_data_erase.send(sender=Comment, email=email, counts=counts,
                                         bodies=list(comments.values_list("body", flat=True)))
        kept = (
            comments.filter(status__in=(Comment.Status.APPROVED, Comment.Status.PENDING)).order_by()
            .values_list("article_id", "status").annotate(n=Count("pk"))
        )
        deltas = {}
        for article_id, status, n in kept:  # the counts kept with the articles
            deltas.setdefault(article_id, {})[status] = -n
        comments.delete()
        # After the comments' rows, as a decision takes them (its comment, then the article's counts):
        # the other order could deadlock with a decision on one of these comments.
        for article_id, delta in deltas.items():
            article_counts.add(article_id, **delta)
        CommenterStats.objects.filter(pk=email_key(email)).delete()
        audit.record(actor, "data.erase", None, comments=len(ids), replies_kept=replies, decisions=decisions,
                     erased_links=erased_links, **{k: v for k, v in counts.items() if v})
        # The erased comments leave the cached threads after commit (newsroom.core.frontcache).
        purge(*[surrogates.comments(article_id) for article_id in articles])
    return len(ids)


def purge_addresses(actor=None, days=None):
    """Clear the network address of comments older than `days` (default: the retention setting)."""
    if actor is not None:
        _require(actor, PERSONAL_DATA)
    days = conf.get("COMMENTS_ADDRESS_RETENTION_DAYS") if days is None else int(days)
    cutoff = timezone.now() - timedelta(days=days)
    with transaction.atomic():
        count = Comment.objects.filter(created_at__lt=cutoff, ip_address__isnull=False).update(
            ip_address=None
        )
        audit.record(actor, "data.purge_addresses", None, comments=count, days=days)
    return count


# --- Reader reports -------------------------------------------------------------------------

def resolve_reports(comment, moderator, action, reason="", note=""):
    """A moderator keeps a reported (published) comment, or rejects it under a clause. Either way
    the open reports are closed; a rejection appends a Decision like any other. Audited."""
    _require(moderator, MODERATE)
    if action not in ("keep", "reject"):
        raise InvalidDecision(_("Choose keep or reject."))
    now = timezone.now()
    with transaction.atomic():
        open_reports = Report.objects.filter(comment_id=comment.pk, resolution="")
        reasons = sorted(set(open_reports.values_list("reason", flat=True)))
        count = len(open_reports)
        if count == 0:
            raise AlreadyDecided(_("The reports on this comment were already dealt with."))
        if action == "keep":
            open_reports.update(resolution=Report.Resolution.KEPT, resolved_at=now)
            audit.record(moderator, "report.keep", comment, article=comment.article_id, reports=count,
                         reasons=reasons, note=note[:500])
            return None
        reason = _validate("reject", reason)
        decision = _transition(comment, moderator, "reject", reason, note, Comment.Status.APPROVED,
                               "report.reject")
        open_reports.update(resolution=Report.Resolution.REJECTED, resolved_at=now)
    return decision


# --- From a queue row: ban the commenter, or vouch for them ----------------------------------

def ban_commenter(actor, comment, kind, note=""):
    """Ban the author of `comment` by their email, its domain, or their network (/24 or /64)."""
    if kind == Ban.Kind.EMAIL:
        value = comment.email
    elif kind == Ban.Kind.DOMAIN:
        value = comment.email.rpartition("@")[2]
    elif kind == Ban.Kind.NETWORK:
        if not comment.ip_address:
            raise InvalidDecision(_("This comment's network address is no longer stored."))
        value = f"{comment.ip_address}/{64 if ':' in comment.ip_address else 24}"
    else:
        raise InvalidDecision(_("Choose to ban the email address, the domain or the network."))
    return add_ban(actor, kind, value, note)


def trust_commenter(actor, comment, note=""):
    """Mark the author of `comment` as trusted (by email), with a note. Audited without the email."""
    _require(actor, MANAGE_BANS)
    key = email_key(comment.email)
    with transaction.atomic():
        trust, created = Trust.objects.get_or_create(
            email=key, defaults={"note": note[:500], "created_by": actor}
        )
        if created:
            audit.record(actor, "commenter.trust", comment, article=comment.article_id, note=note[:500])
    return trust
