"""Feedback from the scoring API in the Django admin: read, filter by key and community, delete
(e.g. all of one community's feedback). It is never edited: it is what the client sent."""

from django.contrib import admin

from .models import Feedback


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ("created_at", "key_name", "community_id", "client_token", "language", "scores")
    list_filter = ("key_name", "community_id", "language")
    search_fields = ("text", "client_token", "community_id")
    readonly_fields = [f.name for f in Feedback._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
