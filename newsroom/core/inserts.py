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

Preparing the values the generic way cost more than the statement itself (about 5 us a field, 21
fields for a score), so for the common field classes, holding a value of the plain Python type that
class stores, the value is passed as Django would pass it without the calls that would return it
unchanged: a str for a CharField or TextField, a float for a FloatField, an int for an integer field
or a foreign key to one, a bool for a BooleanField, None for any of them; an aware datetime is
adapted with the backend's own adapt_datetimefield_value, a dict or list with adapt_json_value. Any
other class or value (a lazy string, an int for a FloatField, a naive datetime, an address) takes
the generic calls. tests/core/test_inserts.py holds the two to the same parameters.
"""

import itertools
from contextlib import contextmanager
from datetime import datetime

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import (
    AutoField,
    BigAutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    EmailField,
    Field,
    FloatField,
    ForeignKey,
    IntegerField,
    JSONField,
    Model,
    OneToOneField,
    PositiveIntegerField,
    TextField,
)

_guard_ids = itertools.count()
_GENERIC = object()  # a value the fast preparation leaves to Django's generic calls
_PLAIN = {  # field class -> the Python types whose values Django's get_db_prep_save returns unchanged
    CharField: (str,), TextField: (str,), EmailField: (str,), FloatField: (float,), BooleanField: (bool,),
    IntegerField: (int,), BigIntegerField: (int,), PositiveIntegerField: (int,), AutoField: (int,),
    BigAutoField: (int,),
}

_statements = {}  # (model, vendor, columns, returning) -> (sql, returning params)


def _preparer(field):
    """A function (obj, connection.ops) -> the parameter Django's insert would send for `field`, or
    _GENERIC when the value is not one the fast path knows (see the module's docstring)."""
    attname = field.attname
    cls = type(field)
    computed = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    if computed or cls.pre_save not in (Field.pre_save, DateField.pre_save, DateTimeField.pre_save):
        return lambda obj, ops: _GENERIC  # a field that computes its value on save
    target = field
    while type(target) in (ForeignKey, OneToOneField):  # a key holds its target's value (page_ptr: the id)
        target = target.target_field
    plain = _PLAIN.get(type(target))
    if plain == (str,):  # what to_python gives back as it is: any str (a TextChoices member too)
        def prepare(obj, ops):
            value = getattr(obj, attname)
            return value if value is None or isinstance(value, str) else _GENERIC
        return prepare
    if plain is not None:
        def prepare(obj, ops):
            value = getattr(obj, attname)
            return value if value is None or type(value) in plain else _GENERIC
        return prepare
    if cls is DateTimeField:
        def prepare(obj, ops):
            value = getattr(obj, attname)
            if value is None:
                return None
            if type(value) is datetime and value.utcoffset() is not None:
                return ops.adapt_datetimefield_value(value)
            return _GENERIC
        return prepare
    if cls is JSONField:
        encoder = field.encoder

        def prepare(obj, ops):
            value = getattr(obj, attname)
            return ops.adapt_json_value(value, encoder) if type(value) in (dict, list) else _GENERIC
        return prepare
    return lambda obj, ops: _GENERIC


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
        plan = [(field, _preparer(field)) for field in fields]
        found = _statements[key] = (sql, returning, plan)
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
        sql, returning, plan = _statement(type(self), connection, fields, returning_fields)
        params = []
        ops = connection.ops
        for field, prepare in plan:
            value = _GENERIC if raw else prepare(self, ops)
            if value is _GENERIC:
                value = getattr(self, field.attname) if raw else field.pre_save(self, True)
                if hasattr(value, "resolve_expression"):
                    return super()._do_insert(manager, using, fields, returning_fields, raw)
                value = field.get_db_prep_save(value, connection=connection)
            params.append(value)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            if not returning_fields:
                return []
            return [connection.ops.fetch_returned_insert_columns(cursor, returning)]


@contextmanager
def one_statement_guard(using=None):
    """What keeps a failure of ONE optional write (a statistic, a score) from costing the caller's
    transaction. The caller still catches the exception; the block must write with one statement.

    - SQLite undoes only the failed statement and the transaction carries on: nothing is needed
      (a savepoint there was two more statements on every comment submission).
    - PostgreSQL aborts the whole transaction on a failed statement, so a savepoint is taken, but
      in the same round trip as the block's first statement ("SAVEPOINT ...; <statement>") instead
      of one of its own, and on success it is not released (COMMIT releases it; a RELEASE was a
      third round trip). On failure the block is rolled back to it, as transaction.atomic() would.
      Every statement of the block comes after the savepoint, so a block of several is covered
      whole too. With server-side parameter binding, which takes one statement per call, and
      outside a transaction, it is transaction.atomic() itself."""
    connection = connections[using or DEFAULT_DB_ALIAS]
    if connection.vendor == "sqlite":
        yield
        return
    if (connection.vendor != "postgresql" or not connection.in_atomic_block
            or connection.settings_dict.get("OPTIONS", {}).get("server_side_binding")):
        with transaction.atomic(using=using):
            yield
        return
    name = f"guard_{next(_guard_ids)}"
    taken = []

    def with_savepoint(execute, sql, params, many, context):
        if taken or many:
            if not taken:  # executemany: its own statement first
                execute(f"SAVEPOINT {name}", None, False, context)
                taken.append(name)
            return execute(sql, params, many, context)
        taken.append(name)
        return execute(f"SAVEPOINT {name}; {sql}", params, many, context)

    try:
        with connection.execute_wrapper(with_savepoint):
            yield
    except BaseException:
        if taken and not connection.needs_rollback:
            with connection.cursor() as cursor:
                cursor.execute(f"ROLLBACK TO SAVEPOINT {name}; RELEASE SAVEPOINT {name}")
        raise
