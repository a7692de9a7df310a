"""The front cache (Varnish or a CDN) in front of the readers' pages: tagging and purging.

A reader's page names what it shows with surrogate keys (`tag(request, ...)`, key names in
newsroom.articles.surrogates). `FrontCacheMiddleware` turns them into the response headers a shared
cache understands:

- anonymous readers: `Cache-Control: public, max-age=0, s-maxage=FRONT_CACHE_SECONDS` and
  `Surrogate-Key: <keys>` (Fastly reads that header; the shipped VCL copies it to Varnish's `xkey`);
- anyone with a session, a flash message or credentials: `Cache-Control: private, no-cache, ...`.

When something shown changes, the action that changed it calls `purge(*keys)`. The purge is sent
after the surrounding transaction commits (a reader can never re-cache the old state), through the
backend named by the dotted path FRONT_CACHE_BACKEND (a `PurgeBackend` subclass, like Django's email
backends). A failed purge is retried FRONT_CACHE_PURGE_ATTEMPTS times and logged; it never raises,
so it can never cost a moderator a decision that is already stored. FRONT_CACHE_SECONDS bounds how
long a lost purge can show stale content.
"""

import json
import logging
import os
import time
import urllib.error
import urllib.request
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)

ALL = "all"  # on every tagged page: purge("all") empties the front cache of readers' pages


def _setting(name, default):
    return getattr(settings, name, default)


# --- Tagging ------------------------------------------------------------------------------------

def tag(request, *keys):
    """Mark the response to `request` as a reader's page showing `keys` (cacheable when shared)."""
    found = getattr(request, "surrogate_keys", None)
    if found is None:
        found = request.surrogate_keys = {ALL}
    found.update(str(key) for key in keys)


def is_shared(request, response):
    """May this response go to every reader? Not when the request carries a session, a flash
    message or credentials, or when the response sets a cookie."""
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies
        or _setting("MESSAGE_COOKIE_NAME", "messages") in cookies
        or "HTTP_AUTHORIZATION" in request.META
        or response.cookies
    )


class FrontCacheMiddleware:
    """Place first in MIDDLEWARE so the headers set here are the last word."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        keys = getattr(request, "surrogate_keys", None)
        if keys is None or request.method not in ("GET", "HEAD"):
            return response
        if response.status_code == 200 and is_shared(request, response):
            patch_cache_control(
                response, public=True, max_age=_setting("FRONT_CACHE_BROWSER_SECONDS", 0),
                s_maxage=_setting("FRONT_CACHE_SECONDS", 600),
            )
            response["Surrogate-Key"] = " ".join(sorted(keys))
        else:
            add_never_cache_headers(response)
            response.headers.pop("Surrogate-Key", None)
        return response


# --- Purging ------------------------------------------------------------------------------------

class PurgeError(Exception):
    pass


class PurgeBackend:
    """Subclass and implement purge(keys); raise on failure (the caller retries and logs)."""

    def purge(self, keys):
        raise NotImplementedError


class NoFrontCache(PurgeBackend):
    """No shared cache in front (development, tests): nothing to purge."""

    def purge(self, keys):
        pass


def _send(request, timeout):
    try:
        # Safe: the purge URLs are the operator's settings (VARNISH_PURGE_URLS, FASTLY_API_URL).
        with urllib.request.urlopen(request, timeout=timeout) as response:  # nosec B310
            return response.status, response.read(4096)
    except urllib.error.HTTPError as exc:
        raise PurgeError(f"{request.full_url} answered {exc.code}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise PurgeError(f"{request.full_url}: {exc}") from exc


class VarnishPurge(PurgeBackend):
    """`PURGE /` with an `xkey-purge: <keys>` header to every Varnish in VARNISH_PURGE_URLS
    (deploy/varnish/newsroom.vcl hands the keys to the xkey vmod)."""

    def purge(self, keys):
        timeout = _setting("FRONT_CACHE_PURGE_TIMEOUT", 2.0)
        failures = []
        for url in _setting("VARNISH_PURGE_URLS", []):
            request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": " ".join(keys)})
            try:
                _send(request, timeout)
            except PurgeError as exc:
                failures.append(str(exc))
        if failures:
            raise PurgeError("; ".join(failures))


class FastlyPurge(PurgeBackend):
    """Fastly's batch purge: POST {FASTLY_API_URL}/service/{FASTLY_SERVICE_ID}/purge with the
    keys as JSON (at most 256 per call) and the API token from the FASTLY_API_TOKEN environment
    variable in the Fastly-Key header. FASTLY_SOFT_PURGE marks objects stale instead of removing them."""

    BATCH = 256

    def purge(self, keys):
        token = os.environ.get("FASTLY_API_TOKEN")
        service = _setting("FASTLY_SERVICE_ID", "")
        if not token or not service:
            raise PurgeError("set FASTLY_API_TOKEN (environment) and FASTLY_SERVICE_ID")
        url = f"{_setting('FASTLY_API_URL', 'https://api.fastly.com').rstrip('/')}/service/{service}/purge"
        headers = {"Fastly-Key": token, "Content-Type": "application/json", "Accept": "application/json"}
        if _setting("FASTLY_SOFT_PURGE", False):
            headers["Fastly-Soft-Purge"] = "1"
        keys = list(keys)
        for start in range(0, len(keys), self.BATCH):
            body = json.dumps({"surrogate_keys": keys[start:start + self.BATCH]}).encode()
            request = urllib.request.Request(url, data=body, method="POST", headers=headers)
            _send(request, _setting("FRONT_CACHE_PURGE_TIMEOUT", 2.0))


@lru_cache(maxsize=4)
def _backend(path):
    return import_string(path)()


def backend():
    return _backend(_setting("FRONT_CACHE_BACKEND", "newsroom.core.frontcache.NoFrontCache"))


def send_purge(keys):
    """Purge now, retrying with a short pause; True when the front cache confirmed it.
    Never raises: a failure is logged (with the keys, so an operator can purge them by hand)."""
    keys = sorted({str(key) for key in keys})
    if not keys:
        return True
    attempts = max(1, int(_setting("FRONT_CACHE_PURGE_ATTEMPTS", 3)))
    delay = float(_setting("FRONT_CACHE_PURGE_RETRY_DELAY", 0.2))
    for attempt in range(1, attempts + 1):
        try:
            backend().purge(keys)
            return True
        except Exception as exc:  # any failure of the cache must stay the cache's problem
            if attempt < attempts:
                log.warning("front cache purge of %s failed (attempt %d of %d): %s", " ".join(keys),
                            attempt, attempts, exc)
                time.sleep(delay * attempt)
            else:
                log.error("front cache purge of %s failed after %d attempts, pages stay stale for up "
                          "to FRONT_CACHE_SECONDS: %s", " ".join(keys), attempts, exc)
    return False


def purge(*keys):
    """Purge `keys` from the front cache once the current transaction commits (at once outside one)."""
    keys = [key for key in keys if key]
    if keys:
        transaction.on_commit(lambda: send_purge(keys), robust=True)
