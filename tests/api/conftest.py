import pytest
from django.core.cache import cache

from newsroom.api.models import ApiKey
from tests.comments.factories import make_article

PARTNER = "https://partner.example"


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters live in the cache (or RateHit rows, rolled back with the test).
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(db):
    return make_article()


@pytest.fixture
def api_key(db):
    _key, raw = ApiKey.create_key("Partner", [PARTNER])
    return raw
