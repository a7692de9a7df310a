"""Serve cached article pages to anonymous readers before sessions, auth and the ORM are touched."""

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_vary_headers

from newsroom.articles import caching


def _allowed_cookies():
    return {settings.CSRF_COOKIE_NAME, *getattr(settings, "PAGE_CACHE_IGNORED_COOKIES", ())}


class PageCacheMiddleware:
    """Place right after WhiteNoise. A request may use the cache only when it is a plain GET/HEAD
    with no query string and no cookies beyond the CSRF cookie (and PAGE_CACHE_IGNORED_COOKIES):
    anyone with a session, a flash message or credentials gets a freshly rendered page."""

    def __init__(self, get_response):
        self.get_response = get_response
        # Only its cookie handling is used, for hits (the real CSRF middleware is not reached).
        self.csrf = CsrfViewMiddleware(get_response)

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
            and set(response.cookies) <= _allowed_cookies()
        ):
            caching.store(request, response, *marker)
            response["X-Page-Cache"] = "miss"
        return response

    def _may_use_cache(self, request):
        return (
            request.method in ("GET", "HEAD")
            and not request.META.get("QUERY_STRING")
            and "HTTP_AUTHORIZATION" not in request.META
            and set(request.COOKIES) <= _allowed_cookies()
        )

    def _hit(self, request, entry):
        self.csrf.process_request(request)
        response = HttpResponse(caching.render_entry(entry, get_token(request)), status=entry["status"])
        for header, value in entry["headers"]:
            response[header] = value
        response["X-Page-Cache"] = "hit"
        patch_vary_headers(response, ("Cookie",))
        return self.csrf.process_response(request, response)
