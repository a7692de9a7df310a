"""Template tags for the moderator console's queue rows: `{% load scoring %}` then
`{% scoring_badges comment %}` and `{% scoring_text comment %}`."""

from django import template
from django.utils.html import escape

from ..models import Policy
from ..queue import highlight, row_info

register = template.Library()


def _policy(context):
    # One policy query per rendered page, not per row.
    cache = context.render_context
    if "scoring_policy" not in cache:
        cache["scoring_policy"] = Policy.current()
    return cache["scoring_policy"]


@register.inclusion_tag("scoring/_badges.html", takes_context=True)
def scoring_badges(context, comment):
    return {"info": row_info(comment, _policy(context)), "comment": comment}


@register.simple_tag
def scoring_text(comment):
    """The comment's text, escaped, with the evidence in <mark> (plain escaped text if unscored)."""
    score = getattr(comment, "score", None)
    if score is None or not score.is_scored:
        return escape(comment.body)
    return highlight(comment.body, score.evidence)


@register.simple_tag(takes_context=True)
def scoring_row_attrs(context, comment):
    """data-* attributes for the row, read by the console's keyboard script (`r` pre-selects)."""
    info = row_info(comment, _policy(context))
    attrs = [f'data-top-reason="{escape(info["top_clause"])}"',
             f'data-top-digit="{escape(info["top_digit"])}"']
    if info["senior"]:
        attrs.append('data-senior="1"')
    from django.utils.safestring import mark_safe

    return mark_safe(" ".join(attrs))  # values escaped above
