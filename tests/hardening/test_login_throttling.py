"""Login throttling on every login page (django-axes): after AXES_FAILURE_LIMIT wrong passwords an
account is locked out, and so is an address, with a clear 429 page and one audit entry per lockout;
even the right password is refused while locked."""

import pytest
from django.test import override_settings

from newsroom.moderation.models import AuditEntry
from tests.comments.factories import make_user

pytestmark = pytest.mark.django_db

PAGES = {
    "moderation": ("/moderation/login/", {}),
    "cms": ("/cms/login/", {}),
    "django-admin": ("/django-admin/login/", {"next": "/django-admin/"}),
}


def attempt(client, page, username, password, address="198.51.100.20"):
    path, extra = PAGES[page]
    return client.post(path, {"username": username, "password": password, **extra}, REMOTE_ADDR=address)


@pytest.mark.parametrize("page", sorted(PAGES))
def test_an_account_is_locked_after_the_limit_with_a_clear_message(client, page):
    make_user("chiefly", "chief", superuser=True)
    for i in range(5):
        response = attempt(client, page, "chiefly", "wrong", address=f"198.51.100.{i + 1}")
        assert response.status_code == (200 if i < 4 else 429), i
    page_text = response.content.decode()
    assert "Too many failed sign-ins" in page_text and "15 minutes" in page_text
    # The right password, from a fresh address, is refused while the account is locked.
    assert attempt(client, page, "chiefly", "pw-123456", address="203.0.113.50").status_code == 429
    entries = AuditEntry.objects.filter(action="login.lockout")
    assert entries.count() == 1
    assert entries.get().data["username"] == "chiefly" and "198.51" not in str(entries.get().data)


def test_an_address_is_locked_whatever_account_it_tries(client):
    make_user("someone", "moderator")
    for i in range(5):
        attempt(client, "moderation", f"guess{i}", "wrong")
    # The same address with a real account and its right password: still locked.
    assert attempt(client, "moderation", "someone", "pw-123456").status_code == 429
    # Another address signs in fine.
    assert attempt(client, "moderation", "someone", "pw-123456", address="203.0.113.9").status_code == 302


def test_a_success_before_the_limit_resets_the_count(client):
    make_user("mod", "moderator")
    for _ in range(4):
        attempt(client, "moderation", "mod", "wrong")
    assert attempt(client, "moderation", "mod", "pw-123456").status_code == 302
    client.logout()
    for _ in range(4):
        assert attempt(client, "moderation", "mod", "wrong").status_code == 200


@override_settings(AXES_FAILURE_LIMIT=2)
def test_the_limit_is_a_setting(client):
    make_user("mod", "moderator")
    attempt(client, "moderation", "mod", "wrong")
    assert attempt(client, "moderation", "mod", "wrong").status_code == 429
