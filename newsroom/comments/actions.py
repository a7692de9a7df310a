"""post_comment(): the one way a reader's comment enters the database.

It runs every check (closed article, honeypot, signed timestamp, field rules, duplicates, rate
limits), stores the comment as pending, and announces the comment with the comment_posted signal inside the
same transaction. Refusals raise CommentRefused with an HTTP status and a readable message; in
that case nothing was stored.
"""

import time
import unicodedata
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.comments import conf, limits
from newsroom.comments.models import Ban, Comment, Report, email_key
from newsroom.comments.signals import comment_checked, comment_posted, comment_reported
from newsroom.comments.tokens import read_token
from newsroom.guidelines.clauses import REPORT_REASONS


class CommentRefused(Exception):
    def __init__(self, message, status=400, code="invalid", errors=None):
        super().__init__(message)
        self.message = str(message)
        self.status = status
        self.code = code
        self.errors = errors or {}


ALLOWED_CONTROLS = {"\n", "\r", "\t"}


def _bad_characters(text, allow_newlines):
    """True when text holds control characters, lone surrogates or U+FFFD (what invalid UTF-8
    decodes to): none of these belong in a comment, and some break databases or terminals."""
    for ch in text:
        if ch == "\ufffd":
            return True
        category = unicodedata.category(ch)
        if category == "Cs":
            return True
        if category == "Cc" and not (allow_newlines and ch in ALLOWED_CONTROLS):
            return True
    return False


def clean_fields(name, email, body):
    """Normalised (name, email, body), or CommentRefused(400) listing every field's problem."""
    name = (name or "").strip()
    email = (email or "").strip()
    body = (body or "").replace("\r\n", "\n").strip()
    errors = {}
    if not name:
        errors["name"] = _("Please give your name.")
    elif len(name) > conf.NAME_MAX:
        errors["name"] = _("Your name can be at most %(max)d characters.") % {"max": conf.NAME_MAX}
    elif _bad_characters(name, allow_newlines=False):
        errors["name"] = _("Your name contains characters we cannot accept.")
    if not email:
        errors["email"] = _("Please give your email address. It is never shown publicly.")
    else:
        try:
            if len(email) > conf.EMAIL_MAX or _bad_characters(email, allow_newlines=False):
                raise ValidationError("bad")
            validate_email(email)
        except ValidationError:
            errors["email"] = _("Please give a valid email address.")
    if len(body) < conf.BODY_MIN:
        errors["body"] = _("Your comment must be at least %(min)d characters long.") % {"min": conf.BODY_MIN}
    elif len(body) > conf.BODY_MAX:
        errors["body"] = _("Your comment can be at most %(max)d characters long (it has %(n)d).") % {
            "max": conf.BODY_MAX,
            "n": len(body),
        }
    elif _bad_characters(body, allow_newlines=True):
        errors["body"] = _("Your comment contains control characters or invalid text we cannot accept.")
    if errors:
        raise CommentRefused(" ".join(str(e) for e in errors.values()), 400, "invalid", errors)
    local, _at, domain = email.rpartition("@")
    return name, f"{local}@{domain.lower()}", body


def check_form_token(article, token, now=None):
    data = read_token(token)
    if data is None or data[0] != article.pk:
        raise CommentRefused(
            _("This form is not valid any more. Please reload the page and post again."), 400, "token"
        )
    elapsed = (now or time.time()) - data[1]
    if elapsed < conf.get("COMMENTS_MIN_FORM_SECONDS"):
        raise CommentRefused(
            _("That was very fast. Please take a moment to read your comment, then post it again."),
            400,
            "too_fast",
        )
    if elapsed > conf.get("COMMENTS_FORM_MAX_AGE_SECONDS"):
        raise CommentRefused(
            _("This form has expired. Please reload the page and post again."), 400, "expired"
        )


def _check_parent(article, parent_id):
    if parent_id in (None, ""):
        return None
    try:
        parent = Comment.objects.get(pk=int(parent_id), article_id=article.pk)
    except (ValueError, TypeError, Comment.DoesNotExist):
        parent = None
    if parent is None or parent.status != Comment.Status.APPROVED or parent.parent_id is not None:
        raise CommentRefused(
            _("You can only reply to a published comment, and replies go one level deep."), 400, "parent"
        )
    return parent


