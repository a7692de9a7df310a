import re

import pytest

from newsroom.api.models import ApiKey, hash_key
from tests.comments.factories import make_user

pytestmark = pytest.mark.django_db


def test_admin_creates_a_key_shows_it_once_and_stores_only_its_hash(client):
    client.force_login(make_user("boss", superuser=True))
    response = client.post("/django-admin/api/apikey/add/", {
        "name": "Partner", "allowed_origins": "https://partner.example", "active": "on",
    })
    assert response.status_code == 302, response.content[:2000]
    shown = client.get(response["Location"]).content.decode()  # the page after saving shows it
    raw = re.search(r"nrk_[\w-]+", shown).group(0)
    key = ApiKey.objects.get()
    assert key.key_hash == hash_key(raw) and ApiKey.lookup(raw) == key
    # Editing keeps the same key.
    response = client.post(f"/django-admin/api/apikey/{key.pk}/change/", {
        "name": "Partner Daily", "allowed_origins": "https://partner.example\nhttps://b.example",
    })
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.key_hash == hash_key(raw) and not key.active
    assert key.origins() == {"https://partner.example", "https://b.example"}
    page = client.get(f"/django-admin/api/apikey/{key.pk}/change/")
    assert raw.encode() not in page.content
