"""The guideline scorer: plain Python, no Django imports at module level.

    from newsroom.guidelines import score, load_scorer
    score("text", article="article text") -> {"language", "violation", "categories", ...}
    load_scorer("newsroom.guidelines.backends.HttpScorer", url=..., timeout=2)

The model card is docs/scorer.md; the command line is ``python -m newsroom.guidelines``.
"""
import importlib
import os
import sys
import threading

DEFAULT_BACKEND = "newsroom.guidelines.backends.LinearScorer"

_default = None
_lock = threading.Lock()


def load_scorer(dotted_path=None, **options):
    """Build a scorer backend. Without a path: settings.GUIDELINES_SCORER (a dotted path) and
    settings.GUIDELINES_SCORER_OPTIONS when Django is configured, else the default linear scorer."""
    if dotted_path is None:
        dotted_path, configured = _from_settings()
        options = {**configured, **options}
    module, _, cls = dotted_path.rpartition(".")
    klass = getattr(importlib.import_module(module), cls)
    return klass(**options)


def _from_settings():
    # Outside Django (a worker, the CLI) there is nothing to read: do not import it at all.
    if "django.conf" not in sys.modules and not os.environ.get("DJANGO_SETTINGS_MODULE"):
        return DEFAULT_BACKEND, {}
    try:
        from django.conf import settings  # imported lazily: the library works without Django
        if settings.configured:
            return (getattr(settings, "GUIDELINES_SCORER", None) or DEFAULT_BACKEND,
                    dict(getattr(settings, "GUIDELINES_SCORER_OPTIONS", None) or {}))
    except ImportError:
        pass
    return DEFAULT_BACKEND, {}


def default_scorer():
    global _default
    with _lock:
        if _default is None:
            _default = load_scorer()
        return _default


def score(text, article=None):
    """Score one comment (see the result contract in newsroom/guidelines/model.py)."""
    return default_scorer().score([{"text": text, "article": article}])[0]


def score_batch(items):
    return default_scorer().score(list(items))
