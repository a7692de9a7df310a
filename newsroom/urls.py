from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from newsroom.articles.urls import edition_patterns, site_patterns

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    # Django's admin, for administrators: API keys for partner sites (users and groups live in /cms/).
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    # Scoring pages of the console (policy, simulation, models, dashboard); before moderation/.
    path("moderation/scoring/", include("newsroom.scoring.urls")),
    # The moderator console and the reader's comment POST endpoint (language comes from the article).
    path("moderation/", include("newsroom.moderation.urls")),
    path("", include("newsroom.comments.urls")),
    # The public JSON API (/api/v1/) and the embeddable comment thread (/embed/<id>/).
    path("", include("newsroom.api.urls")),
    # The Perspective-compatible scoring API: /v1alpha1/comments:analyze and :suggestscore.
    path("", include("newsroom.perspective.urls")),
    *site_patterns,
]

# A styled 403 that names the role a page needs (newsroom/moderation/views.py).
handler403 = "newsroom.moderation.views.forbidden"

urlpatterns += i18n_patterns(
    *edition_patterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
