"""The tamper-evident moderation record: every Decision and AuditEntry is a link of one hash chain.

Each row carries `seq` (its place in the chain, one sequence across both tables), `prev_hash` (the
hash of the link before it) and `hash`, an HMAC-SHA256 over its own content, its seq and prev_hash,
keyed by AUDIT_CHAIN_KEY (by default derived from SECRET_KEY). Editing, deleting, reordering or
inserting a row by hand, without the key, breaks the chain, and `manage.py verify_audit` says where.

Appends are serialised: the chain's head (ChainHead, one row) is read with SELECT ... FOR UPDATE on
PostgreSQL, so two moderators deciding at once append one after the other; on SQLite the write
transaction already holds the database's write lock from BEGIN IMMEDIATE. The head also records the
newest link, so deleting the last links shows too.

A data-protection erasure deletes a commenter's decisions with their comments; its audit entry
lists the (seq, hash) of every decision it removed, so the chain still verifies across the gap.
"""

import hashlib
import hmac
import json
from datetime import UTC

from django.conf import settings
from django.db import transaction

GENESIS = "0" * 64


def chain_key():
    key = getattr(settings, "AUDIT_CHAIN_KEY", "") or ""
    if key:
        return key.encode()
    return hmac.new(settings.SECRET_KEY.encode(), b"newsroom.audit-chain", hashlib.sha256).digest()


def _stamp(value):
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def normalise(data):
    """JSON as the database gives it back (so the hash computed before saving matches after)."""
    return json.loads(json.dumps(data if data is not None else {}))


def payload(row):
    """What a link's hash covers. The user foreign keys are left out on purpose: Django clears them
    when an account is deleted (the name stays in actor_name, and the decision's audit entry)."""
    kind = row._meta.model_name
    common = {"kind": kind, "seq": row.seq, "prev": row.prev_hash, "at": _stamp(row.created_at)}
    if kind == "decision":
        return common | {"comment": row.comment_id, "action": row.action, "reason": row.reason,
                         "note": row.note}
    return common | {"actor": row.actor_name, "action": row.action, "object_type": row.object_type,
                     "object_id": row.object_id, "data": normalise(row.data)}


def digest(row, key=None):
    text = json.dumps(payload(row), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key or chain_key(), text.encode(), hashlib.sha256).hexdigest()


def locked_head():
    """The chain's head, locked for this transaction (call inside transaction.atomic)."""
    from newsroom.moderation.models import ChainHead

    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:  # a fresh (or flushed) database
        ChainHead.objects.get_or_create(pk=1, defaults={"seq": 0, "hash": GENESIS})
        head = ChainHead.objects.select_for_update().get(pk=1)
    return head


def append(row, save):
    """Give an unsaved Decision or AuditEntry its place in the chain and save it with `save()`."""
    from newsroom.moderation.models import ChainHead

    with transaction.atomic():
        head = locked_head()
        if hasattr(row, "data"):
            row.data = normalise(row.data)
        row.seq = head.seq + 1
        row.prev_hash = head.hash
        row.hash = digest(row)
        save()
        ChainHead.objects.filter(pk=1).update(seq=row.seq, hash=row.hash)


class Broken(Exception):
    """The first place where the chain does not verify."""


STATUS_OF = {"approve": "approved", "reject": "rejected", "undo": "pending"}


def verify(key=None, expect=None):
    """Walk the whole chain; return the number of links checked, or raise Broken naming the first
    broken, missing, reordered or unlinked row. `expect` = (seq, hash) seen by an earlier run: the
    chain must still hold that link (so removing the newest links and the head shows too)."""
    from newsroom.comments.models import Comment
    from newsroom.moderation.models import AuditEntry, ChainHead, Decision

    key = key or chain_key()
    links = {}
    for model in (Decision, AuditEntry):
        unlinked = model.objects.filter(seq__isnull=True).order_by("pk").first()
        if unlinked is not None:
            raise Broken(f"{model._meta.model_name} #{unlinked.pk} is not in the chain "
                         "(written outside the application)")
        for row in model.objects.order_by("seq").iterator():
            if row.seq in links:
                raise Broken(f"link {row.seq} appears twice ({model._meta.model_name} #{row.pk})")
            links[row.seq] = row
    erased = {}
    for entry in AuditEntry.objects.filter(action="data.erase").order_by("seq"):
        for seq, value in (entry.data or {}).get("erased_links", []):
            erased[seq] = (value, entry.seq)
    head = ChainHead.objects.filter(pk=1).first()
    last = max([*links, head.seq if head else 0, expect[0] if expect else 0], default=0)
    prev = GENESIS
    for seq in range(1, last + 1):
        row = links.get(seq)
        if row is None:
            if seq in erased and erased[seq][1] > seq:
                prev = erased[seq][0]
                continue
            raise Broken(f"link {seq} is missing (deleted or truncated)")
        name = f"link {seq} ({row._meta.model_name} #{row.pk})"
        if row.prev_hash != prev:
            raise Broken(f"{name} does not follow link {seq - 1}: rows reordered, or one removed")
        if not hmac.compare_digest(row.hash, digest(row, key)):
            raise Broken(f"{name} was changed after it was written")
        prev = row.hash
    if head is not None and (head.seq, head.hash) != (last, prev) and last > 0:
        raise Broken(f"the chain's head says link {head.seq}, but the chain ends at link {last}")
    if expect and links.get(expect[0]) is not None and links[expect[0]].hash != expect[1]:
        raise Broken(f"link {expect[0]} is not the one an earlier verification saw")
    # Every decision is named by its audit entry, and every comment's status is its newest decision's.
    audited = {str(e.data.get("decision")) for e in links.values()
               if e._meta.model_name == "auditentry" and isinstance(e.data, dict) and e.data.get("decision")}
    newest = {}
    for row in sorted((r for r in links.values() if r._meta.model_name == "decision"), key=lambda r: r.pk):
        if str(row.pk) not in audited:
            raise Broken(f"decision #{row.pk} (link {row.seq}) has no audit entry")
        newest[row.comment_id] = row
    for pk, status in Comment.objects.values_list("pk", "status").iterator():
        expected = STATUS_OF[newest[pk].action] if pk in newest else "pending"
        if status != expected:
            raise Broken(f"comment #{pk} is {status}, but its decisions say {expected}")
    return last, prev
