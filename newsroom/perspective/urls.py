from django.urls import re_path

from . import views

# Perspective's paths: {base}/comments:analyze and {base}/comments:suggestscore, base /v1alpha1.
urlpatterns = [
    re_path(r"^v1alpha1/(?P<operation>comments:[A-Za-z]+)$", views.method, name="perspective_method"),
]
