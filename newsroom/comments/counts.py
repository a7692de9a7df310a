"""Approved-comment counts for lists of articles (home, section and search pages)."""

from newsroom.articles.counts import approved_counts


def attach_approved_counts(articles):
    """Set `approved_comment_count` on each article of an iterable (e.g. one page of a list), from
    the counts kept with the articles (newsroom.articles.counts): one query for all of them.
    Returns the articles."""
    articles = list(articles)
    counts = approved_counts(a.pk for a in articles)
    for article in articles:
        article.approved_comment_count = counts[article.pk]
    return articles
