from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_bidi


def _nav_sections():
    # Imported late: the 404 page and the admin use this processor too.
    from wagtail.models import Locale

    from newsroom.articles.models import SectionPage
    from newsroom.articles.visibility import public

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return []
    return list(public(SectionPage.objects.live().in_menu()).filter(locale=locale).order_by("path"))


def edition(request):
    """The current edition (language) and its direction, for <html lang dir> and navigation."""
    code = get_language() or settings.LANGUAGE_CODE
    return {
        "edition": code,
        "edition_dir": "rtl" if get_language_bidi() else "ltr",
        "editions": settings.LANGUAGES,
        "site_name": settings.WAGTAIL_SITE_NAME,
        # Lazy: only pages that print the navigation pay for the query.
        "nav_sections": SimpleLazyObject(_nav_sections),
    }
