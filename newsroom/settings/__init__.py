"""Split settings: base (shared, environment-driven), dev, test, production.

Pick one with DJANGO_SETTINGS_MODULE; manage.py defaults to dev, pytest to test,
gunicorn (see docs/operations.md) to production.
"""
