"""Django set up in process for the bench/scale scripts: production settings (file cache, no DEBUG) on
the database DATABASE_URL names, with a throwaway secret key and cache and static folders of the
script's own (``tag``), so that two scripts never share a cache."""
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup(tag):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("CACHE_DIR", f"/tmp/newsroom-scale-{tag}/cache")
    os.environ.setdefault("STATIC_ROOT", f"/tmp/newsroom-scale-{tag}/static")
    import django
    django.setup()
