"""Which scorer runs, loaded once per process.

The backend is a dotted path (settings.GUIDELINES_SCORER, the scorer library's linear model by
default); the model files are the shipped ones unless a retrained version has been activated
(ModelVersion with a path). Loading failures become ScorerUnavailable with a message an operator
can act on, never a silent fallback: a missing model must leave comments pending, not approve them.
"""

import threading

from django.conf import settings

DEFAULT_SCORER = "newsroom.guidelines.backends.LinearScorer"

_lock = threading.Lock()
_cache = {}  # (dotted_path, path) -> scorer instance


class ScorerUnavailable(Exception):
    """The configured scorer or its model files cannot be loaded."""


def configured_backend():
    return getattr(settings, "GUIDELINES_SCORER", None) or DEFAULT_SCORER


def active_version():
    """The active ModelVersion row, or None when the shipped model runs (nothing activated yet)."""
    from .models import ModelVersion

    return ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).first()


def scorer_options(path):
    """settings.GUIDELINES_SCORER_OPTIONS, plus the model directory when it is not the shipped one."""
    options = dict(getattr(settings, "GUIDELINES_SCORER_OPTIONS", None) or {})
    if path:
        options["model_dir"] = path
    return options


def build_scorer(dotted_path=None, path=""):
    """Load a scorer afresh (no cache). Raises ScorerUnavailable with the cause."""
    dotted_path = dotted_path or configured_backend()
    try:
        from newsroom.guidelines import load_scorer

        return load_scorer(dotted_path, **scorer_options(path))
    except Exception as exc:  # any failure to load is the same fact for the caller
        where = f" from {path}" if path else ""
        raise ScorerUnavailable(
            f"Cannot load the guideline scorer {dotted_path}{where}: {type(exc).__name__}: {exc}"
        ) from exc


def get_scorer():
    """The scorer for the active model version, cached per process.

    One small query per call tells which version is active, so activating or rolling back a model
    in the console takes effect in every worker without a restart.
    """
    version = active_version()
    dotted = version.backend if version else configured_backend()
    path = version.path if version else ""
    key = (dotted, path)
    scorer = _cache.get(key)
    if scorer is None:
        with _lock:
            scorer = _cache.get(key)
            if scorer is None:
                scorer = build_scorer(dotted, path)
                _cache.clear()  # keep one model in memory, not every version ever used
                _cache[key] = scorer
    return scorer


def clear_cache():
    with _lock:
        _cache.clear()
