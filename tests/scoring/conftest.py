import pytest
from django.core.cache import cache

from newsroom.scoring import engine
from newsroom.scoring.models import Policy

from .factories import make_article

FAKE = "tests.scoring.fakes.KeywordScorer"


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """A fresh cache, generous rate limits, the keyword test scorer, and models under tmp_path."""
    cache.clear()
    engine.clear_cache()
    Policy.forget_cached()
    settings.COMMENTS_RATE_LIMIT_IP = "0"
    settings.COMMENTS_RATE_LIMIT_EMAIL = "0"
    settings.GUIDELINES_SCORER = FAKE
    settings.GUIDELINES_SCORER_OPTIONS = {}
    settings.SCORING_MODELS_DIR = tmp_path / "models"
    yield
    engine.clear_cache()
    Policy.forget_cached()
    cache.clear()


@pytest.fixture
def article(db):
    return make_article(title="Council votes on the new bridge budget",
                        body="<p>The city council voted on the bridge budget and the river crossing.</p>")


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """post(article, body, ...) -> Comment, through the comments app's action, with its on-commit
    signal run (so the scoring task runs as it would after a real request)."""
    from newsroom.comments.actions import post_comment

    counter = {"n": 0}

    def _post(article, body, *, name="Reader", email=None, ip="203.0.113.9"):
        counter["n"] += 1
        with django_capture_on_commit_callbacks(execute=True):
            comment = post_comment(
                article, name=name, email=email or f"reader{counter['n']}@example.org", body=body,
                ip_address=ip, check_token=False,
            )
        comment.refresh_from_db()
        return comment

    return _post
