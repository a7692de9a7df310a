"""Learning from the newsroom's own decisions.

Every final human decision is a label: an approval says "no clause broken"; a rejection under a
content clause says "this clause (and so `violation`) broken". Duplicates, bans and off-topic
rejections are left out: they depend on things the text alone does not show.

retrain() trains a candidate on the shipped data plus the older decisions, keeps the most recent
decisions as a held-out slice, scores that slice with the candidate and with the active model, and
activates the candidate only if its macro-F1 on `violation` (reject vs approve) is higher. The
comparison is kept in a ModelVersion row either way, and audited.
"""

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from newsroom.guidelines.clauses import ABUSE, ABUSE_KINDS, CLAUSES, OFF_TOPIC, clause_of

from .engine import build_scorer, configured_backend, get_scorer
from .models import ModelVersion

# Reasons whose rejection teaches the text model something (see module docstring).
LEARNABLE = tuple(c for c in CLAUSES if c != OFF_TOPIC) + ABUSE_KINDS
PRIMARY_METRIC = "violation_macro_f1"


class RetrainError(Exception):
    """Retraining cannot run (too few decisions, already running, trainer missing)."""


def models_dir():
    return Path(getattr(settings, "SCORING_MODELS_DIR", settings.BASE_DIR / "var" / "models"))


def data_dir():
    return Path(getattr(settings, "GUIDELINES_DATA_DIR", settings.BASE_DIR.parent / "shared" / "data"))


def labels_for(action, reason):
    """The scorer's training labels for one human decision, or None if it teaches nothing."""
    if action == "approve":
        return {"violation": 0, **{c: 0 for c in CLAUSES if c != OFF_TOPIC}, **{k: 0 for k in ABUSE_KINDS}}
    if reason not in LEARNABLE:
        return None
    labels = {"violation": 1, clause_of(reason): 1}
    if reason in ABUSE_KINDS:
        labels[reason] = 1
        labels[ABUSE] = 1
    return labels


def decision_examples():
    """Labelled examples from the final human decision of every comment, oldest decision first."""
    from newsroom.moderation.models import Decision

    final = {}
    for decision in (
        Decision.objects.filter(moderator__isnull=False)
        .select_related("comment", "comment__score")
        .order_by("created_at", "pk")
    ):
        final[decision.comment_id] = decision
    examples = []
    for decision in sorted(final.values(), key=lambda d: (d.created_at, d.pk)):
        labels = labels_for(decision.action, decision.reason)
        if labels is None:
            continue
        comment = decision.comment
        score = getattr(comment, "score", None)
        language = score.language if score is not None and score.language else comment.language
        examples.append({
            "text": comment.body, "language": language or "en", "labels": labels,
            "comment_id": comment.pk, "decided_at": decision.created_at.isoformat(),
        })
    return examples


def extra_examples():
    """Examples from the other retraining sources: settings.SCORING_EXTRA_EXAMPLE_SOURCES, dotted
    paths of callables returning {"text", "language", "labels"} dicts (an app above scoring, such as
    the scoring API's feedback, plugs in here). They join the training part only: the held-out slice
    stays the moderators' own most recent decisions."""
    from django.utils.module_loading import import_string

    out = []
    for path in getattr(settings, "SCORING_EXTRA_EXAMPLE_SOURCES", None) or ():
        out.extend(import_string(path)())
    return out


def split_recent(examples, fraction=0.2, minimum=20):
    """(older part for training, most recent part held out). Recent decisions are the fairest test
    of the model that will score tomorrow's comments."""
    if len(examples) < minimum:
        raise RetrainError(
            f"Only {len(examples)} usable human decisions; at least {minimum} are needed to compare models."
        )
    n_hold = max(minimum, math.ceil(len(examples) * fraction))
    n_hold = min(n_hold, len(examples))
    return examples[: len(examples) - n_hold], examples[len(examples) - n_hold:]


def _macro_f1(y_true, y_pred):
    f1s = []
    for positive in (0, 1):
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == positive and p == positive)
        fp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t != positive and p == positive)
        fn = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == positive and p != positive)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    return sum(f1s) / 2


def compare_on(scorer, examples):
    """How well `scorer` predicts the moderators' approve/reject on `examples`."""
    results = scorer.score([{"text": e["text"], "article": None} for e in examples])
    y_true = [e["labels"]["violation"] for e in examples]
    y_pred = [int((r.get("violation") or 0.0) >= 0.5) for r in results]
    agree = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == p)
    figures = {
        PRIMARY_METRIC: round(_macro_f1(y_true, y_pred), 4),
        "accuracy": round(agree / len(examples), 4) if examples else None,
        "n": len(examples),
    }
    model = getattr(scorer, "model", None)  # the linear backend's model, which the library measures
    if model is not None:
        try:  # the scorer library's own per-head figures (AUC, macro-F1, calibration): kept, shown
            from newsroom.guidelines.evaluation import evaluate_examples

            figures["scorer_report"] = _jsonable(evaluate_examples(model, examples))
        except Exception as exc:  # optional: the comparison above is the one that decides
            figures["scorer_report"] = {"error": f"{type(exc).__name__}: {exc}"}
    return figures


