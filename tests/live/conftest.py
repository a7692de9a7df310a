import pytest

from tests.live.site import LiveSite


@pytest.fixture(scope="session")
def live_site(tmp_path_factory, django_db_setup, django_db_blocker):
    """One database (a copy of the migrated test database) and article for every live test of the
    session (see site.py)."""
    site = LiveSite(tmp_path_factory.mktemp("live"))
    with django_db_blocker.unblock():
        site.create()
    yield site
    site.drop()
