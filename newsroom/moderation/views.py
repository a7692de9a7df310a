"""The moderator console. Views are thin: they read the request, call an action from
newsroom.moderation.actions, and render or redirect. Every page needs comments.moderate_comments."""

import csv
import json
from datetime import datetime, time, timedelta
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse as url_reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from newsroom.comments.http import keep_404
from newsroom.comments.models import Ban, Comment
from newsroom.core import permissions
from newsroom.core.keyset import BadCursor, Key, Keyset, page_links
from newsroom.guidelines.clauses import LABELS, REJECT_REASONS
from newsroom.moderation import actions, audit, queries, rows
from newsroom.moderation.hooks import queue_hook
from newsroom.moderation.keys import reason_key
from newsroom.moderation.models import AuditEntry, Decision
from newsroom.moderation.roles import CHIEF, MODERATOR, RoleRequired

PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 100
AUDIT_ORDER = Keyset(Key("created_at", desc=True, kind="datetime"), Key("pk", desc=True))


def moderator_required(view):
    """Anonymous visitors go to the login form; signed-in users without the permission get 403."""

    @login_required(login_url="moderation:login")
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        permissions.load(request.user)  # one query for the request's permission checks, not two
        if not request.user.has_perm(actions.MODERATE):
            raise RoleRequired(MODERATOR)
        return view(request, *args, **kwargs)

    return wrapper


class LoginView(auth_views.LoginView):
    template_name = "moderation/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return url_reverse("moderation:queue")

    def get_context_data(self, **kwargs):
        # Django's LoginView sets site_name to the request's host ("127.0.0.1:8100"); the console
        # names the outlet instead.
        return super().get_context_data(**kwargs) | {"site_name": settings.WAGTAIL_SITE_NAME}


class LogoutView(auth_views.LogoutView):
    next_page = "moderation:login"


def reasons():
    """(key, code, label) in console order: every reason has its own key (newsroom.moderation.keys)."""
    return [(reason_key(code), code, _(LABELS[code])) for code in REJECT_REASONS]


_KEYBOARD = {}  # (language, undo seconds) -> moderation/_keyboard.html rendered, outside DEBUG


def keyboard_html():
    """The reason picker, key help and side panel (moderation/_keyboard.html): the same for every
    queue page in a language, so rendered once per process and language (a template of two loops
    over the reasons and sixteen translations, on every queue page)."""
    key = (get_language(), actions.UNDO_SECONDS)
    html = _KEYBOARD.get(key)
    if html is None:
        html = render_to_string("moderation/_keyboard.html",
                                {"reasons": reasons(), "undo_seconds": actions.UNDO_SECONDS})
        if not settings.DEBUG:  # templates edited while runserver runs show at once
            _KEYBOARD[key] = html
    return html


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _back(request, default="moderation:queue"):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(default)


def _error(request, status, message, role=None):
    if _wants_json(request):
        # "conflict": someone decided first; the console drops the row and shows who.
        data = {"status": "error", "message": message, "conflict": status == 409}
        response = JsonResponse(data, status=status)
    else:
        context = {"message": message, "status": status, "role": role}
        response = render(request, "moderation/error.html", context, status=status)
    return keep_404(request, response)


def _filters(request):
    keys = ("language", "article", "age", *queue_hook().filter_keys)  # the hook's: order, clause, lane
    filters = {key: request.GET.get(key, "") for key in keys}
    filters["article"] = filters["article"][:200]  # an id, "#id title" or title text (queries.article_ids)
    return filters


def _filter_context(request):

    return {
        "filters": _filters(request),
        "languages": settings.LANGUAGES,
        "ages": [("1h", _("Last hour")), ("24h", _("Last 24 hours")), ("older24h", _("Older than 24 hours")),
                 ("older7d", _("Older than 7 days"))],
        "reasons": reasons(),
        "hook": queue_hook(),
        "undo_seconds": actions.UNDO_SECONDS,
        "live_seconds": getattr(settings, "MODERATION_LIVE_SECONDS", 10),
        "can_ban": request.user.has_perm(actions.MANAGE_BANS),
        "ban_kinds": Ban.Kind.choices,
        "undo_url": undo_offer(request),
        "keyboard_html": keyboard_html,  # called by the templates that show it (queue, Reported)
    }


