"""The article a reader's comment is posted to, found on the site's busiest write path.

`commentable_article(pk)` answers what `ArticlePage.objects.live().public().filter(pk=pk)
.select_related("locale").first()` answers, for the fields posting a comment reads (pk, live,
comments_open, language, url, and last_published_at, which keys the in-request scorer's copy of the
article's text). It is one hand-written statement because building that queryset
cost 0.8 ms of the 2.4 ms a whole comment POST took (Wagtail's public() alone builds a filter from
every view restriction); the raw statement takes 0.09 ms. tests/articles/test_lookup.py holds it to
the queryset's answers: drafts, unpublished pages, pages under a view restriction, other page types.
`comment_target(pk)` is the same look-up without building the page (what the POST itself needs).
"""

from datetime import UTC

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Locale

from newsroom.articles.models import ArticlePage

# A page is private when it, or an ancestor, has a view restriction: Wagtail's tree paths make
# "ancestor or self" a prefix test (paths are base-36 digits, so LIKE has no wildcards to escape).
_SQL = """
SELECT a.page_ptr_id, p.id, p.path, p.depth, p.url_path, p.live, p.locale_id, p.last_published_at,
       a.comments_open,
       l.language_code AS locale_language_code
FROM articles_articlepage a
JOIN wagtailcore_page p ON p.id = a.page_ptr_id
JOIN wagtailcore_locale l ON l.id = p.locale_id
WHERE a.page_ptr_id = %s AND p.live AND NOT EXISTS (
    SELECT 1 FROM wagtailcore_pageviewrestriction r
    JOIN wagtailcore_page rp ON rp.id = r.page_id
    WHERE p.path LIKE rp.path || '%%'
)
"""

MAX_ID = 2**31 - 1  # page ids are 32-bit integers in PostgreSQL: larger ones are no page
_COLUMNS = ("page_ptr_id", "id", "path", "depth", "url_path", "live", "locale_id", "last_published_at",
            "comments_open", "locale_language_code")


class CommentTarget:
    """What a comment POST needs of its article, from the look-up's one row: pk, live,
    comments_open, language and last_published_at. Building the ArticlePage (a Wagtail page has
    dozens of fields) cost four times the statement; `page` builds it from the same row, without
    a query, only for the answers that need it (the redirect's URL, a refusal's page)."""

    __slots__ = ("_row", "_page")

    def __init__(self, row):
        self._row = row
        self._page = None

    pk = id = property(lambda self: self._row["id"])
    live = property(lambda self: bool(self._row["live"]))
    comments_open = property(lambda self: bool(self._row["comments_open"]))
    language = property(lambda self: self._row["locale_language_code"])
    last_published_at = property(lambda self: self._row["last_published_at"])

    @property
    def page(self):
        """The ArticlePage, with the row's fields loaded and the others deferred (loaded on use),
        as Wagtail's queryset would give it; its locale comes with it."""
        if self._page is None:
            row = dict(self._row)
            language = row.pop("locale_language_code")
            published = row["last_published_at"]
            if isinstance(published, str):
                published = parse_datetime(published)
            if published is not None and settings.USE_TZ and timezone.is_naive(published):
                published = timezone.make_aware(published, UTC)
            row["last_published_at"] = published
            row["live"], row["comments_open"] = bool(row["live"]), bool(row["comments_open"])
            names = [f.attname for f in ArticlePage._meta.concrete_fields if f.attname in row]
            page = ArticlePage.from_db(connection.alias, names, [row[name] for name in names])
            # The locale came in the same row; caching it spares page.language a second query.
            page.locale = Locale(pk=page.locale_id, language_code=language)
            self._page = page
        return self._page


def comment_target(article_id):
    """The live, public ArticlePage with this id as a CommentTarget, or None."""
    try:
        article_id = int(article_id)
    except (TypeError, ValueError):
        return None
    if not 0 < article_id <= MAX_ID:
        return None
    with connection.cursor() as cursor:
        cursor.execute(_SQL, [article_id])
        row = cursor.fetchone()
    return CommentTarget(dict(zip(_COLUMNS, row, strict=True))) if row is not None else None


def commentable_article(article_id):
    """The live, public ArticlePage with this id, or None. Only the fields above are loaded;
    Wagtail loads any other field on first use."""
    target = comment_target(article_id)
    return target.page if target is not None else None
