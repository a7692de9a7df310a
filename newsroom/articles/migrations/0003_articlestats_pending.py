# Issue 13: the pending count kept with each article (ArticleStats.pending_comments), which the
# dashboard's queue-size chart sums instead of counting the queue.

from django.db import migrations, models


def fill(apps, schema_editor):
    """Each article's pending comments, counted from the existing comments (historical models: this
    migration does not depend on the app's code as it is later). One GROUP BY, then one UPDATE per
    article with pending comments, or a new row for one that had none."""
    Stats = apps.get_model("articles", "ArticleStats")
    Comment = apps.get_model("comments", "Comment")
    rows = (Comment.objects.filter(status="pending").order_by().values_list("article_id")
            .annotate(n=models.Count("pk")))
    new = []
    for article_id, n in rows:
        if not Stats.objects.filter(pk=article_id).update(pending_comments=n):
            new.append(Stats(article_id=article_id, approved_comments=0, pending_comments=n))
    Stats.objects.bulk_create(new, batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0002_articlestats"),
        ("comments", "0009_language_filter_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlestats",
            name="pending_comments",
            field=models.PositiveIntegerField(db_default=0, default=0),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
