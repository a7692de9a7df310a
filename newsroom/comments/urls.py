from django.urls import path

from newsroom.comments import views

# Outside the language prefix: the article decides the language.
urlpatterns = [
    path("comments/post/<int:article_id>/", views.post, name="comments_post"),
    path("comments/report/<int:comment_id>/", views.report, name="comments_report"),
]
