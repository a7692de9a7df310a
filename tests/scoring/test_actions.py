import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from newsroom.comments.models import Comment
from newsroom.moderation.models import AuditEntry, Decision
from newsroom.scoring import actions, tasks
from newsroom.scoring.engine import ScorerUnavailable
from newsroom.scoring.models import Policy, Score

from .factories import make_comment


def test_a_new_comment_is_scored_on_submission(post, article):
    comment = post(article, "I will kill you")
    assert comment.status == "pending"
    assert comment.score.is_scored
    assert comment.score.threat == pytest.approx(0.92)


def test_scoring_failure_leaves_the_comment_pending_and_marked_not_scored(settings, post, article):
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.BrokenScorer"
    comment = post(article, "A perfectly normal comment")  # the reader's submission succeeds
    assert comment.status == "pending"
    score = Score.objects.get(pk=comment.pk)
    assert score.status == "not_scored"
    assert "scorer exploded" in score.error
    assert not Decision.objects.filter(comment=comment).exists()


def test_backend_reporting_unavailable_is_not_scored(settings, post, article):
    settings.GUIDELINES_SCORER = "newsroom.guidelines.backends.HttpScorer"
    settings.GUIDELINES_SCORER_OPTIONS = {"url": "http://127.0.0.1:9/score", "timeout": 0.5}
    comment = post(article, "Scored by a service that is down")
    score = Score.objects.get(pk=comment.pk)
    assert score.status == "not_scored"
    assert "unavailable" in score.error
    assert comment.status == "pending"


def test_missing_model_leaves_comments_pending_and_stops_the_worker(settings, article, monkeypatch):
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.UnavailableScorer"
    comment = make_comment(article, "Posted while the model file is missing")
    stopped = []
    monkeypatch.setattr(tasks, "stop_worker", stopped.append)
    monkeypatch.setattr(tasks, "_in_worker", lambda context: True)
    result = tasks.score_comment_task.enqueue(comment.pk)  # immediate backend: runs now
    assert result.status == "FAILED"
    assert stopped and "weights.npz is missing" in stopped[0]
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert Score.objects.get(pk=comment.pk).status == "not_scored"


def test_missing_model_in_the_web_process_does_not_stop_it(settings, post, article, monkeypatch):
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.UnavailableScorer"
    monkeypatch.setattr(tasks, "stop_worker", lambda message: pytest.fail("web process stopped"))
    comment = post(article, "Posted while the model file is missing")
    assert comment.status == "pending"
    assert Score.objects.get(pk=comment.pk).status == "not_scored"


def test_real_linear_scorer_with_missing_model_dir_is_unavailable(settings, article):
    settings.GUIDELINES_SCORER = "newsroom.guidelines.backends.LinearScorer"
    settings.GUIDELINES_SCORER_OPTIONS = {"model_dir": "/nonexistent/model"}
    comment = make_comment(article, "Hello")
    with pytest.raises(ScorerUnavailable, match="Cannot load the guideline scorer"):
        actions.score_comment(comment)
    assert Score.objects.get(pk=comment.pk).status == "not_scored"


def test_rescoring_replaces_only_a_not_scored_record(settings, post, article):
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.BrokenScorer"
    comment = post(article, "shit happens")
    assert Score.objects.get(pk=comment.pk).status == "not_scored"
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.KeywordScorer"
    score = actions.score_comment(comment)
    assert score.is_scored and score.profanity > 0.9
    assert Score.objects.filter(pk=comment.pk).count() == 1


def test_scoring_can_be_switched_off(settings, post, article):
    settings.SCORING_ENABLED = False
    comment = post(article, "I will kill you")
    assert not Score.objects.filter(pk=comment.pk).exists()


# --- Automatic decisions ----------------------------------------------------------------------


def test_automatic_decisions_are_off_by_default(post, article):
    comment = post(article, "I will kill you, you fucking idiot")
    assert comment.score.violation > 0.9
    assert comment.status == "pending"
    clean = post(article, "Thank you for the article about the bridge")
    assert clean.status == "pending"
    assert not Decision.objects.exists()


