from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class Topic(ClusterableModel):
    """A watchlist subject: stories mentioning any alias of its terms match."""

    name = models.CharField(max_length=200, unique=True)
    exclusions = models.TextField(
        "exclusion terms",
        blank=True,
        help_text="One per line: a story containing any of these does not match.",
    )

    # The last re-check of stored stories (`topic_backfill`): how far it got.
    backfill_checked = models.PositiveIntegerField(default=0, editable=False)
    backfill_total = models.PositiveIntegerField(default=0, editable=False)
    backfill_finished_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("exclusions"),
        InlinePanel("terms", heading="Terms", label="Term"),
        InlinePanel("alerts", heading="Alerts", label="Alert"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def backfill_progress(self) -> str:
        """Say how far the re-check of stored stories got."""
        if self.backfill_finished_at:
            return f"{self.backfill_checked:,} stories checked"
        if self.backfill_total:
            return f"{self.backfill_checked:,} of {self.backfill_total:,} checked"
        return "not yet"

    @property
    def exclusion_list(self) -> list[str]:
        return [line.strip() for line in self.exclusions.splitlines() if line.strip()]


class Term(Orderable):
    """One thing a topic watches for, known by several aliases."""

    topic = ParentalKey(Topic, on_delete=models.CASCADE, related_name="terms")
    label = models.CharField(max_length=200)
    aliases_text = models.TextField(
        "aliases",
        blank=True,
        help_text="One name per line, in any script (the label itself always counts).",
    )

    panels = [FieldPanel("label"), FieldPanel("aliases_text")]

    def __str__(self) -> str:
        return self.label


class Alias(models.Model):
    """One spelling of a term, stored with its folded form for matching."""

    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=300)
    folded = models.CharField(max_length=300, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "folded"], name="alias_unique")
        ]

    def __str__(self) -> str:
        return self.text