def _ban_candidates_sql(email):
    """(sql, params) selecting (id, kind, value) of the bans this address could fall under: this
    address, its domain and parent domains, every network ban. Only these are read, so a long ban
    list costs an index look-up, not a scan; Ban.matches() stays the one definition of a match."""
    labels = email.rpartition("@")[2].split(".")
    domains = [".".join(labels[i:]) for i in range(len(labels))]
    # Raw SQL because this runs on every submission: the equivalent Q() filter took 0.3 ms to
    # build, ten times the query itself.
    # Safe: the f-string adds only "%s" placeholders, one per domain; every value is a parameter.
    sql = ("SELECT id, kind, value FROM comments_ban WHERE (kind = %s AND value = %s)"  # nosec B608
           f" OR (kind = %s AND value IN ({', '.join(['%s'] * len(domains))})) OR kind = %s")
    return sql, [Ban.Kind.EMAIL, email, Ban.Kind.DOMAIN, *domains, Ban.Kind.NETWORK]


def _first_match(rows, email, ip):
    for pk, kind, value in rows:
        ban = Ban(pk=pk, kind=kind, value=value)
        if ban.matches(email, ip):
            return ban
    return None


def matching_ban(email, ip):
    """The first ban this submission falls under, or None."""
    email = email_key(email)
    sql, params = _ban_candidates_sql(email)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return _first_match(cursor.fetchall(), email, ip)


