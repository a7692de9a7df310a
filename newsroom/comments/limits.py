"""Rate limits per IP and per email, as exact sliding windows: a submission is let through only when
fewer than `count` were let through for the same key in the `seconds` before it, so no burst of twice
the limit fits around a boundary (as it did with fixed one-minute windows).

Two backends, chosen by COMMENTS_RATE_LIMITER (a dotted path; by default Redis when REDIS_URL is
set, else the database), both shared by every worker and both atomic:

- DatabaseLimiter keeps one RateHit row per accepted attempt. The count and the insert run in one
  transaction that holds a lock per key: on PostgreSQL a transaction-scoped advisory lock, on SQLite
  the database's write lock, which this project's settings take at BEGIN (transaction_mode
  IMMEDIATE). post_comment calls it inside the comment's own transaction, so the hit and the
  comment commit together and a refusal stores neither.
- RedisLimiter keeps a sorted set of attempt times per key and checks and adds in one Lua script.

Keys are salted hashes, so neither store holds an address or an email in clear. A refused attempt
is not counted, and when several keys are checked at once (address and email) either all are
counted or none.
"""

import hashlib
import random
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from newsroom.comments.models import RateHit


def parse(spec):
    """'5/60' -> (5, 60); '0', '' or None -> None (no limit)."""
    if not spec or str(spec).strip() in {"0", "off", "none"}:
        return None
    count, _, seconds = str(spec).partition("/")
    return int(count), int(seconds or 60)


def _key(kind, value):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{kind}|{value}".encode()).hexdigest()
    return f"{kind[:3]}:{digest[:56]}"


class BaseLimiter:
    """hit_all(checks, now) -> True when every (key, count, seconds) is under its limit, in which
    case each is counted once; False (nothing counted) when any is at its limit."""

    def hit_all(self, checks, now):
        raise NotImplementedError


class DatabaseLimiter(BaseLimiter):
    def hit_all(self, checks, now):
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    # Sorted, so two requests locking the same two keys cannot deadlock.
                    for key in sorted({key for key, _, _ in checks}):
                        digest = hashlib.sha256(key.encode()).digest()[:8]
                        lock_id = int.from_bytes(digest, "big", signed=True)
                        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock_id])
            for key, count, seconds in checks:
                since = now - timedelta(seconds=seconds)
                if RateHit.objects.filter(key=key, created_at__gt=since).count() >= count:
                    return False
            RateHit.objects.bulk_create([RateHit(key=key, created_at=now) for key, _, _ in checks])
        # Not security: the odds of a housekeeping sweep.
        if random.random() < 0.01:  # nosec B311
            RateHit.objects.filter(created_at__lt=now - timedelta(days=1)).delete()
        return True


# Checks and adds in one step; KEYS are the sorted sets, ARGV the time (ms), a unique member, then
# count and window (ms) per key.
_REDIS_SCRIPT = """
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= tonumber(ARGV[1 + 2 * i]) then
    return 0
  end
end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, tonumber(ARGV[2 + 2 * i]) + 1000)
end
return 1
"""

_redis = {}


class RedisLimiter(BaseLimiter):
    prefix = "comments:rl2:"

    def _script(self):
        url = settings.REDIS_URL
        if url not in _redis:
            import redis

            _redis[url] = redis.Redis.from_url(url).register_script(_REDIS_SCRIPT)
        return _redis[url]

    def hit_all(self, checks, now):
        prefix = f"{getattr(settings, 'COMMENTS_RATE_LIMIT_PREFIX', '')}{self.prefix}"
        keys = [prefix + key for key, _, _ in checks]
        args = [int(now.timestamp() * 1000), secrets.token_hex(8)]
        for _, count, seconds in checks:
            args += [count, seconds * 1000]
        return bool(self._script()(keys=keys, args=args))


def limiter():
    path = getattr(settings, "COMMENTS_RATE_LIMITER", None)
    if not path:
        path = "newsroom.comments.limits.RedisLimiter" if getattr(settings, "REDIS_URL", None) else (
            "newsroom.comments.limits.DatabaseLimiter")
    return import_string(path)()


def hit_all(checks, now=None):
    """checks: (kind, value, spec) triples. True when all are under their limits (each then counted
    once); False when any is at its limit (nothing counted). Empty values and no-limit specs pass."""
    now = now or timezone.now()
    keyed = []
    for kind, value, spec in checks:
        limit = parse(spec)
        if limit is None or not value:
            continue
        keyed.append((_key(kind, str(value).lower()), *limit))
    if not keyed:
        return True
    return limiter().hit_all(keyed, now)


def hit(kind, value, spec, now=None):
    """Count one attempt for (kind, value); False when it goes over the limit (and is not counted)."""
    return hit_all([(kind, value, spec)], now)


def reporter_key(ip_address):
    """The stored identity of a reader who reports a comment: a salted hash, never the address."""
    return _key("report", str(ip_address or "unknown").lower())
