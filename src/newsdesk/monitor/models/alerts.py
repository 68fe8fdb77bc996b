import secrets

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel

from .stories import Story
from .watchlist import Topic


class AlertFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", "immediately"
    HOURLY = "hourly", "hourly"
    DAILY = "daily", "daily"


class TopicAlert(models.Model):
    """A member of staff mailed about the topic's new stories, at a chosen pace."""

    topic = ParentalKey(Topic, on_delete=models.CASCADE, related_name="alerts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    frequency = models.CharField(
        max_length=12, choices=AlertFrequency.choices, default=AlertFrequency.DAILY
    )
    last_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [FieldPanel("user"), FieldPanel("frequency")]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["topic", "user"], name="topicalert_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.topic} ({self.frequency})"


class AlertDelivery(models.Model):
    """One story to tell one person about: queued once, mailed once."""

    alert = models.ForeignKey(
        TopicAlert, on_delete=models.CASCADE, related_name="deliveries"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "story"], name="alertdelivery_once_per_story"
            )
        ]
        verbose_name_plural = "alert deliveries"

    def __str__(self) -> str:
        return f"{self.story} for {self.user}"


def new_feed_token() -> str:
    """Return a fresh secret for a private feed's address."""
    return secrets.token_urlsafe(32)


class InboxFeed(models.Model):
    """An editor's saved inbox filter, followed as a private feed.

    Whoever has the address reads the feed, so the token is the secret:
    revoking gives the feed a new one and the old address stops working.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(max_length=200)
    query = models.CharField(
        max_length=2000, blank=True, help_text="The inbox's filter, as in its address."
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
