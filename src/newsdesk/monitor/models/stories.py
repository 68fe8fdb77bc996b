from django.conf import settings
from django.db import models

from ..social import platform_name
from .feeds import Feed
from .watchlist import Alias, Term, Topic


class StoryStatus(models.TextChoices):
    NEW = "new", "new"
    DISMISSED = "dismissed", "dismissed"
    CLIPPED = "clipped", "clipped"


class Cluster(models.Model):
    """Stories that are the same piece carried by several outlets."""

    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"cluster {self.pk}"


class Story(models.Model):
    """One piece found in a feed; one row per normalised URL, for ever."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="stories")
    url = models.URLField(max_length=1000, unique=True)
    guid = models.CharField(max_length=1000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    author = models.CharField(max_length=500, blank=True)
    # The account's handle when the story is a social post (no @).
    handle = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=35, blank=True)
    summary = models.TextField(blank=True)
    text = models.TextField(blank=True)
    status = models.CharField(
        max_length=10, choices=StoryStatus.choices, default=StoryStatus.NEW
    )
    cluster = models.ForeignKey(
        Cluster,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
    )
    signature = models.BinaryField(blank=True, default=b"", editable=False)
    title_key = models.CharField(max_length=300, blank=True, db_index=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The editor who looks after this story.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def is_post(self) -> bool:
        """Tell whether the story is a social post (quoted as text, not fetched)."""
        return self.feed.is_social

    @property
    def platform(self) -> str:
        """Return the name of the post's platform ("Telegram"), "" for a piece."""
        return platform_name(self.feed.source) if self.is_post else ""


class Snapshot(models.Model):
    """The article page as fetched: a .warc.gz file in media storage, its text."""

    story = models.OneToOneField(
        Story, on_delete=models.CASCADE, related_name="snapshot"
    )
    final_url = models.URLField(max_length=1000)
    http_status = models.PositiveSmallIntegerField()
    fetched_at = models.DateTimeField()
    # The raw HTTP response as a gzipped WARC/1.1 file, named by `sha256`.
    warc = models.FileField(upload_to="snapshots/%Y/%m/", max_length=255)
    text = models.TextField(blank=True)
    sha256 = models.CharField(max_length=64, db_index=True)

    def __str__(self) -> str:
        return f"snapshot of {self.final_url}"


class StoryMatch(models.Model):
    """A story mentions one of a topic's terms: which alias, and in what words."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="matches")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="+")
    alias = models.ForeignKey(Alias, on_delete=models.CASCADE, related_name="+")
    context = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["story", "term"], name="storymatch_unique")
        ]

    def __str__(self) -> str:
        return f"{self.alias} in {self.story}"
