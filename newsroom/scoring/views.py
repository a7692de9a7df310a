"""Scoring pages of the moderator console: policy, simulation, model versions, dashboard.

Thin views: they parse input, call scoring.actions / simulation / stats, and render. Moderators see
the dashboard; chief moderators change policy, simulate, retrain and roll back.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from newsroom.core import permissions
from newsroom.guidelines.clauses import CLAUSES, LABELS
from newsroom.moderation.roles import CHIEF, MODERATOR, RoleRequired

from . import actions, charts, stats
from .models import ModelVersion, Policy
from .permissions import is_chief, is_moderator
from .simulation import Thresholds, simulate

MAX_DAYS = 366


def _guard(request, chief=False):
    """None if allowed; otherwise the response: login for visitors, 403 for the others."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    permissions.load(request.user)  # one query for the request's permission checks, not two
    if not is_moderator(request.user) or (chief and not is_chief(request.user)):
        raise RoleRequired(CHIEF if chief else MODERATOR)  # the styled 403 names the role
    return None


def _days(request, default=30):
    raw = request.GET.get("days", "") or request.POST.get("days", "")
    if raw == "":
        return default
    try:
        days = int(raw)
    except ValueError:
        raise ValidationError(f"days: '{raw}' is not a whole number.") from None
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(f"days: {days} is outside 1-{MAX_DAYS}.")
    return days


def _page(request, template, context, status=200):
    context["view"] = "scoring"  # highlights the console's navigation link
    return TemplateResponse(request, template, context, status=status)


def _bad(request, template, context, error):
    context["error"] = error
    return _page(request, template, context, status=400)


def _policy_rows(policy, posted=None):
    rows = []
    for clause in CLAUSES:
        values = policy.clauses[clause]
        row = {"clause": clause, "label": LABELS[clause]}
        for kind in actions.THRESHOLD_KINDS:
            field = f"{clause}__{kind}"
            if posted is not None and field in posted:
                row[kind] = posted[field]
            else:
                row[kind] = "" if values.get(kind) is None else values[kind]
        rows.append(row)
    return rows


@require_http_methods(["GET", "POST"])
def policy_view(request):
    denied = _guard(request)
    if denied:
        return denied
    policy = Policy.current()
    context = {"policy": policy, "rows": _policy_rows(policy), "can_edit": is_chief(request.user),
               "auto_approve_below": "" if policy.auto_approve_below is None else policy.auto_approve_below}
    if request.method == "POST":
        if not is_chief(request.user):
            raise PermissionDenied("Only chief moderators change the scoring policy.")
        clauses = {
            clause: {kind: request.POST.get(f"{clause}__{kind}", "") for kind in actions.THRESHOLD_KINDS}
            for clause in CLAUSES
        }
        try:
            _policy, changes = actions.update_policy(
                request.user, clauses, request.POST.get("auto_approve_below", "")
            )
        except ValidationError as exc:
            context["rows"] = _policy_rows(policy, request.POST)
            context["auto_approve_below"] = request.POST.get("auto_approve_below", "")
            return _bad(request, "scoring/policy.html", context, " ".join(exc.messages))
        if changes:
            messages.success(request, f"Policy saved: {len(changes)} change(s), recorded in the audit trail.")
        else:
            messages.info(request, "Nothing changed.")
        return redirect("scoring:policy")
    return _page(request, "scoring/policy.html", context)


def simulate_view(request):
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    denied = _guard(request, chief=True)
    if denied:
        return denied
    policy = Policy.current()
    context = {"clauses": [(c, LABELS[c]) for c in CLAUSES], "result": None}
    try:
        days = _days(request)
        if "run" in request.GET:
            thresholds = Thresholds(
                auto_reject={
                    c: actions.parse_threshold(request.GET.get(f"{c}__auto_reject", ""), f"{c} auto-reject")
                    for c in CLAUSES
                },
                auto_approve_below=actions.parse_threshold(
                    request.GET.get("auto_approve_below", ""), "auto-approve on violation"
                ),
            )
        else:
            thresholds = Thresholds.from_policy(policy)
    except ValidationError as exc:
        context.update(days=request.GET.get("days", ""), form=request.GET)
        context["rows"] = [(c, LABELS[c], request.GET.get(f"{c}__auto_reject", "")) for c in CLAUSES]
        context["auto_approve_below"] = request.GET.get("auto_approve_below", "")
        return _bad(request, "scoring/simulate.html", context, " ".join(exc.messages))
    result = simulate(thresholds, days)
    context.update(
        days=days,
        rows=[(c, LABELS[c], "" if thresholds.auto_reject.get(c) is None else thresholds.auto_reject[c])
              for c in CLAUSES],
        auto_approve_below="" if thresholds.auto_approve_below is None else thresholds.auto_approve_below,
        result=result,
        clause_rows=[(c, LABELS[c], result["per_clause"][c]) for c in CLAUSES],
    )
    return _page(request, "scoring/simulate.html", context)


