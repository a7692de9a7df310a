import pytest

from newsroom.api.models import ApiKey

PARTNER = "https://partner.example"


@pytest.fixture
def api_key(db):
    _key, raw = ApiKey.create_key("Partner", [PARTNER])
    return raw
