"""manage.py retrain_scorer: train a candidate on the shipped data plus the newsroom's own human
decisions, compare it with the active model on the most recent decisions, activate it only if better."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from newsroom.scoring.engine import ScorerUnavailable
from newsroom.scoring.retraining import RetrainError, run_and_record


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--by", default="", help="username recorded as the one who asked")
        parser.add_argument("--holdout-fraction", type=float, default=0.2)
        parser.add_argument("--min-holdout", type=int, default=20)
        parser.add_argument("--from-decisions", action="store_true",
                            help="accepted for symmetry with `python -m newsroom.guidelines retrain`")

    def handle(self, *args, by="", holdout_fraction=0.2, min_holdout=20, **options):
        user = None
        if by:
            user = get_user_model().objects.filter(username=by).first()
            if user is None:
                raise CommandError(f"No user named {by!r}.")
        if not 0 < holdout_fraction < 1:
            raise CommandError("--holdout-fraction must be between 0 and 1.")
        try:
            version = run_and_record(user, log=self.stdout.write, holdout_fraction=holdout_fraction,
                                     min_holdout=min_holdout)
        except (RetrainError, ScorerUnavailable) as exc:
            raise CommandError(str(exc)) from exc
        c = version.comparison
        self.stdout.write(
            f"{version.name}: {c['metric']} candidate {c['candidate'][c['metric']]} vs active "
            f"{c['active'][c['metric']]} on {c['held_out']} recent decisions -> "
            + ("ACTIVATED" if c["better"] else "not better, active model kept")
        )
