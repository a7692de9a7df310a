import pytest
from django.core.cache import cache

from tests.comments.factories import make_article, make_user


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(db):
    return make_article()


@pytest.fixture
def arabic_article(db):
    return make_article("ar", title="خبر")


@pytest.fixture
def moderator(db):
    return make_user("mod", "moderator")


@pytest.fixture
def chief(db):
    return make_user("chief", "chief")
