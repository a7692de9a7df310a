"""Rate limits per IP and per email, as exact sliding windows: a submission is let through only when
fewer than `count` were let through for the same key in the `seconds` before it, so no burst of twice
the limit fits around a boundary (as it did with fixed one-minute windows).

Two backends, chosen by COMMENTS_RATE_LIMITER (a dotted path; by default Redis when REDIS_URL is
set, else the database), both shared by every worker and both atomic:

- DatabaseLimiter keeps one RateHit row per accepted attempt. The count and the insert run in one
  transaction that holds a lock per key: on PostgreSQL a transaction-scoped advisory lock, on SQLite
  the database's write lock, which this project's settings take at BEGIN (transaction_mode
  IMMEDIATE). post_comment takes the locks inside the comment's own transaction and reads the
  counts in the same statement as its duplicate check and ban look-up (lock, count_sql, add), so
  the hits and the comment commit together and a refusal stores neither.
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
    case each is counted once; False (nothing counted) when any is at its limit.

    A limiter that keeps its counts in the database (in_database) also offers the steps apart, so
    post_comment can read the counts in the same statement as its other checks: lock(checks),
    count_sql(checks, now) (one scalar subquery per check, for a SELECT list), add(checks, now)."""

    in_database = False

    def hit_all(self, checks, now):
        raise NotImplementedError


class DatabaseLimiter(BaseLimiter):
    in_database = True

    def lock(self, checks):
        """Inside a transaction: take the per-key locks that make count-then-add exact. On
        PostgreSQL, one statement takes every key's advisory lock, in sorted order (so two requests
        locking the same two keys cannot deadlock; PostgreSQL evaluates a SELECT list in order).
        SQLite needs none: the transaction holds the database's write lock from BEGIN."""
        if connection.vendor != "postgresql":
            return
        lock_ids = sorted({int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
                           for key, _, _ in checks})
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(["pg_advisory_xact_lock(%s)"] * len(lock_ids)), lock_ids)

    def count_sql(self, checks, now):
        """[(sql, params)]: one scalar subquery per check, counting its hits in the window."""
        adapt = connection.ops.adapt_datetimefield_value
        return [
            # Safe: a constant statement with placeholders only.
            ("(SELECT COUNT(*) FROM comments_ratehit WHERE key = %s AND created_at > %s)",  # nosec B608
             [key, adapt(now - timedelta(seconds=seconds))])
            for key, _, seconds in checks
        ]

    def add(self, checks, now):
        # One plain INSERT of every key's hit (what bulk_create sends, without building its query on
        # every submission).
        table = RateHit._meta.db_table
        stamp = connection.ops.adapt_datetimefield_value(now)
        with connection.cursor() as cursor:
            # Safe: the table name comes from the model; VALUES holds only placeholders.
            cursor.execute(f'INSERT INTO "{table}" ("key", "created_at") VALUES '  # nosec B608
                           + ", ".join(["(%s, %s)"] * len(checks)),
                           [value for key, _, _ in checks for value in (key, stamp)])
        # Not security: the odds of a housekeeping sweep.
        if random.random() < 0.01:  # nosec B311
            RateHit.objects.filter(created_at__lt=now - timedelta(days=1)).delete()

    def hit_all(self, checks, now):
        with transaction.atomic():
            self.lock(checks)
            parts = self.count_sql(checks, now)
            with connection.cursor() as cursor:
                cursor.execute("SELECT " + ", ".join(sql for sql, _ in parts),
                               [value for _, params in parts for value in params])
                counts = cursor.fetchone()
            if over(checks, counts):
                return False
            self.add(checks, now)
        return True


def over(checks, counts):
    """True when any check's count is at its limit."""
    return any(n >= count for (_, count, _), n in zip(checks, counts, strict=True))


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


def keyed(checks):
    """(kind, value, spec) triples -> the (key, count, seconds) checks that apply: empty values and
    no-limit specs are dropped."""
    found = []
    for kind, value, spec in checks:
        limit = parse(spec)
        if limit is None or not value:
            continue
        found.append((_key(kind, str(value).lower()), *limit))
    return found


def hit_all(checks, now=None):
    """checks: (kind, value, spec) triples. True when all are under their limits (each then counted
    once); False when any is at its limit (nothing counted). Empty values and no-limit specs pass."""
    now = now or timezone.now()
    found = keyed(checks)
    if not found:
        return True
    return limiter().hit_all(found, now)


def hit(kind, value, spec, now=None):
    """Count one attempt for (kind, value); False when it goes over the limit (and is not counted)."""
    return hit_all([(kind, value, spec)], now)


def reporter_key(ip_address):
    """The stored identity of a reader who reports a comment: a salted hash, never the address."""
    return _key("report", str(ip_address or "unknown").lower())
