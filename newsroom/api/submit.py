"""POST /api/v1/articles/<id>/comments/: a partner site sends a reader's comment as JSON.

Order of checks: size (413) before anything is read, then the API key and the browser's Origin
(403), then the media type (415), the article (404) and the JSON fields (400). The comment itself
goes through newsroom.comments.actions.post_comment, so closed articles, bans, duplicates, length
limits and the per-IP and per-email rate limits (429) are exactly those of the site's own form.
The form token of the site's form is not used: the API key (and its origin list) stands in for it.
"""

import json

from django.core.exceptions import RequestDataTooBig
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsroom.api.models import ApiKey
from newsroom.articles.lookup import comment_target
from newsroom.comments import conf as comments_conf
from newsroom.comments.actions import CommentRefused, post_comment
from newsroom.comments.addresses import client_ip
from newsroom.comments.http import too_large
from newsroom.comments.views import CONFIRMATION

FIELDS = ("name", "email", "body")


class Refusal(Exception):
    def __init__(self, status, code, message, errors=None, origin=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = str(message)
        self.errors = errors or {}
        self.origin = origin  # echoed in Access-Control-Allow-Origin when the caller may read it

    def payload(self):
        return {"status": "refused", "code": self.code, "message": self.message, "errors": self.errors}


def raw_key(request):
    key = request.headers.get("X-Api-Key", "")
    if not key:
        scheme, _sp, value = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            key = value
    return key.strip()


def authenticate(request):
    """(ApiKey, origin-or-empty); Refusal(403) without a valid key or from an unlisted origin.
    Requests without an Origin header come from servers, not browsers, and need only the key."""
    key = ApiKey.lookup(raw_key(request))
    if key is None:
        raise Refusal(403, "api_key", "A valid API key is required to post (X-Api-Key header).")
    origin = request.headers.get("Origin", "")
    if origin and not key.allows_origin(origin):
        raise Refusal(403, "origin", "This API key may not be used from this origin.")
    ApiKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())
    return key, origin


def _too_large():
    return Refusal(413, "too_large", _("Your comment is far too long to be sent."))


def check_media_type(request, origin):
    if (request.content_type or "").lower() != "application/json":
        raise Refusal(415, "media_type", "Send the comment as JSON (Content-Type: application/json).",
                      origin=origin)


def read_json(request, origin):
    try:
        raw = request.body
    except RequestDataTooBig:
        raise _too_large() from None
    if len(raw) > comments_conf.get("COMMENTS_MAX_REQUEST_BYTES"):
        raise _too_large()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refusal(400, "json", "The request body is not valid JSON (UTF-8).", origin=origin) from None
    if not isinstance(data, dict):
        raise Refusal(400, "json", "The request body must be a JSON object.", origin=origin)
    errors = {}
    for field in FIELDS:
        if not isinstance(data.get(field, ""), str):
            errors[field] = f"'{field}' must be a string."
    parent = data.get("parent")
    if parent is not None and (isinstance(parent, bool) or not isinstance(parent, int)
                               or not 0 < parent < 2**63):
        errors["parent"] = "'parent' must be the id (a whole number) of a published comment, or null."
    if errors:
        raise Refusal(400, "invalid", " ".join(errors.values()), errors, origin=origin)
    return {field: data.get(field, "") for field in FIELDS}, parent


def submit(request, article_id):
    """Store one comment; returns (payload, origin). Raises Refusal for every refusal."""
    if too_large(request):
        raise _too_large()
    _key, origin = authenticate(request)
    check_media_type(request, origin)
    article = comment_target(article_id)
    if article is None:
        raise Refusal(404, "not_found", "This article does not exist.", origin=origin)
    with translation.override(article.language):
        values, parent = read_json(request, origin)
        try:
            post_comment(
                article, **values, parent_id=parent,
                # The reader's address, exactly as the site's own form takes it (comments.views).
                ip_address=client_ip(request),
                check_token=False,
            )
        except CommentRefused as exc:
            raise Refusal(exc.status, exc.code, exc.message, exc.errors, origin=origin) from None
        return {"status": "pending", "message": _(CONFIRMATION)}, origin
