"""The purge backends against a fake Fastly / Varnish server, retries, and what a failure costs."""

import json
import logging

import pytest

from newsroom.core import frontcache
from tests.frontcache_fakes import FakeServer

KEYS = ["article-7", "comments-7", "latest-en"]


@pytest.fixture
def fastly(settings, monkeypatch):
    with FakeServer() as server:
        settings.FRONT_CACHE_BACKEND = "newsroom.core.frontcache.FastlyPurge"
        settings.FASTLY_API_URL = server.url
        settings.FASTLY_SERVICE_ID = "SU1Z0isxPaozGVKXdv0eY"
        settings.FRONT_CACHE_PURGE_RETRY_DELAY = 0
        monkeypatch.setenv("FASTLY_API_TOKEN", "test-token-from-env")
        yield server


@pytest.fixture
def varnish(settings):
    with FakeServer() as first, FakeServer() as second:
        settings.FRONT_CACHE_BACKEND = "newsroom.core.frontcache.VarnishPurge"
        settings.VARNISH_PURGE_URLS = [first.url + "/", second.url + "/"]
        settings.FRONT_CACHE_PURGE_RETRY_DELAY = 0
        yield first, second


def test_fastly_batch_purge_request(fastly):
    assert frontcache.send_purge(KEYS) is True
    [request] = fastly.requests
    assert request["method"] == "POST"
    assert request["path"] == "/service/SU1Z0isxPaozGVKXdv0eY/purge"
    assert request["headers"]["Fastly-Key"] == "test-token-from-env"
    assert request["headers"].get("Fastly-Soft-Purge") is None
    assert json.loads(request["body"]) == {"surrogate_keys": KEYS}


def test_fastly_soft_purge_and_batches_of_256(fastly, settings):
    settings.FASTLY_SOFT_PURGE = True
    keys = [f"article-{i}" for i in range(300)]
    assert frontcache.send_purge(keys) is True
    assert len(fastly.requests) == 2
    sent = [k for r in fastly.requests for k in json.loads(r["body"])["surrogate_keys"]]
    assert sorted(sent) == sorted(keys)
    assert len(json.loads(fastly.requests[0]["body"])["surrogate_keys"]) == 256
    assert all(r["headers"]["Fastly-Soft-Purge"] == "1" for r in fastly.requests)


def test_fastly_without_a_token_fails_and_logs(fastly, monkeypatch, caplog):
    monkeypatch.delenv("FASTLY_API_TOKEN")
    with caplog.at_level(logging.WARNING, logger="newsroom.core.frontcache"):
        assert frontcache.send_purge(KEYS) is False
    assert fastly.requests == []
    assert "FASTLY_API_TOKEN" in caplog.text and "article-7" in caplog.text


def test_failed_purge_is_retried_then_succeeds(fastly, caplog):
    fastly.statuses = [503]
    with caplog.at_level(logging.WARNING, logger="newsroom.core.frontcache"):
        assert frontcache.send_purge(KEYS) is True
    assert len(fastly.requests) == 2
    assert "attempt 1 of 3" in caplog.text and "503" in caplog.text


def test_purge_that_keeps_failing_is_logged_as_an_error(fastly, caplog):
    fastly.statuses = [500, 500, 500]
    with caplog.at_level(logging.WARNING, logger="newsroom.core.frontcache"):
        assert frontcache.send_purge(KEYS) is False
    assert len(fastly.requests) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "after 3 attempts" in errors[0].getMessage()
    assert "article-7 comments-7 latest-en" in errors[0].getMessage()


def test_varnish_xkey_purge_goes_to_every_varnish(varnish):
    assert frontcache.send_purge(KEYS) is True
    for server in varnish:
        [request] = server.requests
        assert request["method"] == "PURGE" and request["path"] == "/"
        assert request["headers"]["xkey-purge"] == "article-7 comments-7 latest-en"


def test_varnish_unreachable_is_retried_and_logged(settings, caplog):
    settings.FRONT_CACHE_BACKEND = "newsroom.core.frontcache.VarnishPurge"
    settings.VARNISH_PURGE_URLS = ["http://127.0.0.1:9/"]  # discard port: connection refused
    settings.FRONT_CACHE_PURGE_RETRY_DELAY = 0
    with caplog.at_level(logging.WARNING, logger="newsroom.core.frontcache"):
        assert frontcache.send_purge(KEYS) is False
    assert caplog.text.count("(attempt ") == 2 and "after 3 attempts" in caplog.text


def test_none_backend_sends_nothing(settings):
    settings.FRONT_CACHE_BACKEND = "newsroom.core.frontcache.NoFrontCache"
    assert frontcache.send_purge(KEYS) is True


def test_base_class_must_be_implemented():
    with pytest.raises(NotImplementedError):
        frontcache.PurgeBackend().purge(KEYS)


@pytest.mark.django_db(transaction=True)
def test_purge_waits_for_the_commit_and_a_rollback_sends_nothing(purges):
    from django.db import transaction

    with transaction.atomic():
        frontcache.purge("article-1")
        assert purges == []
    assert purges == [["article-1"]]
    with pytest.raises(RuntimeError), transaction.atomic():
        frontcache.purge("article-2")
        raise RuntimeError
    assert purges == [["article-1"]]