def _jsonable(value):
    return json.loads(json.dumps(value, default=str))


def _default_train(data, out_dir, extra_examples, log):
    try:
        from newsroom.guidelines.training import train
    except ImportError as exc:
        raise RetrainError(f"The scorer library has no trainer: {exc}") from exc
    train(str(data), str(out_dir), extra_examples=extra_examples, seed=0, log=log)


def retrain(user=None, *, train_fn=None, holdout_fraction=0.2, min_holdout=20, log=print):
    """Train, compare, keep the comparison, activate only if better. Returns the ModelVersion."""
    from newsroom.moderation.audit import record

    from .actions import activate_model, register_shipped_model

    examples = decision_examples()
    train_part, held_out = split_recent(examples, holdout_fraction, min_holdout)
    others = extra_examples()
    active_scorer = get_scorer()
    register_shipped_model(active_scorer)
    active = ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).first()

    stamp = timezone.now().strftime("%Y%m%dT%H%M%S")
    out_dir = models_dir() / f"candidate-{stamp}"
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    log(f"training on the shipped data + {len(train_part)} decisions + {len(others)} from other sources; "
        f"{len(held_out)} held out")
    (train_fn or _default_train)(data_dir(), out_dir, [dict(e) for e in train_part + others], log)
    backend = active.backend if active else configured_backend()
    candidate_scorer = build_scorer(backend, str(out_dir))

    candidate_figures = compare_on(candidate_scorer, held_out)
    active_figures = compare_on(active_scorer, held_out)
    better = candidate_figures[PRIMARY_METRIC] > active_figures[PRIMARY_METRIC]
    name = getattr(candidate_scorer, "model_name", "") or getattr(candidate_scorer, "name", "") or ""
    with transaction.atomic():
        version = ModelVersion.objects.create(
            name=f"{name or 'retrained'}+{stamp}",
            backend=backend,
            path=str(out_dir),
            status=ModelVersion.Status.CANDIDATE,
            comparison={
                "metric": PRIMARY_METRIC,
                "held_out": len(held_out),
                "held_out_from": held_out[0]["decided_at"] if held_out else None,
                "candidate": candidate_figures,
                "active": active_figures,
                "active_name": active.name if active else "",
                "better": better,
            },
            training={"decisions": len(train_part), "other_sources": len(others),
                      "seconds": round(time.time() - started, 1)},
            created_by=user,
        )
        record(user, "scoring.retrain", version, better=better, metric=PRIMARY_METRIC,
               candidate=candidate_figures[PRIMARY_METRIC], active=active_figures[PRIMARY_METRIC],
               held_out=len(held_out))
    if better:
        activate_model(user, version, reason="retrain", check_permission=False)
    log(f"candidate {candidate_figures[PRIMARY_METRIC]} vs active {active_figures[PRIMARY_METRIC]}: "
        + ("activated" if better else "kept the active model"))
    version.refresh_from_db()
    return version


# --- Running it from the console --------------------------------------------------------------

STALE_AFTER = 3 * 3600  # a "running" mark older than this is a crashed run


def _status_file():
    return models_dir() / "retrain-status.json"


def retrain_status():
    try:
        return json.loads(_status_file().read_text())
    except (OSError, ValueError):
        return None


def write_status(**status):
    models_dir().mkdir(parents=True, exist_ok=True)
    tmp = _status_file().with_suffix(".tmp")
    tmp.write_text(json.dumps(status))
    os.replace(tmp, _status_file())


def request_retrain(user):
    """Start retraining in the background: a worker task when one is configured, otherwise a
    separate `manage.py retrain_scorer` process (training takes minutes; a request must not)."""
    from newsroom.moderation.audit import record

    status = retrain_status()
    if status and status.get("state") == "running" and time.time() - status.get("started", 0) < STALE_AFTER:
        raise RetrainError("Retraining is already running.")
    write_status(state="running", started=time.time(), by=user.get_username())
    record(user, "scoring.retrain_requested")
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    if isinstance(task_backends["default"], ImmediateBackend):
        log_path = models_dir() / "retrain.log"
        with open(log_path, "ab") as log_file:
            subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                [sys.executable, str(settings.BASE_DIR / "manage.py"), "retrain_scorer", "--by",
                 user.get_username()],
                cwd=settings.BASE_DIR, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
            )
    else:
        from .tasks import retrain_task

        retrain_task.enqueue(user.pk)


def run_and_record(user=None, log=print, **options):
    """retrain() with the status file kept up to date for the console."""
    started = time.time()
    write_status(state="running", started=started, by=user.get_username() if user else "")
    try:
        version = retrain(user, log=log, **options)
    except Exception as exc:
        write_status(state="failed", started=started, finished=time.time(),
                     message=f"{type(exc).__name__}: {exc}")
        raise
    write_status(state="done", started=started, finished=time.time(), version=version.pk,
                 better=version.comparison.get("better"), message=version.name)
    return version
