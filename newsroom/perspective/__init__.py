"""The Perspective-compatible scoring API (docs/perspective.md): protocol.py is the protocol (plain
Python), service.py the host's interface; the site serves it at /v1alpha1/ (views.py,
django_service.py) and standalone.py serves it alone under gunicorn."""
