"""Keep the front cache honest: any change to what is live purges the pages that show it, after
commit (newsroom.core.frontcache, key names in newsroom.articles.surrogates)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from newsroom.core.frontcache import purge

from . import surrogates


def page_keys(page):
    """What to purge when `page` is published, changed, unpublished, moved or deleted.

    An article shows on its own page and on every page listing it; and because every article page
    lists The Latest of its edition (as do the home page, the sections and the feeds), publishing,
    unpublishing or re-dating any article changes The Latest: `latest-<lang>` goes too. A home or
    section page changes its edition's layout (navigation, tagline): `edition-<lang>`."""
    from .models import ArticlePage

    page = page.specific
    language = page.locale.language_code
    keys = [surrogates.SITEMAP]
    if isinstance(page, ArticlePage):
        keys += [surrogates.article(page.pk), surrogates.latest(language)]
        parent = page.get_parent()
        if parent is not None:
            keys.append(surrogates.section(parent.pk))
    else:
        keys.append(surrogates.edition(language))
    return keys


def _page_changed(sender, instance, parent_page_before=None, **kwargs):
    keys = page_keys(instance)
    if parent_page_before is not None:  # a move: the old section lists it no more
        keys.append(surrogates.section(parent_page_before.pk))
    purge(*keys)


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.depth > 1:
        language = instance.locale.language_code
        purge(surrogates.SITEMAP, surrogates.article(instance.pk), surrogates.latest(language),
              surrogates.edition(language))


def _restriction_changed(sender, instance, **kwargs):
    # A page made private must leave the front cache at once.
    try:
        page = instance.page
    except Exception:  # the page is being deleted with its restriction
        return
    purge(*page_keys(page))


def connect():
    page_published.connect(_page_changed, dispatch_uid="articles_frontcache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="articles_frontcache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="articles_frontcache_moved")
    post_delete.connect(_page_deleted, dispatch_uid="articles_frontcache_deleted")
    from wagtail.models import PageViewRestriction

    post_save.connect(_restriction_changed, sender=PageViewRestriction,
                      dispatch_uid="articles_frontcache_private")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction,
                        dispatch_uid="articles_frontcache_public")
