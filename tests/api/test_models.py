import io

import pytest
from django.core.management import CommandError, call_command

from newsroom.api.models import ApiKey, hash_key

pytestmark = pytest.mark.django_db


def test_only_the_hash_is_stored_and_lookup_needs_an_active_key():
    key, raw = ApiKey.create_key("Partner", ["https://Partner.example/"])
    assert raw.startswith("nrk_") and len(raw) > 40
    stored = ApiKey.objects.get(pk=key.pk)
    assert stored.key_hash == hash_key(raw) and raw not in (stored.key_hash, stored.prefix)
    assert ApiKey.lookup(raw) == stored
    assert ApiKey.lookup(raw + "x") is None
    assert ApiKey.lookup("") is None
    assert stored.allows_origin("https://partner.example")
    assert not stored.allows_origin("https://evil.example")
    ApiKey.objects.filter(pk=key.pk).update(active=False)
    assert ApiKey.lookup(raw) is None


def test_create_api_key_command_prints_the_key_once():
    out, err = io.StringIO(), io.StringIO()
    call_command("create_api_key", "Partner Daily", "--origin", "https://partner.example",
                 stdout=out, stderr=err)
    raw = out.getvalue().strip()
    key = ApiKey.objects.get()
    assert key.name == "Partner Daily"
    assert key.key_hash == hash_key(raw)
    assert key.origins() == {"https://partner.example"}
    assert raw not in err.getvalue()


def test_create_api_key_command_refuses_a_bad_origin():
    with pytest.raises(CommandError):
        call_command("create_api_key", "X", "--origin", "partner.example/path", stdout=io.StringIO())
    assert not ApiKey.objects.exists()
