"""The two moderator roles as Django groups. Superusers hold every permission anyway."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied

MODERATOR = "Moderator"
CHIEF = "Chief moderator"

MODERATOR_PERMS = [("comments", "moderate_comments")]
CHIEF_PERMS = MODERATOR_PERMS + [
    ("comments", "manage_bans"),
    ("moderation", "reverse_decision"),
    ("moderation", "change_policy"),
    ("moderation", "erase_personal_data"),
]


def _perms(pairs):
    return [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in pairs]


def ensure_groups():
    """Create (or complete) the groups; safe to call any number of times. Returns both groups."""
    from django.apps import apps

    # post_migrate reaches this app before django.contrib.auth has created the permissions.
    for label in ("comments", "moderation"):
        create_permissions(apps.get_app_config(label), verbosity=0)
    moderator, _ = Group.objects.get_or_create(name=MODERATOR)
    chief, _ = Group.objects.get_or_create(name=CHIEF)
    moderator.permissions.add(*_perms(MODERATOR_PERMS))
    chief.permissions.add(*_perms(CHIEF_PERMS))
    return moderator, chief


def on_post_migrate(sender, **kwargs):
    ensure_groups()


class RoleRequired(PermissionDenied):
    """A 403 that names the role the page needs; the styled 403 page (views.forbidden) shows it."""

    def __init__(self, role):
        super().__init__(f"This page needs the role: {role}.")
        self.role = role
