"""Rebuild the dashboard's daily roll-ups from the comments and decisions.

    manage.py rollup_stats            # the last 2 days (a scheduled repair, e.g. hourly)
    manage.py rollup_stats --days 30
    manage.py rollup_stats --all      # every day (after an import)
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from newsroom.scoring.rollups import rebuild


class Command(BaseCommand):
    help = "Rebuild the dashboard's daily roll-ups (DailyCount) from comments and decisions."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=2, help="how many recent days (default 2)")
        parser.add_argument("--all", action="store_true", help="every day")

    def handle(self, *args, **options):
        if options["all"]:
            rows = rebuild()
        else:
            today = timezone.localdate()
            rows = rebuild(today - timedelta(days=max(options["days"], 1) - 1), today)
        self.stdout.write(f"{rows} roll-up rows written")
