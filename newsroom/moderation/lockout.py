"""Login lockouts (django-axes, configured in settings/base.py): the page a locked-out visitor
sees, and the audit entry each lockout writes."""

from django.conf import settings
from django.shortcuts import render

from newsroom.comments.limits import reporter_key


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a plain page (429) saying what happened and for how long."""
    minutes = round(float(settings.AXES_COOLOFF_TIME or 0) * 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "lockout.html", context, status=429)


def audit_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """axes.signals.user_locked_out: one audit entry per lockout. The address is kept as a salted
    hash (like a reader's report), the account name as typed (at most 150 characters)."""
    from datetime import timedelta

    from django.db.models import Q
    from django.utils import timezone

    from newsroom.moderation import audit
    from newsroom.moderation.models import AuditEntry

    username = str(username or "")[:150]
    address = reporter_key(ip_address) if ip_address else ""
    # Axes signals again for every attempt while locked; one entry per lockout period is enough
    # (and a bot hammering a locked account cannot grow the audit trail without bound).
    since = timezone.now() - timedelta(hours=float(settings.AXES_COOLOFF_TIME or 0))
    recent = AuditEntry.objects.filter(action="login.lockout", created_at__gte=since)
    same = Q(data__username=username) if username else Q(pk__in=[])
    if address:
        same |= Q(data__address=address)
    if recent.filter(same).exists():  # this account, or this address, is already recorded as locked
        return
    path = getattr(request, "path", "") if request is not None else ""
    audit.record(None, "login.lockout", None, username=username, address=address, path=path[:200])
