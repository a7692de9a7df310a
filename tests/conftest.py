"""Fixtures shared by the comments, moderation, scoring and API tests. A folder's own conftest.py
overrides any of them (the scoring tests use an article with a longer body, for instance)."""

import pytest
from django.core.cache import cache

from tests.comments.factories import make_article, make_user


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters, cached policies and page-cache generations live in the cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(db):
    return make_article()


@pytest.fixture
def arabic_article(db):
    return make_article("ar", title="خبر")


@pytest.fixture
def moderator(db):
    return make_user("mod", "moderator")


@pytest.fixture
def chief(db):
    return make_user("chief", "chief")


@pytest.fixture
def purges(settings):
    """Front-cache purges sent during the test, as lists of keys (newsroom.core.frontcache)."""
    from tests.frontcache_fakes import RecordingPurge

    settings.FRONT_CACHE_BACKEND = "tests.frontcache_fakes.RecordingPurge"
    RecordingPurge.calls = []
    return RecordingPurge.calls
