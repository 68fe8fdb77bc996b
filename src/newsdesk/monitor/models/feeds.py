from django.db import models
from wagtail.admin.panels import FieldPanel

from ..fields import LanguageField
from .outlets import Outlet


class FeedKind(models.TextChoices):
    UNKNOWN = "", "not yet detected"
    RSS = "rss", "RSS"
    ATOM = "atom", "Atom"
    RDF = "rdf", "RSS 1.0 (RDF)"
    JSONFEED = "jsonfeed", "JSON Feed"
    SITEMAP = "sitemap", "sitemap"
    NEWS_SITEMAP = "news-sitemap", "Google News sitemap"


class Feed(models.Model):
    """One address the monitor polls for an outlet's new stories.

    The poll state (validators, body hash, status, error, next poll) is kept
    here so the admin shows each feed's health.
    """

    outlet = models.ForeignKey(
        Outlet, on_delete=models.SET_NULL, null=True, blank=True, related_name="feeds"
    )
    url = models.URLField("feed address", max_length=1000, unique=True)
    kind = models.CharField(
        max_length=20, choices=FeedKind.choices, blank=True, editable=False
    )
    outlet_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="The outlet's name as the feed gives it (when no outlet is set).",
    )
    language = LanguageField(blank=True, default="")
    enabled = models.BooleanField(default=True)

    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    body_hash = models.CharField(max_length=64, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_new_story_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_status = models.PositiveSmallIntegerField(
        "HTTP status", null=True, blank=True, editable=False
    )
    last_error = models.TextField(blank=True, editable=False)
    last_problems = models.TextField(
        blank=True,
        editable=False,
        help_text="What the last readable document got wrong (entries skipped…).",
    )
    failure_count = models.PositiveIntegerField(default=0, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    interval_seconds = models.PositiveIntegerField(default=3600, editable=False)

    panels = [
        FieldPanel("url"),
        FieldPanel("outlet"),
        FieldPanel("outlet_name"),
        FieldPanel("language"),
        FieldPanel("enabled"),
    ]

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.url

    @property
    def is_failing(self) -> bool:
        return self.failure_count > 0
