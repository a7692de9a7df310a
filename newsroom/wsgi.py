import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
# Readers' pages are cached in front of Python (Varnish or a CDN; docs/operations.md).
application = get_wsgi_application()

# The objects loaded so far (Django, Wagtail, the apps, their models: about 160,000) live as long as
# the process. Frozen, the collector's full passes no longer walk them: such a pass, every few dozen
# console pages, cost a request about 100 ms with them, 30 without (docs/benchmarks.md, sixth pass).
gc.collect()
gc.freeze()
