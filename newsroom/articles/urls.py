from django.urls import path

from . import views
from .feeds import EditionFeed
from .sitemaps import EditionSitemap

# Inside i18n_patterns (/<lang>/...), before Wagtail's catch-all page route.
edition_patterns = [
    path("feed/", EditionFeed(), name="edition_feed"),
    path("feed/<slug:section>/", EditionFeed(), name="section_feed"),
    path("search/", views.search, name="search"),
]

# Site-wide, outside the language prefix.
site_patterns = [
    path("sitemap.xml", views.sitemap, {"sitemaps": {"pages": EditionSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
