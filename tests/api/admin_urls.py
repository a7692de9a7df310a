# The project does not mount the Django admin yet; this test URLconf does, to exercise ApiKeyAdmin.
from django.contrib import admin
from django.urls import path

urlpatterns = [path("django-admin/", admin.site.urls)]
