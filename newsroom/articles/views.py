import re

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from newsroom.comments.counts import attach_approved_counts
from newsroom.core.frontcache import tag

from . import surrogates
from .models import edition_articles

MAX_QUERY_LENGTH = 200


@require_safe
def search(request):
    """Full-text search within the current edition (Wagtail's database backend)."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    # Words only: full-text engines (SQLite FTS5, PostgreSQL tsquery) give operators to punctuation.
    terms = " ".join(re.findall(r"\w+", query))
    results = None
    if terms:
        found = edition_articles(Locale.get_active(), searched=True).search(terms, order_by_relevance=True)
        results = Paginator(found, 20).get_page(request.GET.get("page"))
        results.object_list = attach_approved_counts(results.object_list)
    return TemplateResponse(
        request, "articles/search.html", {"search_query": query, "results": results}
    )


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /cms/",
        "Disallow: /moderation/",
        *[f"Disallow: /{code}/search/" for code in Locale.objects.values_list("language_code", flat=True)],
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def sitemap(request, **kwargs):
    """Django's sitemap view, cached in front until a page is published, unpublished or moved."""
    tag(request, surrogates.SITEMAP)
    return django_sitemap(request, **kwargs)
