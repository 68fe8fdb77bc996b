from django.db import models


class Comment(models.Model):
    """A reader's comment on a page; replies point at their parent."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        REJECTED = "rejected", "Rejected"

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author_name = models.CharField(max_length=200)
    author_email = models.EmailField(blank=True, help_text="Never shown publicly.")
    author_url = models.URLField(max_length=500, blank=True)
    body = models.TextField(help_text="Plain text.")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField()
    ip_hash = models.CharField(max_length=64, blank=True)
    import_key = models.CharField(
        max_length=200,
        null=True,
        blank=True,
        unique=True,
        help_text="Where an imported comment came from, e.g. wp:<site>:<id>.",
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author_name} on {self.page_id}"


class SpamCount(models.Model):
    """How many comment submissions were refused, per reason and day."""

    class Reason(models.TextChoices):
        HONEYPOT = "honeypot", "Honeypot field filled"
        TOO_FAST = "too_fast", "Sent too fast"
        TOO_OLD = "too_old", "Form too old"
        BAD_STAMP = "bad_stamp", "Missing or tampered stamp"
        RATE_LIMIT = "rate_limit", "Too many from one address"

    day = models.DateField()
    reason = models.CharField(max_length=20, choices=Reason.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day", "reason"]
        constraints = [
            models.UniqueConstraint(fields=["day", "reason"], name="spam_count_day")
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.reason}: {self.count}"
