"""API keys for partner sites that post comments through /api/v1/. Only a SHA-256 hash of a key
is stored (keys are 256-bit random strings, so a fast hash is enough); the key itself is shown once,
when it is created (manage.py create_api_key or the Django admin)."""

import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "nrk_"


def hash_key(raw):
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def normalise_origin(origin):
    """'https://Example.org/' -> 'https://example.org'; browsers send the Origin header this way."""
    return (origin or "").strip().rstrip("/").lower()


class ApiKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class ApiKey(models.Model):
    name = models.CharField(
        _("name"), max_length=100, help_text=_("Who uses this key, e.g. the partner site.")
    )
    prefix = models.CharField(
        max_length=12, editable=False, help_text="First characters, to recognise a key."
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    allowed_origins = models.TextField(
        _("allowed origins"), blank=True,
        help_text=_(
            "One origin per line, e.g. https://partner.example. Browsers on other sites are refused."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    # The scoring scope: the Perspective-compatible endpoints at /v1alpha1/ (newsroom.perspective).
    scoring = models.BooleanField(
        _("scoring scope"), default=False,
        help_text=_("May call the Perspective-compatible scoring API (/v1alpha1/comments:analyze)."),
    )
    scoring_per_second = models.PositiveIntegerField(
        _("scoring requests per second"), default=10, help_text=_("0 = no limit.")
    )
    scoring_per_day = models.PositiveIntegerField(
        _("scoring requests per day"), default=100000, help_text=_("0 = no limit.")
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("API key")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def new_raw_key():
        return KEY_PREFIX + secrets.token_urlsafe(32)

    @classmethod
    def create_key(cls, name, origins=(), active=True, **fields):
        """(ApiKey, raw key). The raw key is not stored anywhere: hand it over now."""
        raw = cls.new_raw_key()
        key = cls.objects.create(
            name=name, prefix=raw[:10], key_hash=hash_key(raw), active=active,
            allowed_origins="\n".join(normalise_origin(o) for o in origins if o.strip()), **fields,
        )
        return key, raw

    @classmethod
    def lookup(cls, raw):
        """The active key matching raw, or None."""
        if not raw or len(raw) > 200:
            return None
        return cls.objects.active().filter(key_hash=hash_key(raw)).first()

    def origins(self):
        return {normalise_origin(line) for line in self.allowed_origins.splitlines() if line.strip()}

    def allows_origin(self, origin):
        return normalise_origin(origin) in self.origins()