def test_auto_reject_is_audited_with_clause_and_score_and_can_be_reversed(post, article, chief):
    actions.update_policy(chief, {"threat": {"auto_reject": "0.9"}})
    comment = post(article, "I will kill you")
    assert comment.status == "rejected"
    decision = Decision.objects.get(comment=comment)
    assert decision.moderator is None and decision.reason == "threat"
    entry = AuditEntry.objects.get(action="scoring.auto_reject")
    assert entry.actor is None
    assert entry.object_id == str(comment.pk)
    assert entry.data["clause"] == "threat"
    assert entry.data["score"] == pytest.approx(0.92)
    assert entry.data["decision"] == decision.pk
    assert AuditEntry.objects.filter(action="comment.reject", object_id=str(comment.pk)).exists()

    from newsroom.moderation.actions import reverse

    reverse(comment, chief)
    comment.refresh_from_db()
    assert comment.status == "approved"
    assert Decision.objects.filter(comment=comment).count() == 2


def test_below_the_auto_reject_threshold_stays_pending(post, article, chief):
    actions.update_policy(chief, {"threat": {"auto_reject": "0.95"}})
    comment = post(article, "I will kill you")  # threat 0.92 < 0.95
    assert comment.status == "pending"


def test_auto_approve_on_low_violation(post, article, chief):
    actions.update_policy(chief, auto_approve_below="0.1")
    comment = post(article, "A calm remark about the bridge budget")
    assert comment.status == "approved"
    assert Decision.objects.get(comment=comment).moderator is None
    entry = AuditEntry.objects.get(action="scoring.auto_approve")
    assert entry.data["score"] == pytest.approx(0.05)
    risky = post(article, "shit")
    assert risky.status == "pending"


def test_never_auto_approves_needs_human_or_not_scored(settings, post, article, chief):
    actions.update_policy(chief, auto_approve_below="0.5")
    sorani = post(article, "زۆر سوپاس بۆ ئەم هەواڵە")  # Sorani: no model, needs a human
    assert sorani.score.needs_human and sorani.score.violation < 0.5
    assert sorani.status == "pending"
    settings.GUIDELINES_SCORER = "tests.scoring.fakes.BrokenScorer"
    from newsroom.scoring.engine import clear_cache

    clear_cache()
    unscored = post(article, "A comment the scorer cannot handle")
    assert unscored.score.status == "not_scored"
    assert unscored.status == "pending"


def test_a_human_decision_first_wins_over_the_policy(article, chief, moderator):
    from newsroom.moderation.actions import decide

    actions.update_policy(chief, {"threat": {"auto_reject": "0.5"}})
    comment = make_comment(article, "I will kill you")
    decide(comment, moderator, "approve")
    score = actions.score_comment(comment)
    assert score.threat > 0.5
    comment.refresh_from_db()
    assert comment.status == "approved"
    assert Decision.objects.filter(comment=comment).count() == 1


# --- Policy -----------------------------------------------------------------------------------


def test_policy_change_is_audited_with_old_and_new_values(chief):
    policy, changes = actions.update_policy(
        chief, {"threat": {"senior": "0.6", "auto_reject": "0.97"}}, auto_approve_below=""
    )
    assert policy.threshold("threat", "senior") == 0.6
    assert changes == {"threat.senior": {"old": 0.7, "new": 0.6},
                       "threat.auto_reject": {"old": None, "new": 0.97}}
    entry = AuditEntry.objects.get(action="scoring.policy")
    assert entry.actor == chief and entry.data["changes"] == changes
    assert Policy.current().auto_reject_on


@pytest.mark.parametrize("raw", ["1.5", "-0.1", "nan", "abc", "2"])
def test_thresholds_outside_zero_one_are_refused(chief, raw):
    with pytest.raises(ValidationError):
        actions.update_policy(chief, {"abuse": {"auto_reject": raw}})
    with pytest.raises(ValidationError):
        actions.update_policy(chief, auto_approve_below=raw)
    assert not Policy.current().auto_reject_on
    assert not AuditEntry.objects.filter(action="scoring.policy").exists()


