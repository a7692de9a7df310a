from django.urls import path

from newsroom.comments import views

# Outside the language prefix: the article decides the language. The POST's route is named once:
# newsroom.core.handlers recognises its JSON requests by it (included at the root, newsroom/urls.py).
POST_ROUTE = "comments/post/<int:article_id>/"

urlpatterns = [
    path(POST_ROUTE, views.post, name="comments_post"),
    path("comments/report/<int:comment_id>/", views.report, name="comments_report"),
]
