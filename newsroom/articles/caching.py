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
"""

import hashlib
import re
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

PLACEHOLDER = b"__newsroom_csrf_token__"
SITE_GENERATION_KEY = "pagecache:gen:site"
_TOKEN_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _article_key(article_id):
    return f"pagecache:gen:article:{article_id}"


def entry_key(request):
    raw = f"{request.get_host()}|{request.path}".encode()
    return "pagecache:page:" + hashlib.sha1(raw).hexdigest()


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


def invalidate_article(article_id):
    """Stop serving the cached page of one article (e.g. after a comment is approved)."""
    transaction.on_commit(lambda: _bump(_article_key(article_id)))


def invalidate_all():
    """Stop serving every cached article page (a page was published, unpublished, moved...)."""
    transaction.on_commit(lambda: _bump(SITE_GENERATION_KEY))


def lookup(request):
    entry = _cache().get(entry_key(request))
    if entry is None:
        return None
    if generations(entry["article"]) != entry["generations"]:
        return None
    return entry


def store(request, response, article_id, gens):
    body = response.content
    match = _TOKEN_INPUT.search(body)
    if match:
        # The same masked token is used everywhere in one rendering ({% csrf_token %}, {{ csrf_token }}).
        body = body.replace(match.group(1), PLACEHOLDER)
    headers = [(k, v) for k, v in response.items() if k.lower() not in {"content-length", "set-cookie"}]
    entry = {"article": article_id, "generations": gens, "body": body, "headers": headers,
             "status": response.status_code}
    _cache().set(entry_key(request), entry, timeout())


def render_entry(entry, token):
    return entry["body"].replace(PLACEHOLDER, token.encode("ascii"))