def test_only_chiefs_change_the_policy(moderator):
    with pytest.raises(PermissionDenied):
        actions.update_policy(moderator, {"threat": {"auto_reject": "0.9"}})
    assert not Policy.current().auto_reject_on


def test_a_broken_model_is_not_reloaded_for_every_comment(settings, article, monkeypatch):
    from newsroom.scoring import engine

    settings.GUIDELINES_SCORER = "tests.scoring.fakes.UnavailableScorer"
    loads = []
    real_build = engine.build_scorer
    monkeypatch.setattr(engine, "build_scorer", lambda *a: loads.append(a) or real_build(*a))
    for text in ("first", "second", "third"):
        with pytest.raises(ScorerUnavailable, match="weights.npz is missing"):
            actions.score_comment(make_comment(article, text))
    assert len(loads) == 1
    engine.clear_cache()  # e.g. after an activation: try again at once
    with pytest.raises(ScorerUnavailable):
        actions.score_comment(make_comment(article, "fourth"))
    assert len(loads) == 2


def test_article_text_follows_the_published_revision(article):
    from newsroom.scoring.actions import article_text

    article.body = "<p>First words about the <b>bridge</b>.</p>"
    article.save_revision().publish()
    assert "First words about the bridge." in article_text(article.pk)
    assert "<b>" not in article_text(article.pk)
    article.body = "<p>Second words about the dam.</p>"
    article.save_revision().publish()  # a new revision is live: the cached text must not be used
    assert "Second words about the dam." in article_text(article.pk)
    assert article_text(None) is None
    assert article_text(article.get_parent().pk) is None  # a page that is not an article
    assert article_text(2**31 - 1) is None


def test_with_a_task_queue_the_request_only_queues_scoring(settings, post, article):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    comment = post(article, "A comment for the worker to score.")
    assert not Score.objects.filter(comment=comment).exists()  # nothing scored in the request
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["args"] == [comment.pk]
    assert queued.task_path.endswith("score_comment_task")


def test_an_unexpected_scoring_error_never_costs_the_reader_their_comment(post, article, monkeypatch):
    def explode(comment, **kwargs):
        raise RuntimeError("a bug in scoring")

    # Before the comment's transaction (prepare_score), and after its commit (score_comment), where
    # a comment whose score could not be prepared is scored.
    monkeypatch.setattr(actions, "prepare_score", explode)
    monkeypatch.setattr(actions, "score_comment", explode)
    comment = post(article, "Stored whatever scoring does.")
    assert Comment.objects.get(pk=comment.pk).status == "pending"
    assert not Score.objects.filter(comment_id=comment.pk).exists()  # score_pending will catch up


