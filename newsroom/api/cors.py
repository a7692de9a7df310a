"""Cross-origin rules. Reads are public (Access-Control-Allow-Origin: *, no credentials). Writes
need an API key, and a browser may only post from an origin listed on an active key: only those
origins get an Access-Control-Allow-Origin answer for POST, in the preflight and in the response."""

from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from newsroom.api import conf
from newsroom.api.models import ApiKey, normalise_origin

ALLOWED_HEADERS = "Content-Type, X-Api-Key, Authorization"


def public(response):
    response["Access-Control-Allow-Origin"] = "*"
    return response


def allow_origin(response, origin):
    response["Access-Control-Allow-Origin"] = origin
    patch_vary_headers(response, ["Origin"])
    return response


def origin_on_some_key(origin):
    origin = normalise_origin(origin)
    if not origin:
        return False
    return any(origin in key.origins() for key in ApiKey.objects.active().only("allowed_origins"))


def preflight(request, methods):
    """The answer to OPTIONS. GET is open to all; POST only to origins listed on an active key."""
    origin = request.headers.get("Origin", "")
    wanted = request.headers.get("Access-Control-Request-Method", "").upper()
    response = HttpResponse(status=204)
    response["Allow"] = ", ".join(methods + ["OPTIONS"])
    patch_vary_headers(response, ["Origin"])
    if wanted == "POST" and "POST" in methods:
        if not origin_on_some_key(origin):
            return response  # no CORS headers: the browser refuses the cross-site POST
        allow_origin(response, origin)
    elif wanted in methods:
        public(response)
    else:
        return response
    response["Access-Control-Allow-Methods"] = ", ".join(methods)
    response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response["Access-Control-Max-Age"] = str(conf.get("API_CORS_MAX_AGE"))
    return response
