"""Refuse NUL characters in any input. (Readers' pages are cached in front of Python, by Varnish
or a CDN: newsroom/core/frontcache.py.)"""

import json

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpResponseBadRequest, JsonResponse


class RejectNulMiddleware:
    """Answer 400 to any request carrying a NUL character (raw or %00-encoded) in its path, query
    string, cookies or form/JSON body. No field of this site may hold one, PostgreSQL refuses
    them in text ("cannot contain NUL"), and refusing them here, once, keeps every view, filter and
    form from failing with a 500 on them. Multipart bodies are checked field by field (uploaded
    files may hold NUL bytes); bodies larger than DATA_UPLOAD_MAX_MEMORY_SIZE are left to the
    views, which refuse them on size."""

    JSON_TYPES = ("application/json", "application/merge-patch+json")

    MESSAGE = "The request contains a NUL character, which no field accepts."

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if (
            "\x00" in request.path or "%00" in query or "\x00" in query
            or any("\x00" in key or "\x00" in value for key, value in request.COOKIES.items())
        ):
            return self._refuse(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "checks_own_input", False) and self._body_has_nul(request):
            return self._refuse(request)
        return None

    def _refuse(self, request):
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"status": "error", "code": "nul", "message": self.MESSAGE}, status=400)
        return HttpResponseBadRequest(self.MESSAGE, content_type="text/plain; charset=utf-8")

    def _body_has_nul(self, request):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return False
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return False
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if length <= 0 or (limit is not None and length > limit):
            return False
        content_type = request.content_type or ""
        if content_type == "multipart/form-data":
            try:
                fields = request.POST
            except Exception:  # noqa: BLE001 - a malformed body is the view's to refuse
                return False
            return any("\x00" in key or "\x00" in value for key, values in fields.lists()
                       for value in values)
        body = request.body
        if b"\x00" in body:
            return True
        if content_type == "application/x-www-form-urlencoded":
            return b"%00" in body
        if content_type in self.JSON_TYPES and b"\\u0000" in body:
            try:
                return _json_has_nul(json.loads(body))
            except ValueError:
                return False
        return False


def _json_has_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any("\x00" in key or _json_has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_json_has_nul(item) for item in value)
    return False


def checks_own_input(view):
    """Mark a view that refuses NUL characters in its body itself, with its own answer (the
    reader's comment form re-renders with the reader's text; the API answers in its JSON shape)."""
    view.checks_own_input = True
    return view


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's Content-Security-Policy (CONTENT_SECURITY_POLICY in settings) on every response,
    plus Permissions-Policy (PERMISSIONS_POLICY). The site's own pages have no inline script or
    style, and neither has Django's admin, so the policy forbids both. Under CSP_RELAXED_PREFIXES
    (Wagtail's editor at /cms/), whose widgets write inline scripts, CSP_RELAXED_UPDATE adds
    'unsafe-inline' for those two directives only, except under CSP_STRICT_PREFIXES (its sign-in
    pages). Place it last in MIDDLEWARE, so its headers are on a page before the page cache stores it."""

    @staticmethod
    def add_site_headers(request, response):
        """The relaxed policy under CSP_RELAXED_PREFIXES, and Permissions-Policy: what this class adds
        before django-csp's own headers (bench/comment_submit/parts.py measures the same step)."""
        path = request.path
        if (path.startswith(tuple(getattr(settings, "CSP_RELAXED_PREFIXES", ())))
                and not path.startswith(tuple(getattr(settings, "CSP_STRICT_PREFIXES", ())))):
            if getattr(response, "_csp_update", None) is None:
                response._csp_update = getattr(settings, "CSP_RELAXED_UPDATE", {})
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy

    def process_response(self, request, response):
        self.add_site_headers(request, response)
        if settings.DEBUG or getattr(request, "_csp_nonce", None) is not None or any(
                getattr(response, name, None) is not None for name in _PER_RESPONSE):
            return super().process_response(request, response)
        # The settings' own policy, nothing of this response's: CSPMiddleware.process_response with
        # the two policies built once (build_policy() of the settings), not for every response.
        for header, value, exempt, excluded in _settings_policies():
            if (value and header not in response and getattr(response, exempt, False) is False
                    and not request.path_info.startswith(excluded)):
                response[header] = value
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


# What a view or decorator may set on a response for its own policy (django-csp's decorators).
_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro",
                 "_csp_replace_ro")
_policies = None


def _settings_policies():
    """((header, policy, exempt attribute, excluded prefixes), ...) of the CSP settings, built once."""
    global _policies
    if _policies is None:
        built = []
        for header, report_only, exempt, name in (
                (HEADER, False, "_csp_exempt", "CONTENT_SECURITY_POLICY"),
                (HEADER_REPORT_ONLY, True, "_csp_exempt_ro", "CONTENT_SECURITY_POLICY_REPORT_ONLY")):
            config = getattr(settings, name, None) or {}
            excluded = tuple(config.get("EXCLUDE_URL_PREFIXES", None) or ())
            built.append((header, build_policy(report_only=report_only), exempt, excluded))
        _policies = tuple(built)
    return _policies


def _settings_changed(setting, **kwargs):
    global _policies
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _policies = None


setting_changed.connect(_settings_changed)
