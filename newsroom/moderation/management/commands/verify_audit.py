"""Verify the moderation hash chain (newsroom.moderation.chain); exit 1 at the first broken link.

    manage.py verify_audit                       # the whole chain
    manage.py verify_audit --state var/audit-head.json   # also: the newest link seen last time
                                                         # must still be there (then record the new one)

Run it from cron or a systemd timer and alert on a non-zero exit (docs/operations.md)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.moderation import chain


class Command(BaseCommand):
    help = "Verify the tamper-evident chain of moderation decisions and audit entries."

    def add_arguments(self, parser):
        parser.add_argument("--state", help="a file keeping the newest verified link between runs")

    def handle(self, *args, state=None, **options):
        expect = None
        path = Path(state) if state else None
        if path is not None and path.exists():
            saved = json.loads(path.read_text())
            expect = (int(saved["seq"]), str(saved["hash"]))
        try:
            seq, last_hash = chain.verify(expect=expect)
        except chain.Broken as exc:
            raise CommandError(f"audit chain broken: {exc}") from None
        if path is not None:
            path.write_text(json.dumps({"seq": seq, "hash": last_hash}) + "\n")
        self.stdout.write(f"audit chain intact: {seq} link(s)")
