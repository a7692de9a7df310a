import io
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from newsroom.articles.models import ArticlePage, HomePage, NewsImage

from .conftest import LANGS, SEED_SLUG

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(db):
    """Loaded by each test here, not once for the module (conftest.py): the module's other database
    test must start from a database without the demo."""
    call_command("load_demo", stdout=io.StringIO())
    return ArticlePage.objects.get(locale__language_code="en", slug=SEED_SLUG)


def snapshot():
    return (
        Page.objects.count(), Revision.objects.count(), NewsImage.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "title", "latest_revision_id", "live")),
    )


def test_load_demo_builds_six_editions(demo):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(LANGS)
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "en"
    for lang in LANGS:
        assert HomePage.objects.filter(locale__language_code=lang, live=True).count() == 1
        assert ArticlePage.objects.live().filter(locale__language_code=lang).exists()
    # The seed's translations are linked to it.
    translations = demo.get_translations().values_list("locale__language_code", flat=True)
    assert sorted(translations) == sorted(set(LANGS) - {"en"})
    turkey = ArticlePage.objects.get(slug__startswith="turkey-says")
    assert turkey.locale.language_code == "en" and turkey.date > demo.date
    assert demo.lead_image is not None and demo.lead_image.credit == "Rudaw TV"
    assert Group.objects.filter(name="Moderator").exists()
    assert Group.objects.filter(name="Chief moderator").exists()


def test_load_demo_is_idempotent(demo):
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "0 new article" in out.getvalue()
    assert ArticlePage.objects.filter(slug=SEED_SLUG).count() == len(LANGS)


def test_check_deploy_is_clean_with_the_documented_environment():
    # conftest.py sets DJANGO_ALLOW_ASYNC_UNSAFE for Playwright; production never has it.
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "news.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://news.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_demo_users_are_made_once_and_printed_the_same(db, settings, tmp_path):
    from django.contrib.auth import get_user_model

    settings.DEMO_CREDENTIALS_FILE = tmp_path / "creds"
    first, second = io.StringIO(), io.StringIO()
    call_command("demo_users", stdout=first)
    User = get_user_model()
    admin = User.objects.get(username="admin")
    moderator = User.objects.get(username="moderator")
    hashes = (admin.password, moderator.password)
    call_command("demo_users", stdout=second)
    assert first.getvalue() == second.getvalue()
    assert tuple(User.objects.filter(username__in=["admin", "moderator"]).order_by("username")
                 .values_list("password", flat=True)) == hashes
    assert admin.is_superuser and not moderator.is_superuser
    assert moderator.groups.filter(name="Moderator").exists()
    password = [line for line in first.getvalue().splitlines() if " admin / " in line][0].split(" / ")[1]
    assert admin.check_password(password)
    assert (tmp_path / "creds").stat().st_mode & 0o077 == 0
