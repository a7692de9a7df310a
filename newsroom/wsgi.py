import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
django_application = get_wsgi_application()

# Cached article pages are answered before Django builds a request (newsroom/core/fastpath.py).
from newsroom.core.fastpath import PageCacheWSGI  # noqa: E402

application = PageCacheWSGI(django_application)
