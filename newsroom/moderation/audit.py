"""The audit trail: one AuditEntry per decision, ban, erasure, purge or setting change.

Entries carry no personal data of commenters (no emails, no addresses, no comment text), so an
erasure can leave them in place."""

from newsroom.moderation.models import AuditEntry


def record(actor, action, obj=None, **data):
    """Append one audit entry. `actor` is a user or None (the system)."""
    object_type = object_id = ""
    if obj is not None:
        object_type = obj._meta.label_lower
        object_id = str(obj.pk)
    actor_name = actor.get_username() if actor is not None else ""
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=actor_name,
        action=action,
        object_type=object_type,
        object_id=object_id,
        data=data,
    )
