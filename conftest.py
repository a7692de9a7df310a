import os

# Playwright's sync API runs an event loop in the test thread; the ORM calls pytest-django's
# live_server fixtures make from that thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
