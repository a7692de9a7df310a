"""The reader's POST endpoint. It works without JavaScript (POST, redirect, GET to the article with
?comment=pending, which also bypasses the page cache) and inline (Accept: application/json)."""

from django.http import HttpResponseRedirect, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from newsroom.articles.lookup import commentable_article
from newsroom.comments.actions import CommentRefused, post_comment
from newsroom.comments.addresses import client_ip
from newsroom.comments.http import keep_404, too_large
from newsroom.comments.tokens import make_token
from newsroom.core.middleware import checks_own_input

# The same msgid as in comments/section.html, so one translation serves both.
CONFIRMATION = (
    "Thank you. Your comment is awaiting moderation and will appear here once a moderator approves it."
)


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, article, exc, values=None):
    if _wants_json(request):
        return keep_404(request, JsonResponse(
            {"status": "refused", "code": exc.code, "message": exc.message, "errors": exc.errors},
            status=exc.status,
        ))
    context = {"article": article, "error": exc.message, "errors": exc.errors, "values": values or {},
               "status": exc.status}
    if values is not None and article is not None:
        context["parent"] = values.get("parent", "")
    return keep_404(request, render(request, "comments/refused.html", context, status=exc.status))


class _CsrfCheck(CsrfViewMiddleware):
    def _reject(self, request, reason):
        return reason  # a plain reason string, turned into our own readable 403 below


@checks_own_input  # clean_fields refuses control characters and keeps the reader's text
@csrf_exempt  # CSRF is checked inside, after the size check, so a huge body gets 413 first
@require_POST
def post(request, article_id):
    if too_large(request):
        exc = CommentRefused(_("Your comment is far too long to be sent."), 413, "too_large")
        return _refuse(request, None, exc)

    article = commentable_article(article_id)
    with translation.override(article.language if article else translation.get_language()):
        failure = _CsrfCheck(lambda r: None).process_view(request, None, (), {})
        if failure is not None:
            exc = CommentRefused(
                _("Your session has expired or cookies are blocked. Please reload the page and post again."),
                403,
                "csrf",
            )
            return _refuse(request, article, exc)
        values = {key: request.POST.get(key, "") for key in ("name", "email", "body", "parent")}
        try:
            post_comment(
                article,
                name=values["name"],
                email=values["email"],
                body=values["body"],
                parent_id=values["parent"] or None,
                ip_address=client_ip(request),
                token=request.POST.get("ts", ""),
                honeypot=request.POST.get("website", ""),
            )
        except CommentRefused as exc:
            return _refuse(request, article, exc, values)
        message = _(CONFIRMATION)
    if _wants_json(request):
        data = {"status": "pending", "message": message, "ts": make_token(article.pk)}
        return JsonResponse(data, status=201)
    url = article.get_url(request) or "/"
    return HttpResponseRedirect(f"{url}?comment=pending#comments")
