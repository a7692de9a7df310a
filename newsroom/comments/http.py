"""Keeping a deliberate 404 a 404.

With i18n_patterns(prefix_default_language=True) and Wagtail's catch-all page route, Django's
LocaleMiddleware answers any 404 outside /<lang>/ with a redirect to /<lang>/<same path>, because
that path "might" be a page. For our own endpoints a missing article or comment is a real 404, so
the view points request.urlconf at an empty URLconf, which tells LocaleMiddleware that no language
prefixed patterns are in use for this response. Nothing else reads request.urlconf after the view.
"""

urlpatterns = []


def keep_404(request, response):
    if response.status_code == 404:
        request.urlconf = __name__
    return response