def _keyset_page(request, queryset, order, size=None, load=None):
    """One keyset page (see newsroom.core.keyset) with its first/previous/next/last links; raises
    BadCursor for a damaged after/before."""
    page = order.page(queryset, size or PAGE_SIZE, after=request.GET.get("after"),
                      before=request.GET.get("before"), load=load)
    page_links(request, page)
    return page


def _bad_cursor(request):
    message = _("This page address is out of date or damaged: start again from the first page.")
    return _error(request, 400, message)


def _queue_page(request):
    filters = _filters(request)
    queryset, order = queries.pending_queue(filters)
    # Filtered by the comments' own columns (article, language, age), the queue's order has no index
    # to walk, and PostgreSQL joined every candidate with its parent, score and article before
    # sorting (a busy article: 3,300 rows for 50 shown). Then the page's keys are found first and
    # only its rows are joined (newsroom.core.keyset, `load`).
    load = queries.rows_of if any(filters.get(key) for key in ("article", "language", "age")) else None
    page = _keyset_page(request, queryset if load else queries.with_article(queryset), order, load=load)
    comments = queries.attach_history(page.object_list, trust=True)
    queue_hook().decorate(comments)
    # The heading's count and the Reported lane's, in one query.
    page.total, page.total_capped, page.reported_count = queries.queue_count(filters, reported_too=True)
    return page, comments


@require_GET
@moderator_required
def queue(request):
    try:
        page, comments = _queue_page(request)
    except BadCursor:
        return _bad_cursor(request)
    context = _filter_context(request) | {"page": page, "comments": comments, "view": "queue",
                                          "total": page.total, "total_capped": page.total_capped,
                                          "lane": "pending", "reported_count": page.reported_count}
    _render_rows(request, context, comments, selectable=True)
    return render(request, "moderation/queue.html", context)


def _render_rows(request, context, comments, *, selectable=False, reported=False):
    """Set `row_html` on each comment: its console row (newsroom.moderation.rows), built in Python
    with what the rows share computed once for the page."""
    builder = rows.Rows(request, reasons=context["reasons"], hook=context["hook"], can_ban=context["can_ban"],
                        can_reverse=context.get("can_reverse", False), selectable=selectable)
    builder.articles(comments)
    for comment in comments:
        comment.row_html = builder.report(comment) if reported else builder.comment(comment)
    # The page's rows as one string, as the templates' row loop printed them (each row, a newline
    # and two spaces): a loop of 50 in the template cost more than the join.
    context["rows_html"] = mark_safe("".join(f"{c.row_html}\n  " for c in comments))  # nosec B308, B703 - rows built escaped
    return comments


@require_GET
@moderator_required
def live(request):
    """The queue's live update: the count and the rows of the page being looked at, as JSON.
    The console polls it every MODERATION_LIVE_SECONDS and adds new rows, drops decided ones."""
    reported = request.GET.get("lane") == "reported"
    if reported:
        page, comments = _reported_page(request)
        count = page.paginator.count
    else:
        try:
            page, comments = _queue_page(request)
        except BadCursor:
            return _bad_cursor(request)
        count = page.total
    _render_rows(request, _filter_context(request), comments, selectable=True, reported=reported)
    reported_count = page.paginator.count if reported else page.reported_count
    return JsonResponse({"count": count, "reported": reported_count,
                         "pending": Comment.objects.pending().count(),
                         "rows": [{"id": c.pk, "html": c.row_html} for c in comments]})


def _reported_page(request):
    page = Paginator(queries.with_article(queries.reported()), PAGE_SIZE).get_page(request.GET.get("page"))
    comments = queries.attach_history(page.object_list, trust=True)
    queue_hook().decorate(comments)
    queries.add_reports(comments)
    return page, comments


@require_GET
@moderator_required
def reported(request):
    """The Reported lane: published comments readers reported, most reported first."""
    page, comments = _reported_page(request)
    context = _filter_context(request) | {"page": page, "comments": comments, "view": "queue",
                                          "lane": "reported", "reported_count": page.paginator.count}
    _render_rows(request, context, comments, reported=True)
    return render(request, "moderation/reported.html", context)


