"""Which address a submission is counted, banned and stored under, with and without proxies."""

import pytest
from django.test import RequestFactory, override_settings

from newsroom.comments.addresses import client_ip
from newsroom.comments.models import Comment
from newsroom.moderation.actions import add_ban
from tests.comments.factories import old_token


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


@pytest.mark.parametrize("remote,forwarded,expected", [
    ("198.51.100.7", "203.0.113.1", "198.51.100.7"),  # no trusted proxies: the header is ignored
    ("", None, None),
    ("not-an-address", None, None),
])
def test_without_trusted_proxies_the_address_is_remote_addr(remote, forwarded, expected):
    assert client_ip(request(remote, forwarded)) == expected


@override_settings(COMMENTS_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8")
@pytest.mark.parametrize("remote,forwarded,expected", [
    ("127.0.0.1", "203.0.113.9", "203.0.113.9"),
    # A client's own X-Forwarded-For is kept on the left by the proxy: never believed.
    ("127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"),
    ("127.0.0.1", "203.0.113.9, 10.1.2.3", "203.0.113.9"),  # two proxies, both trusted
    ("127.0.0.1", "2001:db8::5", "2001:db8::5"),
    ("127.0.0.1", "garbage", "127.0.0.1"),
    ("127.0.0.1", None, "127.0.0.1"),
    ("127.0.0.1", "10.0.0.1", "127.0.0.1"),
    ("198.51.100.7", "203.0.113.9", "198.51.100.7"),  # not from a trusted proxy: header ignored
])
def test_behind_trusted_proxies_the_nearest_untrusted_hop_is_the_client(remote, forwarded, expected):
    assert client_ip(request(remote, forwarded)) == expected


@override_settings(COMMENTS_TRUSTED_PROXIES="127.0.0.1")
def test_a_network_ban_sees_the_reader_behind_the_proxy(client, article, chief):
    add_ban(chief, "network", "203.0.113.0/24")
    client.cookies["csrftoken"] = "A" * 32
    response = client.post(
        f"/comments/post/{article.pk}/",
        {"name": "Reader", "email": "r@example.org", "body": "Through the proxy.", "ts": old_token(article),
         "csrfmiddlewaretoken": "A" * 32},
        REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.40", HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 201
    comment = Comment.objects.get()
    assert (comment.ip_address, comment.status) == ("203.0.113.40", "rejected")