def versions_view(request):
    denied = _guard(request)
    if denied:
        return denied
    actions.register_shipped_model()
    from .retraining import retrain_status

    return _page(request, "scoring/versions.html", {
        "versions": ModelVersion.objects.all(),
        "can_edit": is_chief(request.user),
        "retrain": retrain_status(),
    })


@require_POST
def rollback_view(request, pk):
    denied = _guard(request, chief=True)
    if denied:
        return denied
    version = get_object_or_404(ModelVersion, pk=pk)
    actions.rollback_model(request.user, version)
    messages.success(request, f"{version.name} is now the active model.")
    return redirect("scoring:versions")


@require_POST
def retrain_view(request):
    denied = _guard(request, chief=True)
    if denied:
        return denied
    from .retraining import RetrainError, request_retrain

    try:
        request_retrain(request.user)
    except RetrainError as exc:
        return HttpResponseBadRequest(str(exc))
    messages.success(request, "Retraining started. The candidate is compared with the active model "
                              "and activated only if it is better; see the list below when it finishes.")
    return redirect("scoring:versions")


def dashboard_view(request):
    denied = _guard(request)
    if denied:
        return denied
    try:
        days = _days(request, default=14)
    except ValidationError as exc:
        return _bad(request, "scoring/dashboard.html", {"days": request.GET.get("days", "")},
                    " ".join(exc.messages))
    queue = stats.queue_size_series(days)
    breakdown = stats.decisions_breakdown(days)
    waits = stats.time_to_decision(days)
    agree = stats.agreement(days)
    busiest = stats.busiest_articles(days)
    # Minutes while decisions come within a couple of hours, hours after that.
    unit, per = ("hours", 3600) if (waits["p90"] or 0) > 2 * 3600 else ("minutes", 60)
    hours = [(x, None if m is None else m / per, None if p is None else p / per)
             for x, m, p in waits["series"]]
    context = {
        "days": days,
        "queue_chart": charts.line_chart([("pending", queue)], title=f"Queue size, last {days} days"),
        "queue_now": queue[-1][1] if queue else 0,
        "clause_chart": charts.bar_chart(
            [(str(LABELS.get(k, k)), v) for k, v in breakdown["per_clause"]], title="Decisions per clause",
            colours=[charts.CLAUSE_COLOURS.get(k, "#57606a") for k, _v in breakdown["per_clause"]],
        ),
        "language_chart": charts.bar_chart(breakdown["per_language"], title="Decisions per language"),
        "breakdown": breakdown,
        "wait_chart": charts.line_chart(
            [("median", [(x, m) for x, m, _ in hours]), ("p90", [(x, p) for x, _, p in hours])],
            title=f"Time from submission to decision ({unit})",
        ),
        "waits": waits,
        "agree": agree,
        "agree_chart": charts.bar_chart(
            [(lang, round(rate * 100, 1))
             for lang, (rate, _n) in agree["per_language"].items() if rate is not None],
            title="Model-moderator agreement per language (%)",
        ),
        "busiest": busiest,
        "busiest_chart": charts.bar_chart([(a.title, a.n) for a in busiest], title="Busiest articles"),
        "labels": LABELS,
        "panels": _panels(request, days),
    }
    return _page(request, "scoring/dashboard.html", context)


def _panels(request, days):
    """Sections other apps add to the dashboard: settings.SCORING_DASHBOARD_PANELS, dotted paths of
    callables (request, days) -> {"id", "title", "html"} (html already escaped, e.g. rendered by a
    template), or None to show nothing."""
    from django.utils.module_loading import import_string

    panels = []
    for path in getattr(settings, "SCORING_DASHBOARD_PANELS", None) or ():
        panel = import_string(path)(request, days)
        if panel:
            panels.append(panel)
    return panels


def home_view(request):
    denied = _guard(request)
    if denied:
        return denied
    return redirect(reverse("scoring:dashboard"))

