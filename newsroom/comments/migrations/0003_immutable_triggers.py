"""Database triggers that make a stored comment immutable, whatever code (or raw SQL) runs.

Only `status` may change (and newsroom.moderation's triggers tie that to a Decision), and the
network address may only be cleared to NULL, which is the data-protection purge.
"""

from django.db import migrations

IMMUTABLE = ("id", "name", "email", "body", "article_id", "language", "created_at", "parent_id")
MESSAGE = (
    "comments_comment is immutable: name, email, body, article, language, created_at, parent and "
    "ip_address never change (ip_address may only be purged to NULL)"
)

SQLITE_CONDITION = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in IMMUTABLE) + (
    " OR (NEW.ip_address IS NOT OLD.ip_address AND NEW.ip_address IS NOT NULL)"
)
SQLITE_UP = f"""
CREATE TRIGGER comments_comment_immutable
BEFORE UPDATE ON comments_comment
FOR EACH ROW WHEN {SQLITE_CONDITION}
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS comments_comment_immutable;"

PG_CONDITION = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in IMMUTABLE) + (
    " OR (NEW.ip_address IS DISTINCT FROM OLD.ip_address AND NEW.ip_address IS NOT NULL)"
)
PG_UP = f"""
CREATE OR REPLACE FUNCTION comments_comment_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF {PG_CONDITION} THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER comments_comment_immutable
BEFORE UPDATE ON comments_comment
FOR EACH ROW EXECUTE FUNCTION comments_comment_immutable();
"""
PG_DOWN = """
DROP TRIGGER IF EXISTS comments_comment_immutable ON comments_comment;
DROP FUNCTION IF EXISTS comments_comment_immutable();
"""


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_UP)
    elif vendor == "postgresql":
        schema_editor.execute(PG_UP)
    else:  # pragma: no cover - the project supports exactly these two databases
        raise RuntimeError(f"No immutability trigger for database vendor {vendor!r}")


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_DOWN)
    elif vendor == "postgresql":
        schema_editor.execute(PG_DOWN)


class Migration(migrations.Migration):
    dependencies = [("comments", "0002_bans_ratehits")]
    operations = [migrations.RunPython(forwards, backwards)]
