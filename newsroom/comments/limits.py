"""Rate limits per IP and per email. Counters live in the cache (Redis) when REDIS_URL is set, so
every worker shares them; otherwise in the database (RateHit rows), which every worker also shares.
Keys are salted hashes, so neither store holds an address or an email in clear."""

import hashlib
import random
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

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


def hit(kind, value, spec, now=None):
    """Count one attempt for (kind, value); False when it goes over the limit (and is not counted)."""
    limit = parse(spec)
    if limit is None or not value:
        return True
    count, seconds = limit
    key = _key(kind, str(value).lower())
    now = now or timezone.now()
    if getattr(settings, "REDIS_URL", None):
        window = int(now.timestamp() // seconds)
        cache_key = f"comments:rl:{key}:{window}"
        cache.add(cache_key, 0, timeout=seconds + 5)
        try:
            return cache.incr(cache_key) <= count
        except ValueError:  # the key expired between add() and incr()
            cache.set(cache_key, 1, timeout=seconds + 5)
            return True
    since = now - timedelta(seconds=seconds)
    if RateHit.objects.filter(key=key, created_at__gte=since).count() >= count:
        return False
    RateHit.objects.create(key=key, created_at=now)
    if random.random() < 0.01:  # keep the table small without a scheduled job
        RateHit.objects.filter(created_at__lt=now - timedelta(days=1)).delete()
    return True


def reporter_key(ip_address):
    """The stored identity of a reader who reports a comment: a salted hash, never the address."""
    return _key("report", str(ip_address or "unknown").lower())
