"""Serve cached article pages to anonymous readers before sessions, auth and the ORM are touched;
refuse NUL characters in any input."""

import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.cache import patch_vary_headers

from newsroom.articles import caching

from .fastpath import allowed_cookies, mask, random_string, valid_secret


class PageCacheMiddleware:
    """Place first in MIDDLEWARE, so a hit costs as little as possible; a cached entry keeps the
    headers every other middleware added when it was rendered. A request may use the cache only
    when it is a plain GET/HEAD with no query string and no cookies beyond the CSRF cookie (and
    PAGE_CACHE_IGNORED_COOKIES): anyone with a session, a flash message or credentials gets a
    freshly rendered page. Plain-http requests that SecurityMiddleware would redirect pass by."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._may_use_cache(request):
            return self.get_response(request)
        entry = caching.lookup(request)
        if entry is not None:
            return self._hit(request, entry)
        response = self.get_response(request)
        marker = getattr(response, "page_cache", None)
        if (
            marker is not None
            and request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and set(response.cookies) <= allowed_cookies()
        ):
            caching.store(request, response, *marker)
            response["X-Page-Cache"] = "miss"
        return response

    def _may_use_cache(self, request):
        return (
            request.method in ("GET", "HEAD")
            and not request.META.get("QUERY_STRING")
            and "HTTP_AUTHORIZATION" not in request.META
            and set(request.COOKIES) <= allowed_cookies()
            and not settings.CSRF_USE_SESSIONS
            and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
        )

    def _hit(self, request, entry):
        secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
        new_secret = not valid_secret(secret)
        if new_secret:
            secret = random_string()
        response = HttpResponse(caching.render_entry(entry, mask(secret)), status=entry["status"])
        for header, value in entry["headers"]:
            response[header] = value
        response["X-Page-Cache"] = "hit"
        if new_secret:
            # The same cookie CsrfViewMiddleware would set for a first-time reader.
            response.set_cookie(
                settings.CSRF_COOKIE_NAME, secret, max_age=settings.CSRF_COOKIE_AGE,
                domain=settings.CSRF_COOKIE_DOMAIN, path=settings.CSRF_COOKIE_PATH,
                secure=settings.CSRF_COOKIE_SECURE, httponly=settings.CSRF_COOKIE_HTTPONLY,
                samesite=settings.CSRF_COOKIE_SAMESITE,
            )
        patch_vary_headers(response, ("Cookie",))
        return response


class RejectNulMiddleware:
    """Answer 400 to any request carrying a NUL character (raw or %00-encoded) in its path, query
    string, cookies or form/JSON body. No field of this site may hold one, PostgreSQL refuses
    them in text ("cannot contain NUL"), and refusing them here, once, keeps every view, filter and
    form from failing with a 500 on them. Multipart bodies are checked field by field (uploaded
    files may hold NUL bytes); bodies larger than DATA_UPLOAD_MAX_MEMORY_SIZE are left to the
    views, which refuse them on size."""

    JSON_TYPES = ("application/json", "application/merge-patch+json")

    MESSAGE = "The request contains a NUL character, which no field accepts."

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if (
            "\x00" in request.path or "%00" in query or "\x00" in query
            or any("\x00" in key or "\x00" in value for key, value in request.COOKIES.items())
        ):
            return self._refuse(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "checks_own_input", False) and self._body_has_nul(request):
            return self._refuse(request)
        return None

    def _refuse(self, request):
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"status": "error", "code": "nul", "message": self.MESSAGE}, status=400)
        return HttpResponseBadRequest(self.MESSAGE, content_type="text/plain; charset=utf-8")

    def _body_has_nul(self, request):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return False
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return False
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if length <= 0 or (limit is not None and length > limit):
            return False
        content_type = request.content_type or ""
        if content_type == "multipart/form-data":
            try:
                fields = request.POST
            except Exception:  # noqa: BLE001 - a malformed body is the view's to refuse
                return False
            return any("\x00" in key or "\x00" in value for key, values in fields.lists()
                       for value in values)
        body = request.body
        if b"\x00" in body:
            return True
        if content_type == "application/x-www-form-urlencoded":
            return b"%00" in body
        if content_type in self.JSON_TYPES and b"\\u0000" in body:
            try:
                return _json_has_nul(json.loads(body))
            except ValueError:
                return False
        return False


def _json_has_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any("\x00" in key or _json_has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_json_has_nul(item) for item in value)
    return False


def checks_own_input(view):
    """Mark a view that refuses NUL characters in its body itself, with its own answer (the
    reader's comment form re-renders with the reader's text; the API answers in its JSON shape)."""
    view.checks_own_input = True
    return view
