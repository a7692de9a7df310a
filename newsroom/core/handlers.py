"""The site's WSGI handler (newsroom.wsgi): Django's, with a shorter middleware stack for one
request, a reader's comment POST answered in JSON (the inline form; `Accept: application/json`).

That request is the busiest one that always reaches Python (readers' pages are served by the front
cache), and the view answers it with a JsonResponse in every case (accepted, refused, not found),
never a rendered page. The middleware in SKIPPED below provably do nothing for it, so it runs the
rest of settings.MIDDLEWARE, in the same order: the front cache's headers, the NUL check, Django's
security headers and HTTPS redirect, CommonMiddleware (disallowed user agents, Content-Length),
X-Frame-Options, the CSP and Permissions-Policy headers, and any middleware added later (only
what is named here is skipped). Every other request, the same POST without JavaScript included
(it redirects, or renders a refusal page that reads the session, the user and the CSRF cookie),
runs the whole stack. The view's process_view hooks, URL resolution and exception handling are the
handler's own and the same for both.
"""

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIHandler
from django.urls import set_urlconf
from django.urls.resolvers import RoutePattern
from django.utils.log import log_response
from django.utils.module_loading import import_string

from newsroom.comments.urls import POST_ROUTE

# Middleware a JSON comment POST never needs, with the reason.
SKIPPED = {
    "whitenoise.middleware.WhiteNoiseMiddleware": "serves files under STATIC_URL only",
    "django.contrib.sessions.middleware.SessionMiddleware": "the view reads and writes no session",
    "django.middleware.locale.LocaleMiddleware":
        "the view answers in the article's language, or the request's (get_language_from_request) "
        "when there is no article; the 404 redirect it would add is what keep_404 turns off",
    "django.middleware.csrf.CsrfViewMiddleware":
        "the view is csrf_exempt and checks its own tokens (newsroom.comments.csrf); nothing "
        "asks for Django's CSRF cookie, which only a rendered form would",
    "django.contrib.auth.middleware.AuthenticationMiddleware": "the view never reads request.user",
    "django.contrib.messages.middleware.MessageMiddleware": "the view adds and shows no messages",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware":
        "acts on 404s only, and the endpoint's 404 (no such article) is meant as one",
    "axes.middleware.AxesMiddleware": "acts only after a failed sign-in marked the request",
}


class NewsroomWSGIHandler(WSGIHandler):
    _comment_post_chain = None

    def load_middleware(self, is_async=False):
        super().load_middleware(is_async)
        self._comment_post = RoutePattern(POST_ROUTE, is_endpoint=True)
        if is_async:
            return
        # Built like Django's chain (BaseHandler.load_middleware), for sync middleware: the
        # process_view, template-response and exception hooks stay the whole stack's.
        handler = convert_exception_to_response(self._get_response)
        for path in reversed(settings.MIDDLEWARE):
            if path in SKIPPED:
                continue
            try:
                instance = import_string(path)(handler)
            except MiddlewareNotUsed:
                continue
            handler = convert_exception_to_response(instance)
        self._comment_post_chain = handler

    def is_json_comment_post(self, request):
        """The reader's inline comment POST: what comments.views.post answers in JSON only."""
        path = request.path_info
        return (request.method == "POST" and path.startswith("/")
                and "application/json" in request.META.get("HTTP_ACCEPT", "")
                and self._comment_post.match(path[1:]) is not None)

    def get_response(self, request):
        if self._comment_post_chain is None or not self.is_json_comment_post(request):
            return super().get_response(request)
        # BaseHandler.get_response, through the shorter chain.
        set_urlconf(settings.ROOT_URLCONF)
        response = self._comment_post_chain(request)
        response._resource_closers.append(request.close)
        if response.status_code >= 400:
            log_response("%s: %s", response.reason_phrase, request.path, response=response,
                         request=request)
        return response