@require_GET
@moderator_required
def decided(request, status):
    queryset, order = queries.decided_list(status, _filters(request))
    try:
        page = _keyset_page(request, queries.with_article(queryset), order)
    except BadCursor:
        return _bad_cursor(request)
    comments = queries.add_last_decision(queries.attach_history(page.object_list))
    queue_hook().decorate(comments)
    total, capped = queries.capped_count(queryset)
    context = _filter_context(request) | {"page": page, "comments": comments, "view": status,
                                          "total": total, "total_capped": capped,
                                          "can_reverse": request.user.has_perm(actions.REVERSE)}
    _render_rows(request, context, comments)
    return render(request, "moderation/decided.html", context)


@require_GET
@moderator_required
def article_search(request):
    """Suggestions for the article filter, as the moderator types (JSON, at most 20)."""
    found = queries.search_articles(request.GET.get("q", ""))
    return JsonResponse({"results": [{"id": a.pk, "title": a.title, "value": f"#{a.pk} {a.title}"}
                                     for a in found]})


def decision_message(decision, comment_id):
    """What the console says after a decision: the clause of a rejection, and how to undo."""
    if decision.action == "approve":
        text = _("Comment %(id)s approved.") % {"id": comment_id}
    elif decision.action == "reject":
        text = _("Comment %(id)s rejected: %(reason)s.") % {
            "id": comment_id, "reason": _(LABELS[decision.reason])}
    else:
        return _("Comment %(id)s is back in the queue.") % {"id": comment_id}
    return text


def _decision_result(request, decision, comment, undoable=True):
    message = decision_message(decision, comment.pk)
    undo_url = url_reverse("moderation:undo", args=[decision.pk]) if undoable else ""
    if _wants_json(request):
        return JsonResponse({"status": comment.status, "message": message, "decision": decision.pk,
                             "undo_url": undo_url, "undo_label": _("Undo (u)") if undo_url else "",
                             "undo_seconds": actions.UNDO_SECONDS})
    if undo_url:
        request.session["moderation_undo"] = [decision.pk, timezone.now().timestamp()]
    messages.success(request, message)
    return _back(request)


def undo_offer(request):
    """The decision the no-JavaScript console offers to undo (still within UNDO_SECONDS), or None."""
    entry = request.session.get("moderation_undo") if hasattr(request, "session") else None
    if not entry:
        return None
    pk, at = entry
    if timezone.now().timestamp() - at > actions.UNDO_SECONDS:
        return None
    return url_reverse("moderation:undo", args=[pk])


@require_POST
@moderator_required
def undo(request, decision_id):
    decision = Decision.objects.filter(pk=decision_id).first()
    if decision is None:
        return _error(request, 404, _("There is no such decision."))
    try:
        undone = actions.undo(decision, request.user)
    except actions.ModerationError as exc:
        return _error(request, exc.status, exc.message)
    request.session.pop("moderation_undo", None)
    comment = Comment.objects.get(pk=decision.comment_id)
    return _decision_result(request, undone, comment, undoable=False)


@require_POST
@moderator_required
def decide(request, comment_id):
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return _error(request, 404, _("There is no comment %(id)s.") % {"id": comment_id})
    try:
        decision = actions.decide(
            comment, request.user, request.POST.get("action", ""),
            reason=request.POST.get("reason", ""), note=request.POST.get("note", "")[:2000],
        )
    except actions.ModerationError as exc:
        return _error(request, exc.status, exc.message)
    return _decision_result(request, decision, comment)


@require_POST
@moderator_required
def reverse(request, comment_id):
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return _error(request, 404, _("There is no comment %(id)s.") % {"id": comment_id})
    try:
        decision = actions.reverse(
            comment, request.user, reason=request.POST.get("reason", ""),
            note=request.POST.get("note", "")[:2000],
        )
    except PermissionDenied:
        return _error(request, 403, _("Only chief moderators can reverse decisions."), role=CHIEF)
    except actions.ModerationError as exc:
        return _error(request, exc.status, exc.message)
    return _decision_result(request, decision, comment, undoable=False)


