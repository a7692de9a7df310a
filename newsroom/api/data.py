"""What the read-only API and the embed show: published articles and their approved comments.
Only public fields leave here; a commenter's email and network address are never selected."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist

from newsroom.api import conf
from newsroom.articles.links import article_url, article_urls
from newsroom.articles.lookup import MAX_ID
from newsroom.articles.models import ArticlePage
from newsroom.articles.visibility import public
from newsroom.comments import threads
from newsroom.comments.models import Comment
from newsroom.core.keyset import BadCursor

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
        public(ArticlePage.objects.live()).filter(pk=article_id).select_related("locale").first()
    )


def full_url(request, article):
    """The article's address on the host the request came to (Wagtail's relative URL made
    absolute), so the links work on every host name the site answers to."""
    return request.build_absolute_uri(article_url(article, request) or "/")


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


def _link(request, **changes):
    params = request.GET.copy()
    for name in ("offset", "after", "before"):
        params.pop(name, None)
    for name, value in changes.items():
        params[name] = str(value)
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(params.items()))}")


def _page(request, queryset, limit, offset, serialise, count=None, sliced=False):
    """An offset page; `sliced`: `queryset` already holds just this page's rows."""
    count = queryset.count() if count is None else count
    rows = [serialise(row) for row in (queryset if sliced else queryset[offset:offset + limit])]
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": _link(request, limit=limit, offset=offset + limit) if offset + limit < count else None,
        "previous": _link(request, limit=limit, offset=max(offset - limit, 0)) if offset > 0 else None,
        "results": rows,
    }


def _keyset_page(request, queryset, order, limit, params, serialise, count):
    """A page by cursor (newsroom.core.keyset): `after`/`before` from the links, never an OFFSET."""
    try:
        page = order.page(queryset, limit, after=params.get("after"), before=params.get("before"))
    except BadCursor:
        field = "before" if params.get("before") else "after"
        raise BadParameter(field, f"'{field}' is not a cursor this API gave out.") from None
    return {
        "count": count,
        "limit": limit,
        "offset": 0,
        "next": page.next_cursor and _link(request, limit=limit, after=page.next_cursor),
        "previous": page.previous_cursor and _link(request, limit=limit, before=page.previous_cursor),
        "results": [serialise(row) for row in page.object_list],
    }


def articles_page(request, params):
    languages = {code for code, _name in settings.LANGUAGES}
    lang = params.get("lang") or None
    if lang is not None and lang not in languages:
        raise BadParameter("lang", f"'lang' must be one of: {', '.join(sorted(languages))}.")
    limit, offset = page_window(params)
    queryset = public(ArticlePage.objects.live()).order_by("-date", "-pk")
    if lang:
        queryset = queryset.filter(locale__language_code=lang)
    count = queryset.count()
    # The fields shown, not Wagtail page models (a page model's constructor cost more than the
    # rest of the page; issue 13). The approved count is kept with each article
    # (newsroom.articles.counts), not counted here; an article without its stats row shows 0.
    rows = list(queryset[offset:offset + limit].values_list(
        "pk", "title", "url_path", "locale__language_code", "date", "comments_open",
        "stats__approved_comments"))
    urls = article_urls({row[0]: row[2] for row in rows}, request)

    def serialise(row):
        pk, title, _path, language, date, comments_open, approved = row
        return {
            "id": pk,
            "title": title,
            "url": request.build_absolute_uri(urls.get(pk) or "/"),
            "language": language,
            "date": date.isoformat(),
            "comments_open": comments_open,
            "comment_count": approved or 0,
            "comments": request.build_absolute_uri(f"/api/v1/articles/{pk}/comments/"),
        }

    return _page(request, rows, limit, offset, serialise, count=count, sliced=True)


def _approved_count(article):
    try:
        return article.stats.approved_comments
    except ObjectDoesNotExist:
        return 0


def approved_comments(article):
    """Approved comments of the article, oldest first, with public fields only (values(), so the
    email and address are never even loaded)."""
    return (
        Comment.objects.approved().filter(article=article).order_by("created_at", "pk")
        .values(*COMMENT_FIELDS)
    )


def _serialise(row):
    return {
        "id": row["id"],
        "parent": row["parent_id"],
        "name": row["name"],
        "body": row["body"],
        "created_at": row["created_at"].isoformat(),
    }


def comments_page(request, article, params):
    """`?thread=1`: top-level comments, each with a `replies` list, paged by top-level comment (how
    the article page's "Show more" reads it). Pages go by cursor (`after`/`before`); an `offset`
    is still accepted, but costs more the deeper it goes."""
    limit, offset = page_window(params)
    count = _approved_count(article)
    if params.get("thread") in ("1", "true"):
        def serialise(row):
            return dict(_serialise(row), replies=[_serialise(r) for r in row["replies"]])

        page = _keyset_page(request, threads.top_level(article), threads.ORDER, limit, params,
                            lambda row: row, count)
        page["results"] = [serialise(row) for row in threads.with_replies(page["results"])]
    elif offset:
        page = _page(request, approved_comments(article), limit, offset, _serialise, count=count)
    else:
        flat = Comment.objects.approved().filter(article=article).values(*COMMENT_FIELDS)
        page = _keyset_page(request, flat, threads.ORDER, limit, params, _serialise, count)
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
