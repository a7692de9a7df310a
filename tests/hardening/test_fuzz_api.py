"""Property-based fuzzing of the public JSON API with schemathesis (cases generated from
newsroom/api/schema/openapi.json): whatever the path, query, headers and body, no answer is a 5xx.
Half of the POSTs carry a valid API key, so the fuzzed bodies reach post_comment itself."""

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.api.models import ApiKey

SCHEMA = schemathesis.openapi.from_dict(
    json.loads((Path(__file__).resolve().parents[2] / "newsroom/api/schema/openapi.json").read_text())
)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
FUZZ = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

pytestmark = pytest.mark.django_db


def send(client, case, key):
    headers = {str(k): str(v) for k, v in (case.headers or {}).items() if k.lower() != "content-length"}
    if key:
        headers["X-Api-Key"] = key
    path = case.formatted_path
    if case.query:
        path += "?" + urlencode(case.query, doseq=True)
    body = b""
    if case.body is not None and not isinstance(case.body, schemathesis.core.NotSet):
        body = json.dumps(case.body).encode()
    extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    return client.generic(case.method.upper(), path, body, content_type="application/json", **extra)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{op.method} {op.path}" for op in OPERATIONS])
@override_settings(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
def test_no_input_makes_the_api_answer_5xx(client, article, operation):
    _key, raw_key = ApiKey.create_key("Fuzz", [])
    ids = st.one_of(st.just(article.pk), st.integers(), st.just(10**20))

    @FUZZ
    @given(case=operation.as_strategy(), use_key=st.booleans(), article_id=ids)
    def run(case, use_key, article_id):
        if "article_id" in (case.path_parameters or {}):
            case.path_parameters["article_id"] = article_id
        response = send(client, case, raw_key if use_key else "")
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, case.body)

    run()
