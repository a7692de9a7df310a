"""API keys in the Django admin. A new key is generated on save and shown once in a message; only
its hash is stored, so a lost key is replaced, not recovered."""

from django.contrib import admin, messages

from newsroom.api.models import ApiKey, hash_key


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("name", "prefix", "active", "created_at", "last_used_at")
    list_filter = ("active",)
    search_fields = ("name", "allowed_origins")
    fields = ("name", "allowed_origins", "active", "prefix", "created_at", "last_used_at")
    readonly_fields = ("prefix", "created_at", "last_used_at")

    def save_model(self, request, obj, form, change):
        if not change:
            raw = ApiKey.new_raw_key()
            obj.prefix, obj.key_hash = raw[:10], hash_key(raw)
            messages.warning(request, f"The new API key is {raw} — copy it now; it is not shown again.")
        super().save_model(request, obj, form, change)
