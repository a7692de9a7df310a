from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def edition(request):
    """The current edition (language) and its direction, for <html lang dir> and navigation."""
    code = get_language() or settings.LANGUAGE_CODE
    return {
        "edition": code,
        "edition_dir": "rtl" if get_language_bidi() else "ltr",
        "editions": settings.LANGUAGES,
    }
