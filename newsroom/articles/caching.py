"""Whole-page caching of article pages for anonymous readers.

A cached entry is the rendered HTML with the CSRF token replaced by a placeholder; every hit puts
the reader's own token back (django.middleware.csrf.get_token), so the comment form on a cached page
works for every reader, with or without JavaScript.

Freshness uses generations instead of deleting keys: an entry stores the site generation and its
article's generation as they were *before* the page was rendered, and is served only while both
still match. `invalidate_article(id)` (called by the comments app after each moderation decision)
bumps one article's generation; publishing, unpublishing, moving or deleting any page bumps the site
generation, because every article page lists "The Latest". A bump runs after the surrounding
transaction commits, so a reader can never re-cache the state from before the change.

Each process also keeps the entries it has served in memory and trusts them, without asking the
shared cache, for PAGE_CACHE_RECHECK_SECONDS (default 0.25 s). That keeps a hit cheap; the price is
that an invalidation made in *another* worker is seen here up to that long afterwards (in the worker
that made it, at once).
"""

import hashlib
import re
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

PLACEHOLDER = b"__newsroom_csrf_token__"
SITE_GENERATION_KEY = "pagecache:gen:site"
_TOKEN_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')
LOCAL_MAX_ENTRIES = 500

# key -> (entry, monotonic time it was last confirmed against the shared generations)
_local = {}
_local_lock = threading.Lock()


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _article_key(article_id):
    return f"pagecache:gen:article:{article_id}"


def recheck_seconds():
    return getattr(settings, "PAGE_CACHE_RECHECK_SECONDS", 0.25)


def key_for(scheme, host, script_name, path_info):
    """The cache key of a page, from the raw WSGI values, so the Django middleware and the WSGI
    fast path (newsroom.core.fastpath) compute the same key."""
    raw = f"{scheme}|{host}|{script_name}|{path_info}".encode("utf-8", "surrogateescape")
    return "pagecache:page:" + hashlib.sha1(raw).hexdigest()


def entry_key(request):
    meta = request.META
    return key_for(request.scheme, request.get_host(), meta.get("SCRIPT_NAME", ""), meta.get("PATH_INFO", ""))


def _read_generation(cache, key, values):
    # A missing generation (never set, evicted or flushed) gets a fresh random value, so an older
    # entry can never match again by accident.
    value = values.get(key)
    if value is None:
        cache.add(key, uuid.uuid4().hex, None)
        value = cache.get(key)
    return value


def generations(article_id):
    cache = _cache()
    keys = [SITE_GENERATION_KEY, _article_key(article_id)]
    values = cache.get_many(keys)
    return tuple(_read_generation(cache, key, values) for key in keys)


def _bump(key):
    _cache().set(key, uuid.uuid4().hex, None)
    clear_local()


def clear_local():
    with _local_lock:
        _local.clear()


def reset():
    """Forget every cached page at once (tests call this between tests)."""
    _bump(SITE_GENERATION_KEY)


def invalidate_article(article_id):
    """Stop serving the cached page of one article (e.g. after a comment is approved)."""
    transaction.on_commit(lambda: _bump(_article_key(article_id)))


def invalidate_all():
    """Stop serving every cached article page (a page was published, unpublished, moved...)."""
    transaction.on_commit(lambda: _bump(SITE_GENERATION_KEY))


def _remember(key, entry, now):
    with _local_lock:
        if len(_local) >= LOCAL_MAX_ENTRIES:
            _local.clear()
        _local[key] = (entry, now)


def lookup(request):
    return lookup_key(entry_key(request))


def lookup_key(key, recheck=None):
    now = time.monotonic()
    local = _local.get(key)
    if local is not None and now - local[1] < (recheck_seconds() if recheck is None else recheck):
        return local[0]
    entry = _cache().get(key)
    if entry is None or generations(entry["article"]) != entry["generations"]:
        _local.pop(key, None)
        return None
    _remember(key, entry, now)
    return entry


def store(request, response, article_id, gens):
    body = response.content
    match = _TOKEN_INPUT.search(body)
    if match:
        # The same masked token is used everywhere in one rendering ({% csrf_token %}, {{ csrf_token }}).
        body = body.replace(match.group(1), PLACEHOLDER)
    headers = [(k, v) for k, v in response.items() if k.lower() not in {"content-length", "set-cookie"}]
    if not any(k.lower() == "vary" for k, _v in headers):
        headers.append(("Vary", "Cookie"))
    elif not any(k.lower() == "vary" and "cookie" in v.lower() for k, v in headers):
        headers = [(k, f"{v}, Cookie" if k.lower() == "vary" else v) for k, v in headers]
    entry = {"article": article_id, "generations": gens, "body": body, "headers": headers,
             "status": response.status_code}
    key = entry_key(request)
    _cache().set(key, entry, timeout())
    if generations(article_id) == gens:  # not invalidated while we rendered
        _remember(key, entry, time.monotonic())


def render_entry(entry, token):
    return entry["body"].replace(PLACEHOLDER, token.encode("ascii"))
