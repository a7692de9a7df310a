"""`public(queryset)`: Wagtail's `queryset.public()` in the query itself.

Wagtail's `public()` first reads every view restriction (a query of its own) and turns them into a
filter; an article page called it three times (the translations' links, the latest stories, the
sections in the navigation), so three extra round trips a page (issue 13: under load a round trip
cost more than these queries). Here the same test, "no view restriction on the page or an
ancestor", is a NOT EXISTS in the page's own query: Wagtail's tree paths make "ancestor or self" a
prefix test, as in newsroom.articles.lookup. tests/articles/test_lookup.py holds it to `public()`.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr


def public(queryset):
    """The pages of `queryset` (any Page queryset) outside every private section."""
    from wagtail.models import PageViewRestriction

    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return queryset.exclude(Exists(restricted))
