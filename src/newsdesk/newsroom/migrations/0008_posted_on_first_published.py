"""List each post under the day it was first published (issue #19).

Until now a post without a posting date was listed under its earliest
source date. From here on it is listed under its first publication.

Which posts move: only those whose `posted_at` is empty. `posted_at` is set
only by an editor (the "Posting date" field) or by the WordPress importer
(WordPress's own post date), never by the clip actions, so an empty
`posted_at` means nobody dated the post by hand; those posts take their
first publication as their listing date. Every post with a `posted_at` keeps
its date, and a post never published keeps its stored date (publishing it
sets the date). The search entries follow the posts' dates.

Reversing puts back the source-date rule for the same posts.
"""

from datetime import datetime, time

from django.db import migrations, models
from django.utils import timezone

BATCH = 500


def _undated(apps):
    PostPage = apps.get_model("newsroom", "PostPage")
    return PostPage.objects.filter(posted_at__isnull=True).exclude(
        first_published_at__isnull=True
    )


def _set_dates(apps, dates):
    PostPage = apps.get_model("newsroom", "PostPage")
    SearchEntry = apps.get_model("newsroom", "SearchEntry")
    for pk, when in dates:
        PostPage.objects.filter(pk=pk).update(listing_date=when)
        SearchEntry.objects.filter(page_id=pk).update(listing_date=when)


def forwards(apps, schema_editor):
    posts = _undated(apps).values_list("pk", "first_published_at")
    _set_dates(apps, list(posts.iterator(chunk_size=BATCH)))


def backwards(apps, schema_editor):
    ClippingSource = apps.get_model("newsroom", "ClippingSource")
    tz = timezone.get_current_timezone()
    dates = []
    for pk, published in _undated(apps).values_list("pk", "first_published_at"):
        days = ClippingSource.objects.filter(page_id=pk, published_on__isnull=False)
        earliest = days.order_by("published_on").values_list("published_on").first()
        when = (
            datetime.combine(earliest[0], time.min, tzinfo=tz) if earliest else published
        )
        dates.append((pk, when))
    _set_dates(apps, dates)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0007_clipping_translation"),
    ]

    operations = [
        migrations.AlterField(
            model_name="postpage",
            name="posted_at",
            field=models.DateTimeField(
                blank=True,
                help_text=(
                    "Leave empty to use the day it is first published. The "
                    "source's own date stays in the attribution line."
                ),
                null=True,
                verbose_name="posting date",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
