"""Template tags for the moderator console's queue rows: `{% load scoring %}` then
`{% scoring_badges comment %}` and `{% scoring_text comment %}`."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

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
def scoring_text(comment, linebreaks=True):
    """The comment's text, escaped, with the evidence in <mark> and newlines as <br>."""
    score = getattr(comment, "score", None)
    evidence = score.evidence if score is not None and score.is_scored else []
    return highlight(comment.body, evidence, linebreaks=linebreaks)


@register.simple_tag
def scoring_top_reason(comment):
    """The clause `r` pre-selects: the comment's top-scoring clause ('' when unscored)."""
    score = getattr(comment, "score", None)
    return score.top_clause if score is not None and score.is_scored else ""


@register.simple_tag(takes_context=True)
def scoring_row_attrs(context, comment):
    """data-* attributes for the row, read by the console's keyboard script (`r` pre-selects)."""
    info = row_info(comment, _policy(context))
    attrs = [f'data-top-reason="{escape(info["top_clause"])}"',
             f'data-top-digit="{escape(info["top_digit"])}"']
    if info["senior"]:
        attrs.append('data-senior="1"')
    if info["urgent"]:
        attrs.append('data-urgent="1"')
    # Safe: values escaped above, names are constants.
    return mark_safe(" ".join(attrs))  # nosec B308, B703


@register.simple_tag
def scoring_clause_choices():
    """(code, translated label) for the queue's clause filter."""
    from django.utils.translation import gettext

    from newsroom.guidelines.clauses import CLAUSES, LABELS

    return [(code, gettext(LABELS[code])) for code in CLAUSES]
