"""The site as the protocol's host: API keys with the scoring scope from the database (api.ApiKey),
per-second quotas in the cache (shared by every worker when REDIS_URL is set; per worker process
otherwise), per-day quotas and usage in ScoringUsage, feedback in Feedback, the active model from
newsroom.scoring.engine."""

import time

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from newsroom.api.models import ApiKey
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
        row = ApiKey.lookup(raw_key)
        if row is None or not row.scoring:
            return None
        return Key(row.pk, row.name, row.scoring_per_second, row.scoring_per_day)

    def _second_ok(self, key):
        if not key.per_second:
            return True
        name = f"perspective:rl:{key.id}:{int(time.time())}"
        cache.add(name, 0, timeout=5)
        try:
            return cache.incr(name) <= key.per_second
        except ValueError:  # expired between add() and incr()
            cache.set(name, 1, timeout=5)
            return True

    def hit(self, key):
        day = timezone.localdate()
        rows = ScoringUsage.objects.filter(key_id=key.id, day=day)
        if not self._second_ok(key):
            self._count(rows, key, day, refused=True)
            return quota_message(key, "second")
        allowed = rows.filter(requests__lt=key.per_day) if key.per_day else rows
        if allowed.update(requests=F("requests") + 1):
            return None
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


service = DjangoService()