def test_a_score_that_cannot_be_stored_never_costs_the_reader_their_comment(post, article, monkeypatch):
    """The score prepared before the transaction is stored in it, in a savepoint: a database error
    there (PostgreSQL then refuses every later statement of the transaction without the savepoint)
    leaves the comment stored, pending, unscored, and its queue entry without the lost score."""
    from django.db import connection

    from newsroom.scoring.models import QueueEntry

    def explode(self, *args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(Score, "save", explode)
    comment = post(article, "I will kill you")  # would be scored over the urgent threshold
    assert Comment.objects.get(pk=comment.pk).status == "pending"
    assert not Score.objects.filter(comment_id=comment.pk).exists()
    entry = QueueEntry.objects.get(comment_id=comment.pk)
    assert (entry.risk, entry.urgent, entry.threat) == (-1.0, False, None)


def test_roll_up_and_score_writes_that_fail_halfway_never_cost_the_comment(post, article, monkeypatch):
    """The roll-up and the score are one statement each, guarded by
    newsroom.core.inserts.one_statement_guard: on SQLite without a savepoint (SQLite undoes a failed
    statement alone and the transaction goes on), on PostgreSQL with one sent in the statement's own
    round trip. Each fails here after writing a row of its own (a two-row INSERT whose second row
    breaks a NOT NULL): the comment and its queue entry are stored, and nothing of either failed
    statement is."""
    from django.db import connection

    from newsroom.scoring import rollups
    from newsroom.scoring.models import DailyCount, QueueEntry

    def half_written(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO scoring_dailycount (day, kind, key, n) VALUES"
                           " ('2001-01-01', 'halfway', 'a', 1), ('2001-01-01', 'halfway', 'b', NULL)")

    monkeypatch.setattr(rollups, "add", half_written)
    monkeypatch.setattr(Score, "save", half_written)
    comment = post(article, "I will kill you")
    assert Comment.objects.get(pk=comment.pk).status == "pending"
    assert not Score.objects.filter(comment_id=comment.pk).exists()
    assert not DailyCount.objects.filter(kind="halfway").exists()
    entry = QueueEntry.objects.get(comment_id=comment.pk)
    assert (entry.risk, entry.urgent, entry.threat) == (-1.0, False, None)  # the lost score's fields reset


def test_a_comment_scored_in_the_request_commits_once_with_its_score_and_queue_entry(post, article):
    from newsroom.scoring.models import QueueEntry

    comment = post(article, "I will kill you")
    score = Score.objects.get(pk=comment.pk)
    entry = QueueEntry.objects.get(comment_id=comment.pk)
    # The entry was written with the score's fields at once (not inserted, then updated).
    assert entry.risk == pytest.approx(score.violation)
    assert entry.threat == pytest.approx(0.92)
    assert entry.urgent  # threats over the default urgent threshold (0.5)


def test_the_queue_entry_follows_the_policy_read_with_the_submissions_checks(post, article, chief):
    """The urgent lane of a new comment's queue entry comes from the policy as it stands when the
    comment is stored, read in the same statement as the submission's checks (no statement of its
    own): a chief moving the lane counts for the very next comment, in this process and others."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from newsroom.scoring.models import QueueEntry

    assert QueueEntry.objects.get(comment_id=post(article, "I will kill you").pk).urgent
    actions.update_policy(chief, {"threat": {"urgent": ""}})  # the chief takes threats out of the lane
    Policy._parsed = None  # as another worker would, which has not parsed this policy yet
    with CaptureQueriesContext(connection) as queries:
        moved = post(article, "I will kill you, I said")
    assert not QueueEntry.objects.get(comment_id=moved.pk).urgent
    assert QueueEntry.objects.get(comment_id=moved.pk).threat == pytest.approx(0.92)
    statements = [query["sql"] for query in queries.captured_queries]
    assert not any(sql.startswith("SELECT clauses, auto_approve_below") for sql in statements), statements
    assert any("scoring_policy" in sql and "comments_ban" in sql for sql in statements)  # the checks'


def test_a_failure_to_queue_scoring_never_costs_the_reader_their_comment(settings, post, article,
                                                                          monkeypatch):
    from django.db import connection

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def explode(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")  # a database error inside the savepoint

    from types import SimpleNamespace

    monkeypatch.setattr(tasks, "score_comment_task", SimpleNamespace(backend="default", enqueue=explode))
    comment = post(article, "Stored whatever the queue does.")
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_the_queue_entry_of_a_new_comment_follows_a_policy_change_at_once(post, article, chief):
    """The submission path reads the policy's thresholds with a plain statement and keeps what it
    parsed only while the stored policy is the same: a changed urgent threshold applies to the very
    next comment (no per-process cache to wait out)."""
    from newsroom.scoring.models import QueueEntry

    assert QueueEntry.objects.get(comment=post(article, "I will kill you")).urgent
    actions.update_policy(chief, {"threat": {"urgent": "0.95"}})
    assert not QueueEntry.objects.get(comment=post(article, "I will kill you too")).urgent
    actions.update_policy(chief, {"threat": {"urgent": "0.9"}})
    assert QueueEntry.objects.get(comment=post(article, "I will kill you now")).urgent
