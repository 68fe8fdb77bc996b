from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..fields import LanguageField


class Outlet(index.Indexed, models.Model):
    """A newspaper, broadcaster, agency or site whose pieces are clipped."""

    name = models.CharField(max_length=200, unique=True)
    url = models.URLField("home page", max_length=500, blank=True)
    language = LanguageField(help_text="The outlet's main language (BCP 47 code).")
    country = models.CharField(max_length=100, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("language"),
        FieldPanel("country"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("language"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
