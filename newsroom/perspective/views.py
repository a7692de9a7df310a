"""Thin views: /v1alpha1/comments:analyze and /v1alpha1/comments:suggestscore. The protocol is in
protocol.py (shared with the standalone server); the site's keys, quotas and storage in
django_service.py. No CSRF: these are key-authenticated server-to-server calls without cookies."""

import json

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from newsroom.core.middleware import checks_own_input

from .django_service import service
from .protocol import ApiError, handle


def _json(status, payload):
    response = HttpResponse(json.dumps(payload, ensure_ascii=False), status=status,
                            content_type="application/json; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


def raw_key(request):
    return request.GET.get("key") or request.META.get("HTTP_X_GOOG_API_KEY") or ""


@checks_own_input  # protocol.parse_json refuses NUL in Google's error format
@csrf_exempt
def method(request, operation):
    if request.method != "POST":
        response = _json(405, ApiError(405, "INVALID_ARGUMENT", f"Use POST for {operation}.").payload())
        response["Allow"] = "POST"
        return response
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    # The body is read only after the key and quota checks, and not at all when it is over the limit.
    status, payload = handle(service, operation, raw_key(request), lambda: request.body, length)
    return _json(status, payload)
