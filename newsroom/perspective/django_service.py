"""The site as the protocol's host: API keys with the scoring scope from the database (api.ApiKey),
per-second quotas in the cache (shared by every worker when REDIS_URL is set; per worker process
otherwise), per-day quotas and usage in ScoringUsage, feedback in Feedback, the active model from
newsroom.scoring.engine."""

import time

from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from newsroom.api.models import ApiKey, hash_key
from newsroom.scoring.actions import recomputable
from newsroom.scoring.engine import ScorerUnavailable, get_scorer

from . import conf
from .models import Feedback, ScoringUsage
from .protocol import ApiError
from .service import BaseService, Key, quota_message


class DjangoService(BaseService):
    @property
    def unsupported_language(self):
        return conf.get("PERSPECTIVE_UNSUPPORTED_LANGUAGE")

    def scorer(self):
        try:
            return get_scorer()
        except ScorerUnavailable:
            raise ApiError(503, "UNAVAILABLE", "The scorer is unavailable; try again later.") from None

    def authenticate(self, raw_key):
        """ApiKey.lookup with the scoring scope, as one plain statement: the ORM's building of the
        query (and the model's ordering) cost as much as scoring a comment."""
        if not raw_key or len(raw_key) > 200:
            return None
        with connection.cursor() as cursor:
            cursor.execute(_KEY_SQL, [hash_key(raw_key), True, True])
            row = cursor.fetchone()
        return Key(*row) if row else None

    def _second_ok(self, key):
        if not key.per_second:
            return True
        name = f"perspective:rl:{key.id}:{int(time.time())}"
        real = caches["default"]
        if isinstance(real, RedisCache):
            # one round trip (INCR and EXPIRE pipelined) instead of add() and incr()'s three
            full = real.make_and_validate_key(name)
            pipe = real._cache.get_client(full, write=True).pipeline()
            pipe.incr(full)
            pipe.expire(full, 5)
            return pipe.execute()[0] <= key.per_second
        cache.add(name, 0, timeout=5)
        try:
            return cache.incr(name) <= key.per_second
        except ValueError:  # expired between add() and incr()
            cache.set(name, 1, timeout=5)
            return True

    def hit(self, key):
        day = timezone.localdate()
        if not self._second_ok(key):
            self._count(_usage(key, day), key, day, refused=True)
            return quota_message(key, "second")
        # the usual case, one plain UPDATE whose commit does not wait for the disk (recomputable):
        # a power cut may lose the last few counts, never a comment or a decision
        with recomputable(), connection.cursor() as cursor:
            day_value = connection.ops.adapt_datefield_value(day)
            cursor.execute(_COUNT_SQL, [key.id, day_value, key.per_day, key.per_day])
            if cursor.rowcount:
                return None
        # the rare cases below use the ORM: building its query (about a millisecond) is kept out of
        # the usual case
        rows = _usage(key, day)
        if key.per_day and rows.filter(requests__gte=key.per_day).exists():  # the day is full
            rows.update(refused=F("refused") + 1)
            return quota_message(key, "day")
        self._count(rows, key, day)  # the day's first request (or its row appeared meanwhile)
        return None

    def _count(self, rows, key, day, refused=False):
        field = "refused" if refused else "requests"
        if rows.update(**{field: F(field) + 1}):
            return
        try:
            with transaction.atomic():
                ScoringUsage.objects.create(key_id=key.id, day=day, **{field: 1})
        except IntegrityError:  # another worker created the day's row first
            rows.update(**{field: F(field) + 1})

    def store_feedback(self, key, suggestion):
        Feedback.objects.create(
            key_id=key.id, key_name=key.name, community_id=suggestion["community_id"],
            client_token=suggestion["client_token"], session_id=suggestion["session_id"],
            text=suggestion["text"], text_type=suggestion["type"],
            plain_text=suggestion["plain"] if suggestion["plain"] != suggestion["text"] else "",
            context=suggestion["context"], scores=suggestion["scores"], languages=suggestion["languages"],
            language=suggestion.get("language", ""),
        )


def _usage(key, day):
    return ScoringUsage.objects.filter(key_id=key.id, day=day)


# table names from the models, every value a parameter
_KEY_SQL = (f"SELECT id, name, scoring_per_second, scoring_per_day FROM {ApiKey._meta.db_table} "  # nosec B608
            "WHERE key_hash = %s AND active = %s AND scoring = %s")
_COUNT_SQL = (f"UPDATE {ScoringUsage._meta.db_table} SET requests = requests + 1 "  # nosec B608
              "WHERE key_id = %s AND day = %s AND (%s = 0 OR requests < %s)")

service = DjangoService()
