"""A moderator may undo their own decision within seconds (moderation.actions.undo): a Decision with
action "undo" puts the comment back to pending. The status trigger learns that an "undo" decision
means "pending"; everything else it guards stays as in 0003."""

from django.db import migrations, models

STATUS_MSG = "comments_comment.status changes only with a matching moderation decision"

LATEST_STATUS = """(SELECT CASE d.action WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected'
    WHEN 'undo' THEN 'pending' END
    FROM moderation_decision d WHERE d.comment_id = NEW.id ORDER BY d.id DESC LIMIT 1)"""
OLD_LATEST_STATUS = """(SELECT CASE d.action WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected' END
    FROM moderation_decision d WHERE d.comment_id = NEW.id ORDER BY d.id DESC LIMIT 1)"""


def _sqlite(latest):
    return [
        "DROP TRIGGER IF EXISTS comments_comment_status_needs_decision;",
        f"""CREATE TRIGGER comments_comment_status_needs_decision
BEFORE UPDATE OF status ON comments_comment
FOR EACH ROW WHEN NEW.status IS NOT OLD.status AND NEW.status IS NOT {latest}
BEGIN SELECT RAISE(ABORT, '{STATUS_MSG}'); END;""",
    ]


def _pg(latest):
    return [
        f"""CREATE OR REPLACE FUNCTION comments_comment_status_needs_decision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IS DISTINCT FROM {latest} THEN
        RAISE EXCEPTION '{STATUS_MSG}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;""",
    ]


def _run(schema_editor, latest):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        statements = _sqlite(latest)
    elif vendor == "postgresql":
        statements = _pg(latest)
    else:  # pragma: no cover
        raise RuntimeError(f"No moderation triggers for database vendor {vendor!r}")
    for sql in statements:
        schema_editor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, LATEST_STATUS)


def backwards(apps, schema_editor):
    _run(schema_editor, OLD_LATEST_STATUS)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0003_append_only_triggers")]
    operations = [
        migrations.AlterField(
            model_name="decision",
            name="action",
            field=models.CharField(
                choices=[("approve", "Approve"), ("reject", "Reject"), ("undo", "Undo")], max_length=10
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
