from django.core.management.base import BaseCommand, CommandError

from newsroom.api.models import ApiKey, normalise_origin


class Command(BaseCommand):
    help = "Create an API key for a partner site and print it once (only its hash is stored)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who uses the key, e.g. 'Partner Daily'.")
        parser.add_argument(
            "--origin", action="append", default=[],
            help="A site whose browsers may post with this key, e.g. https://partner.example (repeatable).",
        )
        parser.add_argument("--scoring", action="store_true",
                            help="Give the key the scoring scope (the Perspective-compatible /v1alpha1/).")
        parser.add_argument("--per-second", type=int, default=10,
                            help="Scoring requests per second (0: no limit).")
        parser.add_argument("--per-day", type=int, default=100000,
                            help="Scoring requests per day (0: no limit).")

    def handle(self, *args, name, origin, scoring=False, per_second=10, per_day=100000, **options):
        if per_second < 0 or per_day < 0:
            raise CommandError("Quotas are 0 (no limit) or more.")
        for value in origin:
            scheme, sep, host = normalise_origin(value).partition("://")
            if scheme not in ("http", "https") or not sep or not host or "/" in host:
                raise CommandError(f"Not an origin: {value!r} (expected e.g. https://partner.example).")
        key, raw = ApiKey.create_key(name, origin, scoring=scoring, scoring_per_second=per_second,
                                     scoring_per_day=per_day)
        self.stdout.write(raw)
        self.stderr.write(
            f"Created API key #{key.pk} '{key.name}' for "
            f"{', '.join(sorted(key.origins())) or 'servers only'}. "
            "Store it now: it cannot be shown again."
        )
