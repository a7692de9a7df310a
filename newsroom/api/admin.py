"""API keys in the Django admin. A new key is generated on save and shown once in a message; only
its hash is stored, so a lost key is replaced, not recovered."""

from django import forms
from django.contrib import admin, messages

from newsroom.api.models import ApiKey, hash_key


class ApiKeyForm(forms.ModelForm):
    """The scoring quotas may be left empty: they keep their defaults (or the current values)."""

    class Meta:
        model = ApiKey
        fields = ("name", "allowed_origins", "active", "scoring", "scoring_per_second", "scoring_per_day")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("scoring_per_second", "scoring_per_day"):
            if name in self.fields:
                self.fields[name].required = False

    def _quota(self, name):
        value = self.cleaned_data.get(name)
        if value is None:
            return getattr(self.instance, name) if self.instance.pk else ApiKey._meta.get_field(name).default
        return value

    def clean_scoring_per_second(self):
        return self._quota("scoring_per_second")

    def clean_scoring_per_day(self):
        return self._quota("scoring_per_day")


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    form = ApiKeyForm
    list_display = ("name", "prefix", "active", "scoring", "created_at", "last_used_at")
    list_filter = ("active", "scoring")
    search_fields = ("name", "allowed_origins")
    fields = ("name", "allowed_origins", "active", "scoring", "scoring_per_second", "scoring_per_day",
              "prefix", "created_at", "last_used_at")
    readonly_fields = ("prefix", "created_at", "last_used_at")

    def save_model(self, request, obj, form, change):
        if not change:
            raw = ApiKey.new_raw_key()
            obj.prefix, obj.key_hash = raw[:10], hash_key(raw)
            messages.warning(request, f"The new API key is {raw} — copy it now; it is not shown again.")
        super().save_model(request, obj, form, change)
