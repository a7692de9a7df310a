"""HTTP details shared by the comment endpoints (the site's form and the partner API): the size
check that answers 413 before a body is read, and keeping a deliberate 404 a 404.

With i18n_patterns(prefix_default_language=True) and Wagtail's catch-all page route, Django's
LocaleMiddleware answers any 404 outside /<lang>/ with a redirect to /<lang>/<same path>, because
that path "might" be a page. For our own endpoints a missing article or comment is a real 404, so
the view points request.urlconf at an empty URLconf, which tells LocaleMiddleware that no language
prefixed patterns are in use for this response. Nothing else reads request.urlconf after the view.
"""

from newsroom.comments import conf

urlpatterns = []


def too_large(request):
    """True when the request declares a body over COMMENTS_MAX_REQUEST_BYTES: both comment
    endpoints answer 413 before reading it (a missing or garbled length counts as none)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    return length > conf.get("COMMENTS_MAX_REQUEST_BYTES")


def keep_404(request, response):
    if response.status_code == 404:
        request.urlconf = __name__
    return response
