import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from newsroom.articles.models import ArticlePage

SEED_SLUG = "punching-isis-coalition-acknowledges-resurgence-insists-caliphate-wont-return"
SEED_HEADLINE = "‘Punching ISIS’: Coalition acknowledges resurgence, insists caliphate won’t return"
LANGS = ["en", "ckb", "kmr", "ar", "tr", "fa"]
RTL = {"ar", "ckb", "fa"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())
    return ArticlePage.objects.get(locale__language_code="en", slug=SEED_SLUG)


@pytest.fixture
def seed_url(demo):
    return demo.url
