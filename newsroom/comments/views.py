"""The reader's POST endpoint. It works without JavaScript (POST, redirect, GET to the article with
?comment=pending) and inline (Accept: application/json), on a page cached for every reader: CSRF is
checked the cache-friendly way (newsroom/comments/csrf.py)."""

import logging

from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from newsroom.articles.lookup import comment_target
from newsroom.comments import csrf
from newsroom.comments.actions import CommentRefused, post_comment, report_comment
from newsroom.comments.addresses import client_ip
from newsroom.comments.http import keep_404, too_large
from newsroom.comments.models import Comment
from newsroom.comments.templatetags.comments_tags import report_reasons
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


log = logging.getLogger(__name__)


# CSRF is checked inside (newsroom/comments/csrf.py: a design that works with the shared cache),
# after the size check, so a huge body gets 413 first.
@checks_own_input  # clean_fields refuses control characters and keeps the reader's text
@csrf_exempt
@require_POST
def post(request, article_id):
    # Every answer is in the article's language, or without one the request's: set here, not left
    # to LocaleMiddleware, which the inline (JSON) POST does without (newsroom/core/handlers.py).
    if too_large(request):
        with translation.override(translation.get_language_from_request(request)):
            exc = CommentRefused(_("Your comment is far too long to be sent."), 413, "too_large")
            return _refuse(request, None, exc)

    article = comment_target(article_id)  # the page itself is built only for a redirect or a refusal
    language = article.language if article else translation.get_language_from_request(request)
    with translation.override(language):
        failure = csrf.reject_reason(request, article_id)
        if failure is not None:
            log.warning("comment POST refused by the CSRF check: %s", failure)
            exc = CommentRefused(
                _("Your session has expired or cookies are blocked. Please reload the page and post again."),
                403,
                "csrf",
            )
            return _refuse(request, article and article.page, exc)
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
            return _refuse(request, article and article.page, exc, values)
        message = _(CONFIRMATION)
    if _wants_json(request):
        data = {"status": "pending", "message": message, "ts": make_token(article.pk)}
        return JsonResponse(data, status=201)
    url = article.page.get_url(request) or "/"
    return HttpResponseRedirect(f"{url}?comment=pending#comments")


@csrf_exempt  # checked inside, like the comment form's (newsroom/comments/csrf.py): the inline
@require_http_methods(["GET", "POST"])  # report form is opened from the cached article page
def report(request, comment_id):
    """A reader reports a published comment under a guideline clause (no account). GET shows the
    form; POST records the report (rate-limited); JSON when asked. The comment stays public."""
    if request.method == "POST" and (failure := csrf.origin_reason(request)) is not None:
        return _report_forbidden(request, failure)
    comment = Comment.objects.approved().select_related("article").filter(pk=comment_id).first()
    language = comment.language if comment else translation.get_language()
    with translation.override(language):
        context = {"comment": comment, "choices": report_reasons()}
        if comment is None:
            exc = CommentRefused(_("This comment does not exist or is not published."), 404, "not_found")
            if _wants_json(request):
                return JsonResponse({"status": "refused", "message": exc.message}, status=404)
            return render(request, "comments/report.html", context | {"message": exc.message}, status=404)
        if request.method == "GET":
            return render(request, "comments/report.html", context)
        if (failure := csrf.token_reason(request, comment.article_id)) is not None:
            return _report_forbidden(request, failure)
        try:
            report_comment(comment.pk, request.POST.get("reason", ""), ip_address=client_ip(request))
        except CommentRefused as exc:
            if _wants_json(request):
                return JsonResponse({"status": "refused", "code": exc.code, "message": exc.message,
                                     "errors": exc.errors}, status=exc.status)
            return render(request, "comments/report.html", context | {"error": exc.message},
                          status=exc.status)
        message = _("Thank you. A moderator will look at this comment; it stays visible until then.")
        if _wants_json(request):
            return JsonResponse({"status": "reported", "message": message}, status=201)
        return render(request, "comments/report.html", context | {"done": True, "message": message})


def _report_forbidden(request, failure):
    log.warning("report POST refused by the CSRF check: %s", failure)
    message = _("Your session has expired or cookies are blocked. Please reload the page and post again.")
    if _wants_json(request):
        return JsonResponse({"status": "refused", "code": "csrf", "message": message}, status=403)
    return render(request, "comments/report.html", {"comment": None, "message": message}, status=403)
