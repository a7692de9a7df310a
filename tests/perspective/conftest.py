import json

import pytest

from newsroom.api.models import ApiKey

ANALYZE = "/v1alpha1/comments:analyze"
SUGGEST = "/v1alpha1/comments:suggestscore"


@pytest.fixture
def scoring_key(db):
    _key, raw = ApiKey.create_key("Coral site", scoring=True, scoring_per_second=1000, scoring_per_day=100000)
    return raw


def post(client, path, body, key=None, raw=False):
    url = path if key is None else f"{path}?key={key}"
    data = body if raw else json.dumps(body)
    return client.post(url, data=data, content_type="application/json")
