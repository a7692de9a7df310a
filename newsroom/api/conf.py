"""The api app's settings, with defaults, read at call time so tests can override them.

API_PAGE_SIZE / API_MAX_PAGE_SIZE  default and largest `limit` of a list endpoint
API_CORS_MAX_AGE                   seconds a browser may cache a preflight answer
EMBED_ALLOWED_ORIGINS              the sites allowed to frame /embed/<id>/ (CSP frame-ancestors);
                                   env: space- or comma-separated, default 'self' only
"""

import os

from django.conf import settings


def _origins_from_env():
    raw = os.environ.get("EMBED_ALLOWED_ORIGINS", "")
    return [item for item in raw.replace(",", " ").split() if item] or ["'self'"]


DEFAULTS = {
    "API_PAGE_SIZE": 50,
    "API_MAX_PAGE_SIZE": 100,
    "API_CORS_MAX_AGE": 600,
}


def get(name):
    if name == "EMBED_ALLOWED_ORIGINS":
        return list(getattr(settings, name, None) or _origins_from_env())
    return getattr(settings, name, DEFAULTS[name])
