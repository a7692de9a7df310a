"""Small formatting filters for the scoring pages."""

from django import template

register = template.Library()


@register.filter
def pct(value):
    if value is None:
        return "–"
    return f"{value * 100:.1f}%"


@register.filter
def get(mapping, key):
    return mapping.get(key, key)


@register.filter
def duration(seconds):
    """Seconds as a short human duration (45 s, 12 min, 3.5 h, 2.1 d)."""
    if seconds is None:
        return "–"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"
