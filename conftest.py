import os

# Playwright's sync API runs an event loop in the test thread; the ORM calls pytest-django's
# live_server fixtures make from that thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """An article page cached by one test must never be served in the next one (same URL, new
    database rows): start every test with a new page-cache generation."""
    from newsroom.articles import caching

    caching.reset()
    yield