@require_POST
@moderator_required
def resolve_report(request, comment_id):
    """Keep or reject a reported comment (the Reported lane)."""
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return _error(request, 404, _("There is no comment %(id)s.") % {"id": comment_id})
    action = request.POST.get("action", "")
    try:
        decision = actions.resolve_reports(comment, request.user, action,
                                           reason=request.POST.get("reason", ""),
                                           note=request.POST.get("note", "")[:2000])
    except actions.ModerationError as exc:
        return _error(request, exc.status, exc.message)
    if decision is not None:
        return _decision_result(request, decision, comment, undoable=False)
    message = _("Comment %(id)s kept: the reports are closed.") % {"id": comment.pk}
    if _wants_json(request):
        return JsonResponse({"status": comment.status, "message": message, "undo_url": ""})
    messages.success(request, message)
    return _back(request, "moderation:reported")


@require_POST
@moderator_required
def commenter(request, comment_id):
    """From a queue row: ban the comment's author (by email, domain or network) or trust them."""
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return _error(request, 404, _("There is no comment %(id)s.") % {"id": comment_id})
    note = request.POST.get("note", "")[:500]
    try:
        if request.POST.get("op") == "trust":
            actions.trust_commenter(request.user, comment, note)
            message = _("The author of comment %(id)s is now trusted.") % {"id": comment.pk}
        else:
            ban = actions.ban_commenter(request.user, comment, request.POST.get("kind", ""), note)
            message = _("Banned (%(kind)s) from comment %(id)s.") % {
                "kind": ban.get_kind_display(), "id": comment.pk}
    except PermissionDenied:
        return _error(request, 403, _("Only chief moderators can ban or trust commenters."), role=CHIEF)
    except actions.ModerationError as exc:
        return _error(request, exc.status, exc.message)
    if _wants_json(request):
        return JsonResponse({"status": "ok", "message": message})
    messages.success(request, message)
    return _back(request)


@require_GET
@moderator_required
def comment_detail(request, comment_id):
    """One comment with its decisions and reports, and its author's last 10 decisions with reasons
    (the console's side panel asks for it with ?panel=1)."""
    comment = Comment.objects.select_related("article", "parent").filter(pk=comment_id).first()
    if comment is None:
        return _error(request, 404, _("There is no comment %(id)s.") % {"id": comment_id})
    context = {"comment": comment, "history": queries.commenter_history(comment.email, limit=10),
               "decisions": comment.decisions.select_related("moderator"),
               "reports": comment.reports.all(), "trust": queries.trust_of(comment.email),
               "view": "queue", "panel": request.GET.get("panel") == "1"}
    template = "moderation/_history.html" if context["panel"] else "moderation/comment.html"
    return render(request, template, context)


@require_POST
@moderator_required
def bulk(request):
    ids = request.POST.getlist("ids")
    if not ids:
        return _error(request, 400, _("Select at least one comment."))
    try:
        result = actions.bulk_decide(
            ids, request.user, request.POST.get("action", ""), reason=request.POST.get("reason", "")
        )
    except actions.ModerationError as exc:
        return _error(request, exc.status, exc.message)
    if _wants_json(request):
        return JsonResponse(result)
    messages.success(request, _("%(n)d comment(s) decided.") % {"n": len(result["decided"])})
    for _pk, message in result["conflicts"]:
        messages.warning(request, message)
    return _back(request)


@require_http_methods(["GET", "POST"])
@moderator_required
def bans(request):
    can_manage = request.user.has_perm(actions.MANAGE_BANS)
    status = 200
    if request.method == "POST":
        if not can_manage:
            return _error(request, 403, _("Only chief moderators can manage bans."), role=CHIEF)
        try:
            actions.add_ban(request.user, request.POST.get("kind", ""), request.POST.get("value", ""),
                            request.POST.get("note", ""))
            messages.success(request, _("Ban added."))
            return redirect("moderation:bans")
        except actions.ModerationError as exc:
            messages.error(request, exc.message)
            status = exc.status
    context = {"bans": Ban.objects.select_related("created_by"), "kinds": Ban.Kind.choices,
               "can_manage": can_manage, "view": "bans"}
    return render(request, "moderation/bans.html", context, status=status)


