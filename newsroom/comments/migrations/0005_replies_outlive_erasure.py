"""Replies outlive the erasure of the comment they answer.

Erasing a commenter's data used to delete other readers' replies to their comments (parent was
CASCADE). Now parent is SET_NULL, and the immutability trigger lets parent_id change only to NULL,
as it already did for the network address; every other fixed column stays fixed.
"""

import django.db.models.deletion
from django.db import migrations, models

IMMUTABLE = ("id", "name", "email", "body", "article_id", "language", "created_at")
CLEARABLE = ("ip_address", "parent_id")  # may only become NULL: the address purge, and erasure
MESSAGE = (
    "comments_comment is immutable: name, email, body, article, language, created_at, parent and "
    "ip_address never change (ip_address and parent may only be cleared to NULL)"
)


def _condition(differs, immutable, clearable):
    fixed = [differs(c) for c in immutable]
    cleared = [f"({differs(c)} AND NEW.{c} IS NOT NULL)" for c in clearable]
    return " OR ".join(fixed + cleared)


def sqlite_trigger(immutable=IMMUTABLE, clearable=CLEARABLE):
    condition = _condition(lambda c: f"NEW.{c} IS NOT OLD.{c}", immutable, clearable)
    return f"""
CREATE TRIGGER comments_comment_immutable
BEFORE UPDATE ON comments_comment
FOR EACH ROW WHEN {condition}
BEGIN
    SELECT RAISE(ABORT, '{MESSAGE}');
END;
"""


def pg_function(immutable=IMMUTABLE, clearable=CLEARABLE):
    condition = _condition(lambda c: f"NEW.{c} IS DISTINCT FROM OLD.{c}", immutable, clearable)
    return f"""
CREATE OR REPLACE FUNCTION comments_comment_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF {condition} THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;
"""


def _install(schema_editor, immutable, clearable):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS comments_comment_immutable;")
        schema_editor.execute(sqlite_trigger(immutable, clearable))
    elif vendor == "postgresql":
        schema_editor.execute(pg_function(immutable, clearable))  # the trigger calls it by name
    else:  # pragma: no cover - the project supports exactly these two databases
        raise RuntimeError(f"No immutability trigger for database vendor {vendor!r}")


def forwards(apps, schema_editor):
    _install(schema_editor, IMMUTABLE, CLEARABLE)


def backwards(apps, schema_editor):  # 0003's rule: parent fixed too
    _install(schema_editor, (*IMMUTABLE, "parent_id"), ("ip_address",))


class Migration(migrations.Migration):
    dependencies = [("comments", "0004_email_index")]
    operations = [
        migrations.AlterField(
            model_name="comment",
            name="parent",
            field=models.ForeignKey(
                blank=True,
                help_text="The approved comment this one replies to (one level of replies).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="replies",
                to="comments.comment",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
