"""What the read-only API and the embed show: published articles and their approved comments.
Only public fields leave here; a commenter's email and network address are never selected."""

from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, Q

from newsroom.api import conf
from newsroom.articles.lookup import MAX_ID
from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment

MAX_OFFSET = 10**9  # far beyond any thread; larger numbers overflow database integers
COMMENT_FIELDS = ("id", "parent_id", "name", "body", "created_at")


class BadParameter(Exception):
    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def published_article(article_id):
    """The live, public article with this id, or None."""
    if not 0 < article_id <= MAX_ID:
        return None  # would overflow the database's integer, so it is no page
    return (
        ArticlePage.objects.live().public().filter(pk=article_id).select_related("locale").first()
    )


def full_url(request, article):
    """The article's address on the host the request came to (Wagtail's relative URL made
    absolute), so the links work on every host name the site answers to."""
    return request.build_absolute_uri(article.get_url(request) or "/")


def _int_param(params, name, default, lowest, highest=None):
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise BadParameter(name, f"'{name}' must be a whole number.") from None
    if value < lowest or (highest is not None and value > highest):
        bound = f"between {lowest} and {highest}" if highest is not None else f"at least {lowest}"
        raise BadParameter(name, f"'{name}' must be {bound}.")
    return value


def page_window(params):
    """(limit, offset) from the query string; BadParameter when either is not acceptable."""
    limit = _int_param(params, "limit", conf.get("API_PAGE_SIZE"), 1, conf.get("API_MAX_PAGE_SIZE"))
    offset = _int_param(params, "offset", 0, 0, MAX_OFFSET)
    return limit, offset


def _page(request, queryset, limit, offset, serialise):
    count = queryset.count()
    rows = [serialise(row) for row in queryset[offset:offset + limit]]

    def link(new_offset):
        params = request.GET.copy()
        params["limit"] = str(limit)
        params["offset"] = str(new_offset)
        return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(params.items()))}")

    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": link(offset + limit) if offset + limit < count else None,
        "previous": link(max(offset - limit, 0)) if offset > 0 else None,
        "results": rows,
    }


def articles_page(request, params):
    languages = {code for code, _name in settings.LANGUAGES}
    lang = params.get("lang") or None
    if lang is not None and lang not in languages:
        raise BadParameter("lang", f"'lang' must be one of: {', '.join(sorted(languages))}.")
    limit, offset = page_window(params)
    queryset = (
        ArticlePage.objects.live().public().select_related("locale")
        .annotate(approved_comments=Count("comments", filter=Q(comments__status=Comment.Status.APPROVED)))
        .order_by("-date", "-pk")
    )
    if lang:
        queryset = queryset.filter(locale__language_code=lang)

    def serialise(article):
        return {
            "id": article.pk,
            "title": article.title,
            "url": full_url(request, article),
            "language": article.language,
            "date": article.date.isoformat(),
            "comments_open": article.comments_open,
            "comment_count": article.approved_comments,
            "comments": request.build_absolute_uri(f"/api/v1/articles/{article.pk}/comments/"),
        }

    return _page(request, queryset, limit, offset, serialise)


def approved_comments(article):
    """Approved comments of the article, oldest first, with public fields only (values(), so the
    email and address are never even loaded)."""
    return (
        Comment.objects.approved().filter(article=article).order_by("created_at", "pk")
        .values(*COMMENT_FIELDS)
    )


def comments_page(request, article, params):
    limit, offset = page_window(params)

    def serialise(row):
        return {
            "id": row["id"],
            "parent": row["parent_id"],
            "name": row["name"],
            "body": row["body"],
            "created_at": row["created_at"].isoformat(),
        }

    page = _page(request, approved_comments(article), limit, offset, serialise)
    page["article"] = {"id": article.pk, "title": article.title, "comments_open": article.comments_open}
    return page


def thread(article):
    """Top-level approved comments, each with its approved replies (one level, as on the site)."""
    rows = list(approved_comments(article))
    replies = {}
    for row in rows:
        if row["parent_id"] is not None:
            replies.setdefault(row["parent_id"], []).append(row)
    return [dict(row, replies=replies.get(row["id"], [])) for row in rows if row["parent_id"] is None]
