from django.urls import path

from . import views

app_name = "scoring"

urlpatterns = [
    path("", views.home_view, name="home"),
    path("dashboard/", views.dashboard_view, name="dashboard"),
    path("policy/", views.policy_view, name="policy"),
    path("simulate/", views.simulate_view, name="simulate"),
    path("models/", views.versions_view, name="versions"),
    path("models/retrain/", views.retrain_view, name="retrain"),
    path("models/<int:pk>/activate/", views.rollback_view, name="rollback"),
]