@require_POST
@moderator_required
def remove_ban(request, ban_id):
    ban = Ban.objects.filter(pk=ban_id).first()
    if ban is None:
        return _error(request, 404, _("There is no such ban."))
    try:
        actions.remove_ban(request.user, ban)
    except PermissionDenied:
        return _error(request, 403, _("Only chief moderators can manage bans."), role=CHIEF)
    messages.success(request, _("Ban removed."))
    return redirect("moderation:bans")


def _audit_entries(request):
    entries = AuditEntry.objects.all()
    keys = ("action", "actor", "object", "since", "until")
    params = {key: request.GET.get(key, "").strip() for key in keys}
    if params["action"]:
        entries = entries.filter(action__startswith=params["action"])
    if params["actor"]:
        if params["actor"] == "system":
            entries = entries.filter(actor_name="")
        else:
            entries = entries.filter(actor_name=params["actor"])
    if params["object"]:
        entries = entries.filter(object_id=params["object"])
    # parse_date gives None for a malformed date and raises ValueError for an impossible one.
    since = parse_date(params["since"]) if params["since"] else None
    until = parse_date(params["until"]) if params["until"] else None
    if (params["since"] and since is None) or (params["until"] and until is None):
        raise ValueError(params)
    # Day boundaries in the site's time zone, as a range on created_at, so the index serves it
    # (created_at__date would wrap the column in a cast the index cannot use).
    if since:
        entries = entries.filter(created_at__gte=_day_start(since))
    if until:
        entries = entries.filter(created_at__lt=_day_start(until + timedelta(days=1)))
    return entries, params


def _day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


@require_GET
@moderator_required
def audit_trail(request):
    try:
        entries, params = _audit_entries(request)
    except ValueError:
        return _error(request, 400, _("Dates are written YYYY-MM-DD."))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(["time", "actor", "action", "object_type", "object_id", "data"])
        for e in entries.iterator():
            writer.writerow([e.created_at.isoformat(), e.actor_name or "system", e.action, e.object_type,
                             e.object_id, json.dumps(e.data, ensure_ascii=False, sort_keys=True)])
        return response
    try:
        page = _keyset_page(request, entries, AUDIT_ORDER, AUDIT_PAGE_SIZE)
    except BadCursor:
        return _bad_cursor(request)
    lines = audit.describe(list(page.object_list), request)
    return render(request, "moderation/audit.html", {
        "page": page, "lines": lines, "lines_html": audit.lines_html(lines), "params": params,
        "actions_seen": queries.audit_actions(),
        "view": "audit",
    })


@require_http_methods(["GET", "POST"])
@moderator_required
def personal_data(request):
    allowed = request.user.has_perm(actions.PERSONAL_DATA)
    if not allowed:  # not linked for moderators; a styled 403 naming the role if they come anyway
        raise RoleRequired(CHIEF)
    if request.method == "POST":
        if not allowed:
            return _error(request, 403, _("Only chief moderators can export or erase personal data."),
                          role=CHIEF)
        email = request.POST.get("email", "").strip()
        if not email or "@" not in email or len(email) > 254:
            return _error(request, 400, _("Give the email address to export or erase."))
        if request.POST.get("op") == "export":
            data = actions.export_email(request.user, email)
            response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        if request.POST.get("op") == "erase":
            if request.POST.get("confirm", "").strip().lower() != email.lower():
                return _error(request, 400, _("Type the email address again to confirm the erasure."))
            count = actions.erase_email(request.user, email)
            messages.success(request, _("Erased %(n)d comment(s) and their decisions.") % {"n": count})
            return redirect("moderation:data")
        return _error(request, 400, _("Choose export or erase."))
    return render(request, "moderation/data.html", {"allowed": allowed, "view": "data"})


def forbidden(request, exception=None):
    """The site's 403 page (handler403): styled, and it names the role the page needs."""
    role = getattr(exception, "role", None)
    message = str(exception) if exception and str(exception) and role is None else ""
    template = "moderation/forbidden.html" if request.path.startswith("/moderation/") else "403.html"
    return render(request, template, {"role": role, "message": message}, status=403)
