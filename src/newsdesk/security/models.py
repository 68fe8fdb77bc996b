from django.conf import settings
from django.db import models


class Operation(models.Model):
    """A staff action outside Wagtail's own models: an import, export, erasure.

    It exists so the action has something to point at in Wagtail's audit log
    (Reports → Site history); its summary never holds a reader's address.
    """

    action = models.CharField(max_length=100, db_index=True)
    summary = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.summary


class RateCount(models.Model):
    """How many attempts one key (a form and an address hash) made in a window.

    Counted in the database, not the cache: an UPDATE of one row is atomic on
    SQLite and PostgreSQL alike, while the embedded default's file cache
    cannot increment atomically across processes.
    """

    key = models.CharField(max_length=200)
    window_start = models.BigIntegerField(help_text="Unix time the window began.")
    expires_at = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "window_start"], name="security_ratecount_one_per_window"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
