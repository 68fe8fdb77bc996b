"""What a search finds and shows: one row per live, public post."""

from django.db import models
from wagtail.models import Page


class SearchEntry(models.Model):
    """A live, public post as search reads it: folded words to match, text to show.

    Kept by `services.search` (on publish, unpublish, move, privacy change;
    a deleted page takes its entry with it). The full-text index over the
    folded columns is the database's own, made by this app's migration
    0006: an FTS5 table kept by triggers on SQLite, a generated `tsvector`
    column with a GIN index on PostgreSQL (`newsroom/search.py` reads them).
    """

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    title = models.TextField()  # as written
    text = models.TextField()  # the readable text, as written (for snippets)
    language = models.CharField(max_length=35)
    listing_date = models.DateTimeField()
    # The paths of the post's ancestors, space-separated: a search below a
    # page matches the entries whose `within` holds that page's path.
    within = models.TextField()
    folded_title = models.TextField()
    folded_text = models.TextField()  # title and text, folded

    class Meta:
        verbose_name_plural = "search entries"

    def __str__(self) -> str:
        return self.title
