import gc
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
# Readers' pages are cached in front of Python (Varnish or a CDN; docs/operations.md).
# What django.core.wsgi.get_wsgi_application() does, with the site's handler: Django's, with a
# shorter middleware stack for the inline comment POST (newsroom/core/handlers.py).
django.setup(set_prefix=False)

from newsroom.core.handlers import NewsroomWSGIHandler  # noqa: E402 - needs the apps loaded

application = NewsroomWSGIHandler()

# The objects loaded so far (Django, Wagtail, the apps, their models: about 160,000) live as long as
# the process. Frozen, the collector's full passes no longer walk them: such a pass, every few dozen
# console pages, cost a request about 100 ms with them, 30 without (docs/benchmarks.md, sixth pass).
gc.collect()
gc.freeze()
