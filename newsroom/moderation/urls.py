from django.urls import path

from newsroom.moderation import views

app_name = "moderation"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("comments/<int:comment_id>/decide/", views.decide, name="decide"),
    path("comments/<int:comment_id>/reverse/", views.reverse, name="reverse"),
    path("comments/bulk/", views.bulk, name="bulk"),
    path("comments/<int:comment_id>/", views.comment_detail, name="comment"),
    path("comments/<int:comment_id>/reports/", views.resolve_report, name="resolve_report"),
    path("comments/<int:comment_id>/commenter/", views.commenter, name="commenter"),
    path("decisions/<int:decision_id>/undo/", views.undo, name="undo"),
    path("live/", views.live, name="live"),
    path("reported/", views.reported, name="reported"),
    path("approved/", views.decided, {"status": "approved"}, name="approved"),
    path("rejected/", views.decided, {"status": "rejected"}, name="rejected"),
    path("bans/", views.bans, name="bans"),
    path("bans/<int:ban_id>/remove/", views.remove_ban, name="remove_ban"),
    path("audit/", views.audit_trail, name="audit"),
    path("articles/", views.article_search, name="article_search"),
    path("data/", views.personal_data, name="data"),
]
