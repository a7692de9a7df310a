"""The comments app's settings, with defaults, read at call time so tests can override them.

COMMENTS_RATE_LIMIT_IP / COMMENTS_RATE_LIMIT_EMAIL  "count/seconds", e.g. "5/60"; "0" disables
COMMENTS_RATE_LIMIT_REPORT     reports of published comments per IP, "count/seconds" (default 10/600)
COMMENTS_MIN_FORM_SECONDS      a form sent back sooner than this after it was rendered is a bot
COMMENTS_FORM_MAX_AGE_SECONDS  older forms are refused (the reader reloads the page)
COMMENTS_MAX_REQUEST_BYTES     larger POST bodies are refused with 413 before they are parsed
COMMENTS_DUPLICATE_WINDOW_SECONDS  same text from the same email within this window is refused
COMMENTS_NOTIFY_COMMENTER      email the commenter when their comment is decided (off by default)
COMMENTS_ADDRESS_RETENTION_DAYS  network addresses older than this are purged
COMMENTS_TRUSTED_PROXIES       networks of reverse proxies whose X-Forwarded-For is believed
                               (comma-separated, e.g. "127.0.0.1,10.0.0.0/8"); empty: none
COMMENTS_THREAD_PAGE_SIZE      top-level comments an article page shows before "Show more"
"""

import os

from django.conf import settings

DEFAULTS = {
    "COMMENTS_RATE_LIMIT_IP": os.environ.get("COMMENTS_RATE_LIMIT_IP", "5/60"),
    "COMMENTS_RATE_LIMIT_EMAIL": os.environ.get("COMMENTS_RATE_LIMIT_EMAIL", "5/60"),
    "COMMENTS_RATE_LIMIT_REPORT": os.environ.get("COMMENTS_RATE_LIMIT_REPORT", "10/600"),
    "COMMENTS_MIN_FORM_SECONDS": int(os.environ.get("COMMENTS_MIN_FORM_SECONDS", "3")),
    "COMMENTS_FORM_MAX_AGE_SECONDS": 7 * 24 * 3600,
    "COMMENTS_MAX_REQUEST_BYTES": 64 * 1024,
    "COMMENTS_DUPLICATE_WINDOW_SECONDS": 600,
    "COMMENTS_NOTIFY_COMMENTER": os.environ.get("COMMENTS_NOTIFY_COMMENTER", "").lower()
    in {"1", "true", "yes", "on"},
    "COMMENTS_ADDRESS_RETENTION_DAYS": int(os.environ.get("COMMENTS_ADDRESS_RETENTION_DAYS", "30")),
    "COMMENTS_TRUSTED_PROXIES": os.environ.get("COMMENTS_TRUSTED_PROXIES", ""),
    "COMMENTS_THREAD_PAGE_SIZE": 50,
}

NAME_MAX = 80
BODY_MIN = 2
BODY_MAX = 5000
EMAIL_MAX = 254


def get(name):
    return getattr(settings, name, DEFAULTS[name])
