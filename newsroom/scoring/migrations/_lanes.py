"""What scoring migrations 0003 and 0004 share: the lane flags of the queue entries, worked out on
the historical models with the default thresholds of 2026-11-30, so that the migrations do the same
whatever newsroom.scoring.queueing and models become. (Django's migration loader skips modules whose
names start with "_": this one is no migration.)"""
from django.db import models

CLAUSES = ["profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion", "off_topic"]

# The lanes' thresholds of the default policy, as newsroom.scoring.models.default_clause_policy gives
# them (2026-11-30), copied so that this migration does the same whatever that function becomes.
DEFAULT_LANES = {clause: {"urgent": 0.5 if clause in ("threat", "abuse") else None,
                          "senior": 0.7 if clause in ("threat", "abuse") else None} for clause in CLAUSES}


def mark_lanes(apps, lanes):
    """Each queued comment's lane flags (`lanes`: "urgent", "senior") from the current policy, in one
    UPDATE of the queue entries, as newsroom.scoring.queueing.mark_lanes did with Policy.current()
    (which creates the policy row when there is none, with the defaults): a flag is set when any
    clause with a threshold for that lane scores at or above it. Historical models only."""
    from django.utils import timezone

    Policy = apps.get_model("scoring", "Policy")
    QueueEntry = apps.get_model("scoring", "QueueEntry")
    defaults = {clause: {"badge": 0.5, **DEFAULT_LANES[clause], "auto_reject": None} for clause in CLAUSES}
    policy, _created = Policy.objects.get_or_create(
        pk=1, defaults={"clauses": defaults, "updated_at": timezone.now()})
    stored = policy.clauses or {}
    flags = {}
    for lane in lanes:
        q = models.Q(pk__in=[])
        for clause in CLAUSES:
            # Policy.with_defaults(): a clause's stored values over the defaults
            threshold = {**DEFAULT_LANES[clause], **stored.get(clause, {})}.get(lane)
            if threshold is not None:
                q |= models.Q(**{f"{clause}__gte": threshold})
        flags[lane] = models.Case(models.When(q, then=models.Value(True)), default=models.Value(False),
                                  output_field=models.BooleanField())
    QueueEntry.objects.update(**flags)
