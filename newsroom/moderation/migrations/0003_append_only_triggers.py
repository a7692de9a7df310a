"""Triggers that keep the moderation record honest, on SQLite and PostgreSQL:

- a comment's status may only change to what its newest Decision says (so status moves only in
  the transaction of decide(), which appends the Decision first);
- decisions and audit entries are never UPDATEd (the one allowed write is Django clearing the
  moderator/actor to NULL when a user account is deleted);
- audit entries are never DELETEd on PostgreSQL. Decisions may be DELETEd at the database level
  because a data-protection erasure deletes the comment and Django cascades to its decisions; the
  application never deletes them otherwise. (On SQLite audit entries stay deletable at the SQL level
  because Django's test flush empties tables with DELETE; the model refuses it.)
"""

from django.db import migrations

STATUS_MSG = "comments_comment.status changes only with a matching moderation decision"
DECISION_MSG = "moderation_decision is append-only"
AUDIT_MSG = "moderation_auditentry is append-only"

DECISION_COLS = ("id", "comment_id", "action", "reason", "note", "created_at")
AUDIT_COLS = ("id", "actor_name", "action", "object_type", "object_id", "data", "created_at")


def _sqlite_changed(cols, fk):
    parts = [f"NEW.{c} IS NOT OLD.{c}" for c in cols]
    parts.append(f"(NEW.{fk} IS NOT OLD.{fk} AND NEW.{fk} IS NOT NULL)")
    return " OR ".join(parts)


def _pg_changed(cols, fk):
    parts = [f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in cols]
    parts.append(f"(NEW.{fk} IS DISTINCT FROM OLD.{fk} AND NEW.{fk} IS NOT NULL)")
    return " OR ".join(parts)


LATEST_STATUS = """(SELECT CASE d.action WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected' END
    FROM moderation_decision d WHERE d.comment_id = NEW.id ORDER BY d.id DESC LIMIT 1)"""

SQLITE_UP = [
    f"""CREATE TRIGGER comments_comment_status_needs_decision
BEFORE UPDATE OF status ON comments_comment
FOR EACH ROW WHEN NEW.status IS NOT OLD.status AND NEW.status IS NOT {LATEST_STATUS}
BEGIN SELECT RAISE(ABORT, '{STATUS_MSG}'); END;""",
    f"""CREATE TRIGGER moderation_decision_no_update
BEFORE UPDATE ON moderation_decision
FOR EACH ROW WHEN {_sqlite_changed(DECISION_COLS, "moderator_id")}
BEGIN SELECT RAISE(ABORT, '{DECISION_MSG}'); END;""",
    f"""CREATE TRIGGER moderation_auditentry_no_update
BEFORE UPDATE ON moderation_auditentry
FOR EACH ROW WHEN {_sqlite_changed(AUDIT_COLS, "actor_id")}
BEGIN SELECT RAISE(ABORT, '{AUDIT_MSG}'); END;""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS comments_comment_status_needs_decision;",
    "DROP TRIGGER IF EXISTS moderation_decision_no_update;",
    "DROP TRIGGER IF EXISTS moderation_auditentry_no_update;",
]

PG_UP = [
    f"""CREATE OR REPLACE FUNCTION comments_comment_status_needs_decision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IS DISTINCT FROM {LATEST_STATUS} THEN
        RAISE EXCEPTION '{STATUS_MSG}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;""",
    """CREATE TRIGGER comments_comment_status_needs_decision
BEFORE UPDATE OF status ON comments_comment
FOR EACH ROW EXECUTE FUNCTION comments_comment_status_needs_decision();""",
    f"""CREATE OR REPLACE FUNCTION moderation_decision_no_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF {_pg_changed(DECISION_COLS, "moderator_id")} THEN
        RAISE EXCEPTION '{DECISION_MSG}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;""",
    """CREATE TRIGGER moderation_decision_no_update
BEFORE UPDATE ON moderation_decision
FOR EACH ROW EXECUTE FUNCTION moderation_decision_no_update();""",
    f"""CREATE OR REPLACE FUNCTION moderation_auditentry_no_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF {_pg_changed(AUDIT_COLS, "actor_id")} THEN
        RAISE EXCEPTION '{AUDIT_MSG}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;""",
    """CREATE TRIGGER moderation_auditentry_no_update
BEFORE UPDATE ON moderation_auditentry
FOR EACH ROW EXECUTE FUNCTION moderation_auditentry_no_update();""",
    f"""CREATE OR REPLACE FUNCTION moderation_auditentry_no_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{AUDIT_MSG}' USING ERRCODE = 'restrict_violation';
END;
$$;""",
    """CREATE TRIGGER moderation_auditentry_no_delete
BEFORE DELETE ON moderation_auditentry
FOR EACH ROW EXECUTE FUNCTION moderation_auditentry_no_delete();""",
]
PG_DOWN = [
    "DROP TRIGGER IF EXISTS comments_comment_status_needs_decision ON comments_comment;",
    "DROP FUNCTION IF EXISTS comments_comment_status_needs_decision();",
    "DROP TRIGGER IF EXISTS moderation_decision_no_update ON moderation_decision;",
    "DROP FUNCTION IF EXISTS moderation_decision_no_update();",
    "DROP TRIGGER IF EXISTS moderation_auditentry_no_update ON moderation_auditentry;",
    "DROP FUNCTION IF EXISTS moderation_auditentry_no_update();",
    "DROP TRIGGER IF EXISTS moderation_auditentry_no_delete ON moderation_auditentry;",
    "DROP FUNCTION IF EXISTS moderation_auditentry_no_delete();",
]


def _run(schema_editor, statements):
    for sql in statements:
        schema_editor.execute(sql)


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_UP)
    elif vendor == "postgresql":
        _run(schema_editor, PG_UP)
    else:  # pragma: no cover
        raise RuntimeError(f"No moderation triggers for database vendor {vendor!r}")


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    _run(schema_editor, SQLITE_DOWN if vendor == "sqlite" else PG_DOWN)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0002_permissions"),
        ("comments", "0003_immutable_triggers"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
