from django.core.management.base import BaseCommand

from newsroom.moderation.actions import purge_addresses


class Command(BaseCommand):
    help = "Clear the network address of comments older than COMMENTS_ADDRESS_RETENTION_DAYS (audited)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="override the retention setting")

    def handle(self, *args, days=None, **options):
        count = purge_addresses(None, days=days)
        if options["verbosity"]:
            self.stdout.write(f"Purged the address of {count} comment(s).")
