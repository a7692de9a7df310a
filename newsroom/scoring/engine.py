"""Which scorer runs, loaded once per process.

The backend is a dotted path (settings.GUIDELINES_SCORER, the scorer library's linear model by
default); the model files are the shipped ones unless a retrained version has been activated
(ModelVersion with a path). Loading failures become ScorerUnavailable with a message an operator
can act on, never a silent fallback: a missing model must leave comments pending, not approve them.
"""

import threading
import time

from django.conf import settings

DEFAULT_SCORER = "newsroom.guidelines.backends.LinearScorer"

_lock = threading.Lock()
_cache = {}  # (dotted_path, path) -> scorer instance
_failures = {}  # (dotted_path, path) -> (monotonic time, ScorerUnavailable) of the last failed load
RETRY_LOAD_SECONDS = 30.0


class ScorerUnavailable(Exception):
    """The configured scorer or its model files cannot be loaded."""


def configured_backend():
    return getattr(settings, "GUIDELINES_SCORER", None) or DEFAULT_SCORER


VERSION_CACHE_SECONDS = 5.0
_version = None  # (monotonic time, (backend, path) or None)


def active_version():
    """The active ModelVersion row, or None when the shipped model runs (nothing activated yet)."""
    from .models import ModelVersion

    return ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).first()


def _active_key():
    """(backend, path) of the active version, read at most every few seconds per process: an
    activation or rollback reaches every worker within VERSION_CACHE_SECONDS (at once in the
    process that made it, which calls clear_cache)."""
    global _version
    now = time.monotonic()
    if _version is not None and now - _version[0] < VERSION_CACHE_SECONDS:
        return _version[1]
    version = active_version()
    key = (version.backend, version.path) if version else None
    _version = (now, key)
    return key


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

    Which version is active is re-read every few seconds (see _active_key), so activating or
    rolling back a model in the console takes effect in every worker without a restart.
    """
    active = _active_key()
    dotted, path = active if active else (configured_backend(), "")
    key = (dotted, path)
    scorer = _cache.get(key)
    if scorer is None:
        with _lock:
            scorer = _cache.get(key)
            if scorer is None:
                failed = _failures.get(key)
                if failed is not None and time.monotonic() - failed[0] < RETRY_LOAD_SECONDS:
                    # A broken model is not reloaded on every comment: each try costs the reader time.
                    raise ScorerUnavailable(str(failed[1]))
                try:
                    scorer = build_scorer(dotted, path)
                except ScorerUnavailable as exc:
                    _failures[key] = (time.monotonic(), exc)
                    raise
                _failures.pop(key, None)
                _cache.clear()  # keep one model in memory, not every version ever used
                _cache[key] = scorer
    return scorer


def clear_cache():
    global _version
    with _lock:
        _cache.clear()
        _failures.clear()
        _version = None
