"""Surrogate keys: the names a reader's page gives to what it shows (newsroom.core.frontcache).

    article-<id>    the article's own page, and every page listing it (title, summary, image, date)
    comments-<id>   the article's approved comments, or their count on a listing
    latest-<lang>   pages that list an edition's newest articles (The Latest, home, sections, feeds)
    edition-<lang>  every page of one edition (its layout: sections, tagline)
    section-<id>    a section page, all its pages of results
    sitemap         /sitemap.xml
    all             every tagged page

Whoever changes one of these things purges its key after commit: the articles app on publishing,
unpublishing, moving or deleting a page; the moderation app on a decision that shows or hides a
comment.
"""

SITEMAP = "sitemap"


def article(pk):
    return f"article-{pk}"


def comments(pk):
    return f"comments-{pk}"


def latest(language):
    return f"latest-{language}"


def edition(language):
    return f"edition-{language}"


def section(pk):
    return f"section-{pk}"


def listed(stories, with_comments=False):
    """Keys of the articles a listing shows (and of their comment counts, when it shows them)."""
    keys = [article(story.pk) for story in stories]
    if with_comments:
        keys += [comments(story.pk) for story in stories]
    return keys
