"""The cheapest way to answer a cached article page: before Django builds a request at all.

`PageCacheWSGI` wraps the WSGI application (newsroom/wsgi.py). For a request that could use the
page cache (same rules as newsroom.core.middleware.PageCacheMiddleware) and whose page is cached
and current, it writes the stored page with the reader's own CSRF token; for everything else it
calls Django. The middleware still stores pages and serves hits wherever this wrapper is absent
(runserver, the test client).
"""

import os
import time

from django.conf import settings
from django.http.request import split_domain_port, validate_host
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils.http import http_date

from newsroom.articles import caching

_CHARS = CSRF_ALLOWED_CHARS
_INDEX = {char: i for i, char in enumerate(_CHARS)}
# Random bytes -> allowed characters in C (bytes.translate); bytes at or above the largest multiple
# of 62 are dropped, so every character stays equally likely.
_LIMIT = 256 - 256 % len(_CHARS)
_TABLE = bytes(ord(_CHARS[b % len(_CHARS)]) for b in range(256))
_DROP = bytes(range(_LIMIT, 256))


def random_string(length=CSRF_SECRET_LENGTH):
    out = b""
    while len(out) < length:
        out += os.urandom(length + 8).translate(_TABLE, _DROP)
    return out[:length].decode("ascii")


def mask(secret):
    """A masked CSRF token for `secret`, in the format django.middleware.csrf produces and checks
    (a random mask followed by the secret shifted by it). Django's own get_token() draws each
    character through `secrets.choice`, which was most of the cost of a cache hit."""
    key = random_string()
    n = len(_CHARS)
    return key + "".join(_CHARS[(_INDEX[s] + _INDEX[m]) % n] for s, m in zip(secret, key, strict=True))


def valid_secret(value):
    return value is not None and len(value) == CSRF_SECRET_LENGTH and all(c in _INDEX for c in value)


def allowed_cookies():
    return {settings.CSRF_COOKIE_NAME, *getattr(settings, "PAGE_CACHE_IGNORED_COOKIES", ())}


def _cookie_names_and_csrf(header, csrf_name):
    names, csrf = set(), None
    for chunk in header.split(";"):
        name, _, value = chunk.partition("=")
        name = name.strip()
        if name:
            names.add(name)
            if name == csrf_name:
                csrf = value.strip()
    return names, csrf


def csrf_cookie_header(secret, now=None):
    """The Set-Cookie value CsrfViewMiddleware would send a first-time reader."""
    expires = http_date((now or time.time()) + settings.CSRF_COOKIE_AGE)
    parts = [
        f"{settings.CSRF_COOKIE_NAME}={secret}",
        f"expires={expires}",
        f"Max-Age={settings.CSRF_COOKIE_AGE}",
        f"Path={settings.CSRF_COOKIE_PATH}",
    ]
    if settings.CSRF_COOKIE_DOMAIN:
        parts.append(f"Domain={settings.CSRF_COOKIE_DOMAIN}")
    if settings.CSRF_COOKIE_SECURE:
        parts.append("Secure")
    if settings.CSRF_COOKIE_HTTPONLY:
        parts.append("HttpOnly")
    if settings.CSRF_COOKIE_SAMESITE:
        parts.append(f"SameSite={settings.CSRF_COOKIE_SAMESITE}")
    return "; ".join(parts)


class PageCacheWSGI:
    def __init__(self, application):
        self.application = application
        self._hosts = {}  # Host header -> allowed?
        self._cookie_tail = (0, "")  # (second, "; expires=...; Path=/...") for new CSRF cookies
        # Settings are read once: this runs for every request and LazySettings lookups add up.
        self.enabled = not (settings.USE_X_FORWARDED_HOST or settings.CSRF_USE_SESSIONS)
        self.allowed_cookies = allowed_cookies()
        self.csrf_cookie_name = settings.CSRF_COOKIE_NAME
        self.ssl_redirect = settings.SECURE_SSL_REDIRECT
        self.proxy_ssl_header = settings.SECURE_PROXY_SSL_HEADER
        self.recheck = caching.recheck_seconds()

    def _new_cookie(self, secret):
        second = int(time.time())
        if self._cookie_tail[0] != second:
            full = csrf_cookie_header("", now=second)
            self._cookie_tail = (second, full[full.index(";"):])
        return f"{self.csrf_cookie_name}={secret}{self._cookie_tail[1]}"

    def _host_allowed(self, host):
        allowed = self._hosts.get(host)
        if allowed is None:
            domain, _port = split_domain_port(host)
            allowed = bool(domain) and validate_host(domain, settings.ALLOWED_HOSTS)
            if len(self._hosts) < 100:
                self._hosts[host] = allowed
        return allowed

    def _is_secure(self, environ):
        header = self.proxy_ssl_header
        if header:
            name, value = header
            return environ.get(name, "").split(",")[0].strip() == value
        return environ.get("wsgi.url_scheme") == "https"

    def __call__(self, environ, start_response):
        response = self._try_cache(environ, start_response)
        if response is not None:
            return response
        return self.application(environ, start_response)

    def _try_cache(self, environ, start_response):
        method = environ.get("REQUEST_METHOD")
        if (
            method not in ("GET", "HEAD")
            or environ.get("QUERY_STRING")
            or "HTTP_AUTHORIZATION" in environ
            or not self.enabled
        ):
            return None
        names, secret = _cookie_names_and_csrf(environ.get("HTTP_COOKIE", ""), self.csrf_cookie_name)
        if not names <= self.allowed_cookies:
            return None
        secure = self._is_secure(environ)
        if self.ssl_redirect and not secure:
            return None
        host = environ.get("HTTP_HOST")
        if not host or not self._host_allowed(host):
            return None  # Django answers with its own 400
        key = caching.key_for("https" if secure else "http", host, environ.get("SCRIPT_NAME", ""),
                              environ.get("PATH_INFO", ""))
        entry = caching.lookup_key(key, self.recheck)
        if entry is None:
            return None
        headers = list(entry["headers"])
        if not valid_secret(secret):
            secret = random_string()
            headers.append(("Set-Cookie", self._new_cookie(secret)))
        body = caching.render_entry(entry, mask(secret))
        headers.append(("Content-Length", str(len(body))))
        headers.append(("X-Page-Cache", "hit"))
        start_response(f"{entry['status']} OK", headers)
        return [b""] if method == "HEAD" else [body]
