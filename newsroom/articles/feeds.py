"""RSS 2.0 feeds: the newest stories of one edition (/<lang>/feed/) or of one of its sections
(/<lang>/feed/<section-slug>/)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from newsroom.core.frontcache import tag

from . import surrogates
from .meta import description
from .models import HomePage, SectionPage, edition_articles

FEED_SIZE = 30


class EditionFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, section=None):
        locale = Locale.get_active()
        if section is None:
            home = HomePage.objects.live().filter(locale=locale).first()
            if home is None:
                raise Http404("No such edition")
            return home
        page = SectionPage.objects.live().public().filter(locale=locale, slug=section).first()
        if page is None:
            raise Http404("No such section")
        return page

    def get_feed(self, obj, request):
        language = obj.locale.language_code
        keys = [surrogates.edition(language), surrogates.latest(language)]
        if isinstance(obj, SectionPage):
            keys.append(surrogates.section(obj.pk))
        tag(request, *keys)
        return super().get_feed(obj, request)

    def title(self, obj):
        if isinstance(obj, SectionPage):
            return f"{settings.WAGTAIL_SITE_NAME} — {obj.title}"
        return settings.WAGTAIL_SITE_NAME

    def link(self, obj):
        return obj.url

    def description(self, obj):
        return _("The newest stories from %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}

    def items(self, obj):
        articles = edition_articles(obj.locale)
        if isinstance(obj, SectionPage):
            articles = articles.child_of(obj)
        return articles[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return description(item)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.date

    def item_author_name(self, item):
        return item.byline or None
