"""newsroom.comments.signed: the form's tokens verified once, and still checked every time."""

import pytest
from django.core import signing
from django.test import override_settings

from newsroom.comments import csrf, signed, tokens

SALT = "tests.signed"


@pytest.fixture(autouse=True)
def _empty():
    signed._verified.clear()
    signed._made.clear()


def test_answers_what_signing_loads_answers_and_verifies_once(monkeypatch):
    token = signing.dumps({"a": 7, "t": 123}, salt=SALT, compress=False)
    calls = []
    real = signing.loads
    monkeypatch.setattr(signing, "loads", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    assert signed.loads(token, salt=SALT) == real(token, salt=SALT) == {"a": 7, "t": 123}
    first = signed.loads(token, salt=SALT, max_age=60)
    first["a"] = 99  # the caller's copy: the remembered payload stays as signed
    assert signed.loads(token, salt=SALT) == {"a": 7, "t": 123}
    assert len(calls) == 1


@pytest.mark.parametrize("tamper", [
    lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # the signature
    lambda t: "eyJhIjo4LCJ0IjoxMjN9" + t[t.index(":"):],  # another payload under the same signature
    lambda t: t.replace(":", ";"),
    lambda t: "",
])
def test_a_forged_token_is_refused_every_time_and_never_remembered(tamper):
    forged = tamper(signing.dumps({"a": 7, "t": 123}, salt=SALT, compress=False))
    for _ in range(2):
        with pytest.raises(signing.BadSignature):
            signed.loads(forged, salt=SALT)
    assert not signed._verified


def test_another_salt_or_secret_is_checked_afresh():
    token = signing.dumps({"a": 7}, salt=SALT, compress=False)
    signed.loads(token, salt=SALT)
    with pytest.raises(signing.BadSignature):
        signed.loads(token, salt="tests.other")
    with override_settings(SECRET_KEY="another-" + "k" * 50), pytest.raises(signing.BadSignature):
        signed.loads(token, salt=SALT)


def test_the_age_limit_is_checked_against_the_clock_on_every_call(monkeypatch):
    token = signing.dumps({"a": 7}, salt=SALT, compress=False)
    now = signed.time.time()
    assert signed.loads(token, salt=SALT, max_age=100) == {"a": 7}
    monkeypatch.setattr(signed.time, "time", lambda: now + 101)
    with pytest.raises(signing.SignatureExpired):
        signed.loads(token, salt=SALT, max_age=100)
    assert signed.loads(token, salt=SALT) == {"a": 7}  # no limit asked, as signing.loads


def test_an_expired_form_token_is_refused_by_the_csrf_check_after_being_accepted(monkeypatch, settings):
    settings.COMMENTS_FORM_MAX_AGE_SECONDS = 100
    token = csrf.make_token(5)
    assert csrf._token_ok(token, 5) and not csrf._token_ok(token, 6)
    now = signed.time.time()
    monkeypatch.setattr(signed.time, "time", lambda: now + 101)
    assert not csrf._token_ok(token, 5)


def test_the_next_form_timestamp_is_made_once_a_second_and_reads_back(monkeypatch):
    monkeypatch.setattr(signed.time, "time", lambda: 1_800_000_000.4)
    monkeypatch.setattr(tokens.time, "time", lambda: 1_800_000_000.4)
    first = tokens.make_token(5)
    assert tokens.make_token(5) is first
    assert tokens.make_token(6) != first
    assert tokens.read_token(first) == (5, 1_800_000_000)
    monkeypatch.setattr(signed.time, "time", lambda: 1_800_000_001.2)
    monkeypatch.setattr(tokens.time, "time", lambda: 1_800_000_001.2)
    assert tokens.read_token(tokens.make_token(5)) == (5, 1_800_000_001)


def test_what_is_remembered_is_bounded(monkeypatch):
    monkeypatch.setattr(signed, "LIMIT", 3)
    for i in range(10):
        signed.loads(signing.dumps({"a": i}, salt=SALT, compress=False), salt=SALT)
        signed.dumps({"a": i}, salt=SALT)
    assert len(signed._verified) <= 3 and len(signed._made) <= 3
