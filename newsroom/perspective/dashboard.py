"""The scoring dashboard's panel for the scoring API (settings.SCORING_DASHBOARD_PANELS): requests
and refusals per key over the dashboard's period, and the feedback received."""

from datetime import timedelta

from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Feedback, ScoringUsage


def usage_panel(request, days):
    since = timezone.localdate() - timedelta(days=days - 1)
    rows = (ScoringUsage.objects.filter(day__gte=since).values("key_id", "key__name", "key__prefix")
            .annotate(requests=Sum("requests"), refused=Sum("refused")).order_by("-requests", "key__name"))
    today = {u.key_id: u for u in ScoringUsage.objects.filter(day=timezone.localdate())}
    feedback = dict(Feedback.objects.filter(created_at__date__gte=since).values_list("key_id")
                    .annotate(n=Count("pk")).values_list("key_id", "n"))
    keys = [{
        "name": r["key__name"], "prefix": r["key__prefix"],
        "requests": r["requests"], "refused": r["refused"],
        "today": today[r["key_id"]].requests if r["key_id"] in today else 0,
        "feedback": feedback.get(r["key_id"], 0),
    } for r in rows]
    html = render_to_string("perspective/usage_panel.html", {"keys": keys, "days": days}, request=request)
    return {"id": "scoring-api-usage", "title": _("Scoring API (Perspective-compatible) usage"), "html": html}
