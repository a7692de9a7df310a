"""Thin views: the JSON API under /api/v1/ and the embeddable thread at /embed/<id>/. The work is
in data.py (what is shown), submit.py (posting) and cors.py (cross-origin rules)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt

from newsroom.api import conf, cors, data
from newsroom.api.submit import Refusal, submit
from newsroom.comments.http import keep_404
from newsroom.core.middleware import checks_own_input

JSON_OPTIONS = {"ensure_ascii": False}


def _json(request, payload, status=200):
    response = JsonResponse(payload, status=status, json_dumps_params=JSON_OPTIONS)
    response["X-Content-Type-Options"] = "nosniff"
    return keep_404(request, response)


def _error(request, status, code, message, errors=None):
    payload = {"status": "error", "code": code, "message": message, "errors": errors or {}}
    return _json(request, payload, status)


def _not_allowed(request, methods):
    response = _error(request, 405, "method", f"Use {' or '.join(methods)}.")
    response["Allow"] = ", ".join(methods + ["OPTIONS"])
    return response


def articles(request):
    if request.method == "OPTIONS":
        return cors.preflight(request, ["GET"])
    if request.method not in ("GET", "HEAD"):
        return cors.public(_not_allowed(request, ["GET"]))
    try:
        payload = data.articles_page(request, request.GET)
    except data.BadParameter as exc:
        return cors.public(_error(request, 400, "invalid", exc.message, {exc.field: exc.message}))
    return cors.public(_json(request, payload))


# CSRF: the POST is refused (403) unless it carries a valid API key, and a browser's Origin must be
# listed on that key; only JSON is accepted, which a cross-site HTML form cannot send. So the
# usual cookie-based CSRF check is replaced by the key check for this endpoint.
@checks_own_input  # post_comment refuses control characters, answered in the API's JSON shape
@csrf_exempt
def article_comments(request, article_id):
    if request.method == "OPTIONS":
        return cors.preflight(request, ["GET", "POST"])
    if request.method == "POST":
        return _post(request, article_id)
    if request.method not in ("GET", "HEAD"):
        return cors.public(_not_allowed(request, ["GET", "POST"]))
    article = data.published_article(article_id)
    if article is None:
        return cors.public(_error(request, 404, "not_found", "This article does not exist."))
    try:
        payload = data.comments_page(request, article, request.GET)
    except data.BadParameter as exc:
        return cors.public(_error(request, 400, "invalid", exc.message, {exc.field: exc.message}))
    return cors.public(_json(request, payload))


def _post(request, article_id):
    try:
        payload, origin = submit(request, article_id)
    except Refusal as exc:
        response = _json(request, exc.payload(), exc.status)
        if exc.origin:
            cors.allow_origin(response, exc.origin)
        return response
    response = _json(request, payload, 202)
    if origin:
        cors.allow_origin(response, origin)
    return response


def not_found(request, rest=""):
    return cors.public(_error(request, 404, "not_found", "No such API endpoint."))


@xframe_options_exempt  # framing is governed by the CSP frame-ancestors header below instead
def embed(request, article_id):
    article = data.published_article(article_id)
    ancestors = " ".join(conf.get("EMBED_ALLOWED_ORIGINS"))
    with translation.override(article.language if article else translation.get_language()):
        context = {
            "article": article,
            "article_url": data.full_url(request, article) if article else "",
            "thread": data.thread(article) if article else [],
            "lang": translation.get_language(),
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
        }
        context["total"] = sum(1 + len(c["replies"]) for c in context["thread"])
        response = render(request, "api/embed.html", context, status=200 if article else 404)
    # Added to the site's Content-Security-Policy by django-csp (SecurityHeadersMiddleware).
    response._csp_update = {"frame-ancestors": ancestors.split()}
    return keep_404(request, response)
