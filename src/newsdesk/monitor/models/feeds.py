from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

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
    TELEGRAM = "telegram", "Telegram channel page"
    PAGE = "page", "web page read by a selector recipe"


class SourceKind(models.TextChoices):
    """What the address is: a feed, a social account's feed or page, a web page."""

    FEED = "feed", "feed or sitemap"
    MASTODON = "mastodon", "Mastodon account (https://host/@user.rss)"
    BLUESKY = "bluesky", "Bluesky account (https://bsky.app/profile/<handle>/rss)"
    YOUTUBE = "youtube", "YouTube channel (…/feeds/videos.xml?channel_id=…)"
    TELEGRAM = "telegram", "Telegram public channel (https://t.me/s/<channel>)"
    PAGE = "page", "web page without a feed (selector recipe)"


# Sources whose entries are posts: stored as they are, no article fetched.
SOCIAL_SOURCES = frozenset(
    {SourceKind.MASTODON, SourceKind.BLUESKY, SourceKind.YOUTUBE, SourceKind.TELEGRAM}
)
RECIPE_HELP = (
    "CSS (article.post h2 a) or XPath (starting with / or ./); "
    "for a web page without a feed only."
)


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
    source = models.CharField(
        "kind of source",
        max_length=20,
        choices=SourceKind.choices,
        default=SourceKind.FEED,
    )
    recipe_item = models.CharField(
        "item selector", max_length=500, blank=True, help_text=RECIPE_HELP
    )
    recipe_title = models.CharField(
        "title selector (inside an item)", max_length=500, blank=True
    )
    recipe_link = models.CharField(
        "link selector (inside an item; its href)",
        max_length=500,
        blank=True,
        help_text="Empty: the item's first link.",
    )
    recipe_date = models.CharField(
        "date selector (inside an item)",
        max_length=500,
        blank=True,
        help_text="Its datetime attribute, else its text (ISO 8601 or RFC 2822).",
    )
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
        FieldPanel("source"),
        FieldPanel("outlet"),
        FieldPanel("outlet_name"),
        FieldPanel("language"),
        FieldPanel("enabled"),
        MultiFieldPanel(
            [
                FieldPanel("recipe_item"),
                FieldPanel("recipe_title"),
                FieldPanel("recipe_link"),
                FieldPanel("recipe_date"),
            ],
            heading="Selector recipe (web page without a feed)",
        ),
    ]

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.url

    def clean(self) -> None:
        """Ask for the item selector of a web page read by a recipe."""
        super().clean()
        if self.source == SourceKind.PAGE and not self.recipe_item.strip():
            raise ValidationError(
                {"recipe_item": "A web page without a feed needs an item selector."}
            )

    @property
    def is_social(self) -> bool:
        """Tell whether the entries are social posts (no article to fetch)."""
        return self.source in SOCIAL_SOURCES

    @property
    def is_failing(self) -> bool:
        return self.failure_count > 0
