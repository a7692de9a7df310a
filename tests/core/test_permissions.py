"""newsroom.core.permissions.load: a user's permissions in one query, the same answers as Django's
ModelBackend (which reads them with two)."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.core import permissions
from tests.comments.factories import make_user

pytestmark = pytest.mark.django_db

ASKED = ["comments.moderate_comments", "comments.manage_bans", "moderation.change_policy",
         "moderation.reverse_decision", "auth.add_user", "comments.delete_comment"]


def _fresh(user):
    return User.objects.get(pk=user.pk)


@pytest.mark.parametrize("role", ["moderator", "chief", None])
def test_one_query_and_the_same_answers_as_django(role):
    user = make_user(f"u-{role}", role)
    own = Permission.objects.get(content_type__app_label="comments", codename="delete_comment")
    user.user_permissions.add(own)  # one of their own besides their group's
    django_user = _fresh(user)
    expected = {perm: django_user.has_perm(perm) for perm in ASKED}
    permissions.load(_fresh(user))  # ContentType's per-process cache, as in a running site
    ours = _fresh(user)
    with CaptureQueriesContext(connection) as queries:
        permissions.load(ours)
        answers = {perm: ours.has_perm(perm) for perm in ASKED}
    assert answers == expected
    assert len(queries.captured_queries) == 1
    assert ours.get_all_permissions() == _fresh(user).get_all_permissions()
    assert ours.get_user_permissions() == _fresh(user).get_user_permissions() == {"comments.delete_comment"}
    assert ours.get_group_permissions() == _fresh(user).get_group_permissions()
    assert ours.has_module_perms("moderation") == _fresh(user).has_module_perms("moderation")


def test_nothing_read_for_superusers_inactive_or_anonymous_users():
    from django.contrib.auth.models import AnonymousUser

    boss = make_user("boss", superuser=True)
    gone = make_user("gone", "chief")
    gone.is_active = False
    with CaptureQueriesContext(connection) as queries:
        permissions.load(boss)
        permissions.load(gone)
        permissions.load(AnonymousUser())
    assert not queries.captured_queries
    assert boss.has_perm("moderation.change_policy") and not gone.has_perm("comments.moderate_comments")


def test_a_console_page_reads_permissions_once(client, moderator):
    client.force_login(moderator)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/moderation/approved/").status_code == 200
    permission_reads = [q for q in queries.captured_queries if "auth_permission" in q["sql"]]
    assert len(permission_reads) == 1


def test_a_subclass_of_model_backend_keeps_its_own_reads(settings):
    settings.AUTHENTICATION_BACKENDS = ["tests.core.test_permissions.OwnBackend"]
    user = _fresh(make_user("own", "moderator"))
    permissions.load(user)
    assert not hasattr(user, "_perm_cache")  # left to the backend


class OwnBackend(ModelBackend):
    """A site's own subclass: it may read permissions its own way."""
