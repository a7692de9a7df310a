"""The PostgreSQL role set-up that keeps the moderation record out of the application's reach
(docs/operations.md): the owner role runs migrations; the application's role may read and write
what it needs, but it cannot TRUNCATE, DELETE or edit audit entries, edit or TRUNCATE decisions,
nor switch triggers off (only a table's owner can). With the deferred trigger of migration
moderation 0006, a decision never commits without the audit entry that names it."""

from django.db import connection


def statements(app_role, database=None):
    database = database or connection.settings_dict["NAME"]
    q = connection.ops.quote_name
    role = q(app_role)
    return [
        f"GRANT CONNECT ON DATABASE {q(database)} TO {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM {role}",
        # The record: insert and read only. Django clears actor/moderator (SET_NULL) when an
        # account is deleted, so that one column stays writable; erasure deletes decisions.
        f"REVOKE UPDATE, DELETE ON moderation_auditentry FROM {role}",
        f"GRANT UPDATE (actor_id) ON moderation_auditentry TO {role}",
        f"REVOKE UPDATE ON moderation_decision FROM {role}",
        f"GRANT UPDATE (moderator_id) ON moderation_decision TO {role}",
    ]
