"""Serve cached article pages to anonymous readers before sessions, auth and the ORM are touched."""

from django.conf import settings
from django.http import HttpResponse
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
