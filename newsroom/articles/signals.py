"""Keep cached article pages honest: any change to what is live invalidates them."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import caching


def _page_changed(sender, **kwargs):
    # Every article page lists "The Latest" of its edition, so one publication can change them all.
    caching.invalidate_all()


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        caching.invalidate_all()


def _restriction_changed(sender, **kwargs):
    # A page made private must stop being served from the cache at once.
    caching.invalidate_all()


def connect():
    page_published.connect(_page_changed, dispatch_uid="articles_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="articles_cache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="articles_cache_moved")
    post_delete.connect(_page_deleted, dispatch_uid="articles_cache_deleted")
    from wagtail.models import PageViewRestriction

    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="articles_cache_private")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction,
                        dispatch_uid="articles_cache_public")