def _submission_facts(email, body, since, ip, limit_sql, extra_sql=()):
    """What post_comment must know from the database, in one statement (one round trip): whether
    this commenter posted the same text since `since` (the duplicate check, by the indexed
    Lower("email")), the rate-limit counts when the limiter keeps them in the database (`limit_sql`,
    one scalar subquery per limit), the first ban this submission falls under, and what receivers
    of comment_checked asked to read with the checks (`extra_sql`, one scalar subquery each).
    Returns (duplicate, [counts], ban or None, [extra values])."""
    key = email_key(email)
    ban_sql, ban_params = _ban_candidates_sql(key)
    limit_sql = [*limit_sql, *extra_sql]
    counts = "".join(f", {sql}" for sql, _ in limit_sql)
    blanks = ", NULL" * len(limit_sql)
    # The first row carries the duplicate flag and the counts; every other row is a candidate ban.
    # Safe: the f-string adds only constant SQL with "%s" placeholders; every value is a parameter.
    sql = (
        "SELECT NULL, NULL, NULL, CASE WHEN EXISTS (SELECT 1 FROM comments_comment"  # nosec B608
        " WHERE LOWER(email) = %s AND created_at >= %s AND body = %s) THEN 1 ELSE 0 END"
        f"{counts} UNION ALL SELECT c.id, c.kind, c.value, NULL{blanks} FROM ({ban_sql}) c"
    )
    params = [key, connection.ops.adapt_datetimefield_value(since), body,
              *(value for _, values in limit_sql for value in values), *ban_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    first = next(row for row in rows if row[0] is None)
    bans = [row[:3] for row in rows if row[0] is not None]
    values = list(first[4:])
    split = len(values) - len(extra_sql)
    return bool(first[3]), values[:split], _first_match(bans, key, ip), values[split:]


def post_comment(article, *, name, email, body, parent_id=None, ip_address=None, token=None,
                 honeypot="", check_token=True):
    """Check and store one reader comment on `article` (an ArticlePage, or the POST's
    CommentTarget from newsroom.articles.lookup: anything with pk, live, comments_open and
    language); returns the Comment (status pending, or rejected when the commenter is banned).
    Raises CommentRefused, storing nothing, on any refusal.

    The database sees one transaction with one commit: the duplicate check, the rate-limit counts
    and the ban look-up in one statement (after the limiter's per-key locks), then the inserts.
    Receivers of comment_checked (the in-request scorer) run before it, outside the transaction, so
    their CPU never holds SQLite's one write lock."""
    if article is None:
        raise CommentRefused(_("This article does not exist."), 404, "not_found")
    if not getattr(article, "live", True):
        raise CommentRefused(_("This article does not exist."), 404, "not_found")
    if not article.comments_open:
        raise CommentRefused(_("Comments are closed on this article."), 403, "closed")
    if honeypot:
        raise CommentRefused(_("Your comment looks automated and was not accepted."), 400, "honeypot")
    if check_token:
        check_form_token(article, token)
    name, email, body = clean_fields(name, email, body)
    parent = _check_parent(article, parent_id)

    now = timezone.now()
    window = timedelta(seconds=conf.get("COMMENTS_DUPLICATE_WINDOW_SECONDS"))
    checks = limits.keyed([
        ("ip", ip_address, conf.get("COMMENTS_RATE_LIMIT_IP")),
        ("email", email.lower(), conf.get("COMMENTS_RATE_LIMIT_EMAIL")),
    ])
    limiter = limits.limiter() if checks else None
    in_database = limiter is not None and limiter.in_database
    comment = Comment(
        article_id=article.pk,
        parent=parent,
        name=name,
        email=email,
        body=body,
        language=article.language,
        created_at=now,
        ip_address=ip_address or None,
    )
    if isinstance(article, models.Model):
        comment.article = article  # a page the caller holds stays cached on the comment
    # Work that needs the comment but not its row (scoring it in the request), done before the
    # transaction; a receiver must not raise. A refused submission has then cost that work too.
    comment_checked.send(sender=Comment, comment=comment, article=article)

    with transaction.atomic():
        # In the comment's transaction: with the database limiter the hits commit with the comment
        # (one write per submission), and the per-key lock makes count-then-add exact.
        if in_database:
            limiter.lock(checks)
        # What comment_checked receivers asked to read with the checks (comment.read_with_checks:
        # {name: (scalar subquery, params)}) comes back in comment.read_with_checks_values.
        wanted = getattr(comment, "read_with_checks", None) or {}
        duplicate, counts, ban, extra = _submission_facts(
            email, body, now - window, ip_address, limiter.count_sql(checks, now) if in_database else [],
            list(wanted.values()),
        )
        comment.read_with_checks_values = dict(zip(wanted, extra, strict=True))
        if duplicate:
            raise CommentRefused(_("You have already posted this comment."), 400, "duplicate")
        if limiter is not None:
            if in_database and not limits.over(checks, counts):
                limiter.add(checks, now)
            elif in_database or not limiter.hit_all(checks, now):
                raise CommentRefused(
                    _("You are posting too fast. Please wait a minute and try again."), 429, "rate_limited"
                )
        comment.save()
        # Inside the transaction, so what receivers write (the score, or the queued scoring task)
        # commits with the comment: one commit per submission, and never a comment without them.
        # A ban is applied by a receiver in newsroom.moderation (connected first, so a banned
        # submission is already rejected when the scorer sees it); this app never imports it. The
        # ban was found with the checks above (`ban`, None when none matches).
        comment_posted.send(sender=Comment, comment=comment, ban=ban)
    return comment


def report_comment(comment_id, reason, ip_address=None):
    """A reader reports a published comment under a guideline clause. Rate-limited per address
    (COMMENTS_RATE_LIMIT_REPORT) and once per comment and address; the comment stays public until a
    moderator acts. Returns the Report (or the earlier one from the same address)."""
    try:
        comment = Comment.objects.get(pk=int(comment_id), status=Comment.Status.APPROVED)
    except (TypeError, ValueError, Comment.DoesNotExist):
        raise CommentRefused(
            _("This comment does not exist or is not published."), 404, "not_found"
        ) from None
    if reason not in REPORT_REASONS:
        raise CommentRefused(_("Choose the guideline this comment breaks."), 400, "invalid",
                             {"reason": _("Choose the guideline this comment breaks.")})
    if not limits.hit("report", ip_address, conf.get("COMMENTS_RATE_LIMIT_REPORT")):
        raise CommentRefused(_("You have sent many reports. Please wait a few minutes and try again."),
                             429, "rate_limited")
    key = limits.reporter_key(ip_address)
    with transaction.atomic():
        report, created = Report.objects.get_or_create(
            comment=comment, reporter_key=key, defaults={"reason": reason}
        )
        if created:
            comment_reported.send(sender=Report, report=report, comment=comment)
    return report
