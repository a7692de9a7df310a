"""Property-based fuzzing of the public JSON API with schemathesis (cases generated from
newsroom/api/schema/openapi.json, both the schema's valid inputs and its negations): whatever the path,
query, headers and body, no answer is a 5xx, on SQLite and on PostgreSQL alike.

Random paths, keys and ids rarely meet a real article with a valid key, and a random body is never a
valid comment, so a second test fuzzes the POST body alone with a valid key on a real article: the
schema's cases, and a valid comment with some of its fields swapped for any value (NUL and other
control characters, huge numbers, any type). Those reach post_comment itself and its database writes,
and some of them must be accepted (202), or the test would prove nothing."""

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import pytest
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from newsroom.api.models import ApiKey

SCHEMA = schemathesis.openapi.from_dict(
    json.loads((Path(__file__).resolve().parents[2] / "newsroom/api/schema/openapi.json").read_text())
)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
POST = next(op for op in OPERATIONS if op.method.upper() == "POST")
FUZZ = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

pytestmark = pytest.mark.django_db

VALID = {"name": "Ada", "email": "ada@example.org", "body": "A considered reply, with reasons."}
NASTY = st.characters(codec="utf-8", categories=["Cc", "Cf", "Co", "Zs", "Zl", "Zp", "Lo", "So"])
VALUES = st.one_of(
    st.text(), st.text(NASTY), st.just("\x00"), st.just("\ufeff\u202e"), st.integers(), st.just(10**20),
    st.just(-(2**63)), st.floats(), st.booleans(), st.none(), st.lists(st.text(), max_size=2),
    st.text(min_size=3000, max_size=3000),
)


def any_case(operation, **fixed):
    return st.one_of(operation.as_strategy(GenerationMode.POSITIVE, **fixed),
                     operation.as_strategy(GenerationMode.NEGATIVE, **fixed))


def send(client, case, key=None):
    headers = {str(k): str(v) for k, v in (case.headers or {}).items() if k.lower() != "content-length"}
    if key is not None:
        headers["X-Api-Key"] = key
    path = case.formatted_path
    if case.query:
        path += "?" + urlencode(case.query, doseq=True)
    body = b""
    if isinstance(case.body, bytes):
        body = case.body
    elif case.body is not None and not isinstance(case.body, schemathesis.core.NotSet):
        body = json.dumps(case.body).encode()
    extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    content_type = case.media_type or "application/json"
    return client.generic(case.method.upper(), path, body, content_type=content_type, **extra)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{op.method} {op.path}" for op in OPERATIONS])
@override_settings(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
def test_no_input_makes_the_api_answer_5xx(client, article, operation):
    _key, raw_key = ApiKey.create_key("Fuzz", [])
    ids = st.one_of(st.just(article.pk), st.integers(), st.just(10**20))

    @FUZZ
    @given(case=any_case(operation), use_key=st.booleans(), article_id=ids)
    def run(case, use_key, article_id):
        if "article_id" in (case.path_parameters or {}):
            case.path_parameters["article_id"] = article_id
        response = send(client, case, raw_key if use_key else None)
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, case.body)

    run()


@override_settings(COMMENTS_RATE_LIMIT_IP="0", COMMENTS_RATE_LIMIT_EMAIL="0")
def test_fuzzed_bodies_reach_post_comment_without_5xx(client, article):
    _key, raw_key = ApiKey.create_key("Fuzz", [])
    statuses = Counter()

    @settings(FUZZ, max_examples=40)
    @given(case=any_case(POST, path_parameters={"article_id": article.pk}),
           swapped=st.one_of(st.none(), st.dictionaries(st.sampled_from(["name", "email", "body", "parent"]),
                                                        VALUES, max_size=2)))
    def run(case, swapped):
        if swapped is not None:
            unique = f"{VALID['body']} ({statuses.total()})"  # not refused as a duplicate
            case.body, case.media_type = {**VALID, "body": unique, **swapped}, None
        response = send(client, case, raw_key)
        statuses[response.status_code] += 1
        assert response.status_code < 500, (case.media_type, case.body)

    run()
    assert statuses[202] > 0, statuses  # some bodies were stored: the fuzz reached the database
    assert statuses[403] == 0, statuses  # the key was always valid
