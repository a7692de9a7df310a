import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
# Readers' pages are cached in front of Python (Varnish or a CDN; docs/operations.md).
application = get_wsgi_application()
