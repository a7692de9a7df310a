from django.urls import path, re_path

from newsroom.api import views

# Outside the language prefix: an article's own language decides the edition.
urlpatterns = [
    path("api/v1/articles/", views.articles, name="api_articles"),
    path("api/v1/articles/<int:article_id>/comments/", views.article_comments, name="api_article_comments"),
    re_path(r"^api/(?P<rest>.*)$", views.not_found),
    path("embed/<int:article_id>/", views.embed, name="api_embed"),
]
