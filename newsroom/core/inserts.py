"""A single-row INSERT whose statement is built once per model, for the rows a reader's comment
submission writes (the comment, its queue entry, its score).

`Model.save()` builds its INSERT afresh for every row: a Query, an insert compiler, the quoted
column list and placeholders. For one comment POST that was three statements compiled each time,
about a tenth of the request's CPU (docs/benchmarks.md, "Submission cost"). `FastInsertModel`
overrides only the last step, `_do_insert`: save() itself is unchanged (pre_save and post_save
signals, the model's own save(), defaults, related-field checks, `_state`), and each value is
prepared exactly as Django's insert compiler prepares it (`field.pre_save(obj, add=True)`, then
`field.get_db_prep_save`). Whatever the cached statement cannot express (an expression as a value, a
field with its own placeholder, several rows, returning something other than an auto primary key)
goes to Django's own path.
"""

from django.db import connections
from django.db.models import AutoField, Model

_statements = {}  # (model, vendor, columns, returning) -> (sql, returning params)


def _statement(model, connection, fields, returning_fields):
    key = (model, connection.vendor, tuple(f.column for f in fields),
           tuple(f.column for f in returning_fields))
    found = _statements.get(key)
    if found is None:
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        values = ", ".join(["%s"] * len(fields))
        # Safe: table and column names come from the model, quoted; VALUES holds only placeholders.
        sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({values})"  # nosec B608
        returning = None
        if returning_fields:
            clause, returning = connection.ops.return_insert_columns(returning_fields)
            if clause:
                sql = f"{sql} {clause}"
        found = _statements[key] = (sql, returning)
    return found


class FastInsertModel(Model):
    class Meta:
        abstract = True

    def _do_insert(self, manager, using, fields, returning_fields, raw):
        connection = connections[using]
        returning_fields = returning_fields or []
        if (
            not fields
            or any(hasattr(f, "get_placeholder") for f in fields)
            or any(not isinstance(f, AutoField) for f in returning_fields)
            or (returning_fields and not connection.features.can_return_columns_from_insert)
        ):
            return super()._do_insert(manager, using, fields, returning_fields, raw)
        params = []
        for field in fields:
            value = getattr(self, field.attname) if raw else field.pre_save(self, True)
            if hasattr(value, "resolve_expression"):
                return super()._do_insert(manager, using, fields, returning_fields, raw)
            params.append(field.get_db_prep_save(value, connection=connection))
        sql, returning = _statement(type(self), connection, fields, returning_fields)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            if not returning_fields:
                return []
            return [connection.ops.fetch_returned_insert_columns(cursor, returning)]


def one_statement_guard(using=None):
    """What keeps a failure of ONE optional write (a statistic, a score) from costing the caller's
    transaction, on databases that need it: a savepoint on PostgreSQL, where a failed statement
    aborts the whole transaction; nothing on SQLite, which undoes only the failed statement and
    carries on (and where a savepoint is two more statements on every comment submission). The
    caller still catches the exception; the block must write with at most one statement."""
    from contextlib import nullcontext

    from django.db import DEFAULT_DB_ALIAS, transaction

    if connections[using or DEFAULT_DB_ALIAS].vendor == "sqlite":
        return nullcontext()
    return transaction.atomic(using=using)
