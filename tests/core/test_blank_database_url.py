"""A blank DATABASE_URL (set but empty, as some CI templates leave it) means the SQLite default."""
import os
import subprocess
import sys

from django.conf import settings


def test_blank_database_url_falls_back_to_sqlite():
    env = {**os.environ, "DATABASE_URL": "  ", "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"}
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
                               "print(settings.DATABASES['default']['ENGINE'])"],
        env=env, capture_output=True, text=True, timeout=120, cwd=settings.BASE_DIR)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "newsroom.core.sqlite"
