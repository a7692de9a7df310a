from django import template

from newsroom.comments.models import Comment
from newsroom.comments.tokens import make_token

register = template.Library()


@register.simple_tag
def approved_count(article):
    """The number of published comments of an article, for the article page and lists."""
    return Comment.objects.approved().filter(article=article).count()


@register.simple_tag
def comment_thread(article):
    """Approved comments, oldest first, with their approved replies (one level)."""
    comments = list(Comment.objects.approved().filter(article=article).only(
        "pk", "parent_id", "name", "body", "created_at", "language"))
    top = [c for c in comments if c.parent_id is None]
    by_parent = {}
    for c in comments:
        if c.parent_id is not None:
            by_parent.setdefault(c.parent_id, []).append(c)
    for c in top:
        c.approved_replies = by_parent.get(c.pk, [])
    return {"comments": top, "count": len(comments)}


@register.simple_tag
def comment_form_token(article):
    return make_token(article.pk)


@register.filter
def digits(value):
    """Keep a query parameter only if it is a plain number (the comment replied to)."""
    value = str(value or "")
    return value if value.isdigit() and len(value) < 19 else ""
