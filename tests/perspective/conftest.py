import json

import pytest

from newsroom.api.models import ApiKey

ANALYZE = "/v1alpha1/comments:analyze"
SUGGEST = "/v1alpha1/comments:suggestscore"


@pytest.fixture(autouse=True)
def _fresh(settings):
    """The real shipped scorer (another test module may have configured a fake one), and empty
    per-second counters."""
    from django.core.cache import cache

    from newsroom.scoring import engine

    settings.GUIDELINES_SCORER = "newsroom.guidelines.backends.LinearScorer"
    settings.GUIDELINES_SCORER_OPTIONS = {}
    engine.clear_cache()
    cache.clear()
    yield
    engine.clear_cache()
    cache.clear()


@pytest.fixture
def scoring_key(db):
    _key, raw = ApiKey.create_key("Coral site", scoring=True, scoring_per_second=1000, scoring_per_day=100000)
    return raw


def post(client, path, body, key=None, raw=False):
    url = path if key is None else f"{path}?key={key}"
    data = body if raw else json.dumps(body)
    return client.post(url, data=data, content_type="application/json")
