"""Print (or apply) the PostgreSQL grants for the application's role (newsroom.moderation.roles_sql).

    manage.py audit_roles --app-role newsroom_app            # print the SQL
    manage.py audit_roles --app-role newsroom_app --apply    # run it, connected as the owner

Run it after every `migrate` (new tables need their grants)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from newsroom.moderation.roles_sql import statements


class Command(BaseCommand):
    help = "The PostgreSQL grants that keep the audit trail out of the application role's reach."

    def add_arguments(self, parser):
        parser.add_argument("--app-role", required=True)
        parser.add_argument("--apply", action="store_true")

    def handle(self, *args, app_role, apply=False, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Role set-up is for PostgreSQL; SQLite has no roles.")
        sql = statements(app_role)
        if apply:
            with connection.cursor() as cursor:
                for statement in sql:
                    cursor.execute(statement)
        for statement in sql:
            self.stdout.write(statement + ";")
