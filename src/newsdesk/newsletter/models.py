"""Subscribers, mailings and one delivery per subscriber per mailing."""

from django.conf import settings
from django.db import models

from newsdesk.text.languages import NAMES


class Subscriber(models.Model):
    """A confirmed (or formerly confirmed) address; unconfirmed ones are never stored.

    The confirmation link carries the address and languages, signed, so an
    address typed into the form becomes a row only once its owner clicks.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        BOUNCED = "bounced", "Bounced"

    email = models.EmailField(max_length=254, unique=True)
    languages = models.CharField(
        max_length=100,
        blank=True,
        help_text="Language codes separated by spaces; empty means every language.",
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.CONFIRMED, db_index=True
    )
    created_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    bounce_reason = models.CharField(max_length=500, blank=True)
    ip_hash = models.CharField(
        max_length=64, blank=True, help_text="Keyed hash of the confirming address."
    )

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    @property
    def language_list(self) -> list[str]:
        return self.languages.split()

    @property
    def language_names(self) -> str:
        """Return the languages as readers name them: `English, Persian`."""
        return ", ".join(NAMES.get(code, code) for code in self.language_list)


class Mailing(models.Model):
    """One message (subject and parts) sent to every confirmed subscriber."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SENDING = "sending", "Sending"
        DONE = "done", "Done"

    subject = models.CharField(max_length=300)
    from_email = models.CharField(
        "from",
        max_length=400,
        blank=True,
        help_text='Name and address, "Name <address>"; empty uses NEWSDESK_FROM_EMAIL.',
    )
    parts = models.JSONField(
        default=list, help_text="[{language, html, text}, …] in reading order."
    )
    source_url = models.URLField(max_length=500, blank=True)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    created_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    queued_count = models.PositiveIntegerField(default=0)
    sent_count = models.PositiveIntegerField(default=0)
    failed_count = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    next_batch_at = models.DateTimeField(
        null=True, blank=True, help_text="When the sending task was last queued for."
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject


class Delivery(models.Model):
    """The mailing's message to one subscriber: claimed, sent once, or failed."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped"
        UNCERTAIN = "uncertain", "Uncertain (check)"

    mailing = models.ForeignKey(
        Mailing, on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    email = models.EmailField(max_length=254)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claim = models.CharField(max_length=32, blank=True, db_index=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    handed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the message was handed to the SMTP server; empty while "
        "it is only claimed.",
    )
    message_id = models.CharField(max_length=250, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    smtp_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "subscriber"], name="newsletter_one_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["mailing", "status"])]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        return f"{self.mailing} → {self.email}"
