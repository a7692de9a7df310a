"""The tamper-evident hash chain over decisions and audit entries (newsroom.moderation.chain):
seq, prev_hash and hash on both tables, the chain's head, the existing rows linked in the order they
were written; and on PostgreSQL a deferred constraint trigger that refuses to commit a decision
without the audit entry that names it (the application writes both in one transaction)."""

from django.conf import settings
from django.db import migrations, models

PG_UP = [
    "CREATE INDEX moderation_auditentry_decision ON moderation_auditentry ((data->>'decision'))",
    """CREATE OR REPLACE FUNCTION moderation_decision_needs_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM moderation_auditentry WHERE data->>'decision' = NEW.id::text) THEN
        RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
            MESSAGE = 'moderation_decision ' || NEW.id || ' has no audit entry';
    END IF;
    RETURN NULL;
END;
$$;""",
    """CREATE CONSTRAINT TRIGGER moderation_decision_needs_audit
AFTER INSERT ON moderation_decision DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION moderation_decision_needs_audit();""",
]
PG_DOWN = [
    "DROP TRIGGER IF EXISTS moderation_decision_needs_audit ON moderation_decision;",
    "DROP FUNCTION IF EXISTS moderation_decision_needs_audit();",
    "DROP INDEX IF EXISTS moderation_auditentry_decision;",
]


def link_existing(apps, schema_editor):
    from newsroom.moderation import chain

    Decision = apps.get_model("moderation", "Decision")
    AuditEntry = apps.get_model("moderation", "AuditEntry")
    ChainHead = apps.get_model("moderation", "ChainHead")
    rows = [(d.created_at, 0, d.pk, d) for d in Decision.objects.all()]
    rows += [(e.created_at, 1, e.pk, e) for e in AuditEntry.objects.all()]
    prev, seq = chain.GENESIS, 0
    key = chain.chain_key()
    for _at, _order, _pk, row in sorted(rows, key=lambda r: r[:3]):
        seq += 1
        row.seq, row.prev_hash = seq, prev
        row.hash = chain.digest(row, key)
        type(row).objects.filter(pk=row.pk).update(seq=row.seq, prev_hash=row.prev_hash, hash=row.hash)
        prev = row.hash
    ChainHead.objects.update_or_create(pk=1, defaults={"seq": seq, "hash": prev})


def pg_up(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_UP:
            schema_editor.execute(sql)


def pg_down(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_DOWN:
            schema_editor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0006_trust_report'),
        ('moderation', '0005_audit_object_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ChainHead',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('seq', models.BigIntegerField(default=0)),
                ('hash', models.CharField(max_length=64)),
            ],
        ),
        migrations.AddField(
            model_name='auditentry',
            name='hash',
            field=models.CharField(blank=True, editable=False, max_length=64, null=True),
        ),
        migrations.AddField(
            model_name='auditentry',
            name='prev_hash',
            field=models.CharField(blank=True, editable=False, max_length=64, null=True),
        ),
        migrations.AddField(
            model_name='auditentry',
            name='seq',
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='decision',
            name='hash',
            field=models.CharField(blank=True, editable=False, max_length=64, null=True),
        ),
        migrations.AddField(
            model_name='decision',
            name='prev_hash',
            field=models.CharField(blank=True, editable=False, max_length=64, null=True),
        ),
        migrations.AddField(
            model_name='decision',
            name='seq',
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddConstraint(
            model_name='auditentry',
            constraint=models.UniqueConstraint(condition=models.Q(('seq__isnull', False)), fields=('seq',), name='moderation_auditentry_unique_seq'),
        ),
        migrations.AddConstraint(
            model_name='decision',
            constraint=models.UniqueConstraint(condition=models.Q(('seq__isnull', False)), fields=('seq',), name='moderation_decision_unique_seq'),
        ),
        migrations.RunPython(link_existing, migrations.RunPython.noop),
        migrations.RunPython(pg_up, pg_down),
    ]
