"""CSRF protection for the reader's comment form that works with a shared cache.

The article page is cached in front of Python (Varnish or a CDN) and sent to every reader alike,
so its HTML cannot carry a per-reader token, and the cache must not set or read cookies. Django's
cookie-bound token is replaced on this one endpoint (the moderator console, the CMS and the login
keep Django's own) by two checks, both needed for a POST to be accepted:

1. **Where the POST comes from.** The browser's `Origin` header must be this site's own origin
   (scheme and host) or one of CSRF_TRUSTED_ORIGINS; when a browser sends no Origin, the `Referer`
   must be on this site (Django sends `Referrer-Policy: same-origin`, so it is present). A browser
   sends `Sec-Fetch-Site`; anything other than `same-origin` is refused unless the Origin is trusted.
   A page on another site cannot forge these headers: this is what stops cross-site request forgery
   (OWASP's "verifying origin with standard headers"; Go's net/http CrossOriginProtection).
2. **A form we served.** `csrfmiddlewaretoken` must be a signed token naming this article (it is in
   the cached HTML, the same for every reader, and expires after COMMENTS_FORM_MAX_AGE_SECONDS).
   It keeps a POST tied to a form we rendered for this article; it is not a secret.

A missing or foreign Origin/Referer, or a missing or forged token, gets the same 403 as before.
The reader's "Report" form (comments.views.report) uses the same two checks, with the token of the
reported comment's article, since it is opened from the same cached page.
Because no secret is per reader, the form works on a cached page with and without JavaScript.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing

from newsroom.comments import conf, signed

SALT = "newsroom.comments.csrf"
FIELD = "csrfmiddlewaretoken"
HEADER = "X-CSRFToken"


def make_token(article_id):
    return signing.dumps({"a": int(article_id)}, salt=SALT, compress=False)


def _token_ok(token, article_id):
    if not token or len(token) > 512:
        return False
    try:
        # The cached page's token, the same for all its readers: verified once (signed.loads).
        data = signed.loads(token, salt=SALT, max_age=conf.get("COMMENTS_FORM_MAX_AGE_SECONDS"))
        return int(data["a"]) == int(article_id)
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return False


def _origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def reject_reason(request, article_id):
    """None when the POST passes both checks, else why it does not (for the log, not the reader)."""
    return origin_reason(request) or token_reason(request, article_id)


def origin_reason(request):
    """Check 1: None when the POST comes from this site (or a trusted origin)."""
    if getattr(request, "_dont_enforce_csrf_checks", False):  # Django's test client, like Django's check
        return None
    own = f"{'https' if request.is_secure() else 'http'}://{request.get_host()}".lower()
    trusted = {origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin is None:
        referer = request.headers.get("Referer")
        origin = _origin_of(referer) if referer else None
        if origin is None:
            return "no Origin and no Referer"
    origin = origin.lower()
    if origin in trusted:
        pass
    elif origin != own:
        return f"cross-origin POST from {origin}"
    elif request.headers.get("Sec-Fetch-Site", "same-origin") != "same-origin":
        return f"Sec-Fetch-Site: {request.headers['Sec-Fetch-Site']}"
    return None


def token_reason(request, article_id):
    """Check 2: None when the POST carries the form token of this article."""
    if getattr(request, "_dont_enforce_csrf_checks", False):
        return None
    token = request.POST.get(FIELD) or request.headers.get(HEADER)
    if not _token_ok(token, article_id):
        return "form token missing or invalid"
    return None
