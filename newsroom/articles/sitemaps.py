"""/sitemap.xml: one <url> per page per language, each listing its translations as hreflang
alternates (Django's i18n sitemap support, fed by Wagtail's translation_key)."""

from django.contrib.sitemaps import Sitemap
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from .models import ArticlePage


class EditionSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = False

    def items(self):
        # One representative page per translation group; languages come from get_languages_for_item.
        pages = Page.objects.live().public().filter(depth__gt=1).specific().order_by("path")
        seen, items = set(), []
        for page in pages:
            if page.translation_key not in seen:
                seen.add(page.translation_key)
                items.append(page)
        self._translations = {}
        for page in pages:
            self._translations.setdefault(page.translation_key, {})[page.locale_id] = page
        self._locales = dict(Locale.objects.values_list("pk", "language_code"))
        return items

    def _translation(self, item, language=None):
        by_locale = self._translations.get(item.translation_key, {})
        for locale_id, page in by_locale.items():
            if self._locales.get(locale_id) == (language or get_language()):
                return page
        return None

    def get_languages_for_item(self, item):
        by_locale = self._translations.get(item.translation_key, {})
        return [self._locales[locale_id] for locale_id in by_locale]

    def location(self, item):
        page = self._translation(item) or item
        parts = page.get_url_parts()
        return parts[2] if parts else None

    def lastmod(self, item):
        page = self._translation(item) or item
        if isinstance(page, ArticlePage):
            return page.last_published_at or page.date
        return page.last_published_at
