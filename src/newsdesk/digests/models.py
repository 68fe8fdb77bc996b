"""The digest section and its numbered weekly issues."""

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html, get_text_for_indexing
from wagtail.search import index

from newsdesk import conf
from newsdesk.newsroom.models.listing import ListingMixin
from newsdesk.text.languages import direction

from .blocks import DigestBodyBlock
from .drafting import week_label

INTRO_FEATURES = ["bold", "italic", "link"]


class IssueCounter(models.Model):
    """The last issue number handed out; one row, only ever counted up.

    A counter rather than max()+1 so that a deleted issue's number is never
    given again, and concurrent drafts queue on the row's lock.
    """

    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "issue counter"

    def __str__(self) -> str:
        return f"last issue number {self.last_number}"


class DigestIndexPage(ListingMixin, Page):
    """The "Weekly Digest" section: its issues, newest first, paginated."""

    intro = RichTextField(blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["newsroom.HomePage"]
    subpage_types = ["digests.DigestIssuePage"]
    max_count = 1
    show_in_menus_default = True

    @path("feed/")
    def rss_feed(self, request):
        from .feeds import DigestRss

        return DigestRss()(request, index_id=self.pk)

    @path("feed/atom/")
    def atom_feed(self, request):
        from .feeds import DigestAtom

        return DigestAtom()(request, index_id=self.pk)

    def render_listing(self, request, number: int):
        from .selectors import issue_listing

        paginator = Paginator(issue_listing(index=self), conf.get("PAGE_SIZE"))
        try:
            listing = paginator.page(number)
        except EmptyPage:
            raise Http404(f"There is no page {number} of this listing.") from None
        context = {"listing": listing, "listing_base": self.get_url(request)}
        return self.render(request, context_overrides=context)


class DigestIssuePage(Page):
    """One numbered weekly issue: headline, introduction, language sections.

    Issues are created by `digest_draft` (the "Draft this week's digest"
    action), which gives them their number; editors then rewrite them.
    """

    number = models.PositiveIntegerField(unique=True, editable=False)
    week_start = models.DateField(unique=True, help_text="The Monday of the week.")
    week_end = models.DateField(help_text="The Sunday of the week.")
    headline = models.CharField(max_length=255)
    intro = RichTextField(blank=True, features=INTRO_FEATURES)
    body = StreamField(DigestBodyBlock(), blank=True)
    # When the week's clippings were last read into the body: drafting again
    # adds only the clippings first published after it.
    drafted_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("headline"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("week_start"), FieldPanel("week_end")])],
            heading="Week covered",
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["digests.DigestIndexPage"]
    subpage_types: list[str] = []
    # Only the draft action makes issues: it hands out the numbers.
    is_creatable = False
    search_fields = [
        *Page.search_fields,
        index.SearchField("headline"),
        index.FilterField("number"),
    ]

    class Meta:
        ordering = ["-number"]

    def clean(self) -> None:
        super().clean()
        if self.week_start and self.week_end and self.week_end < self.week_start:
            raise ValidationError({"week_end": "The week cannot end before it starts."})

    @property
    def published_on(self) -> date | None:
        """Return the day the issue first went out; None before it has.

        A draft's preview then says it is not published yet, rather than
        claim a day (the week's end may be in the future).
        """
        if self.first_published_at:
            return timezone.localtime(self.first_published_at).date()
        return None

    @property
    def week_label(self) -> str:
        return week_label(self.week_start, self.week_end)

    # Listed among the posts (newsroom.listed): the home page, the site feed
    # and search show issues between clippings, under their first publication.
    teaser_template = "digests/teaser_issue.html"

    @property
    def listing_date(self) -> datetime | None:
        return self.first_published_at

    @property
    def language(self) -> str:
        languages = conf.get("LANGUAGES")
        return str(languages[0]) if languages else "en"

    @property
    def text_direction(self) -> str:
        return direction(self.language)

    def plain_text(self) -> str:
        """Return the headline, introduction and items' text, for search."""
        parts = [self.headline, get_text_for_indexing(self.intro)]
        for section in self.body:
            for item in section.value["items"]:
                if item.block_type == "clippings":
                    parts.append(get_text_for_indexing(item.value["text"].source))
                else:
                    parts.append(item.value["text"])
        return " ".join(part for part in parts if part and part.strip())

    def feed_html(self) -> str:
        """Return what a feed entry shows: headline, week and introduction."""
        return format_html(
            "<p><strong>{}</strong></p>\n<p>Week of {}</p>\n{}",
            self.headline,
            self.week_label,
            mark_safe(expand_db_html(self.intro)),  # noqa: S308 - editor's rich text
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import issue_neighbours

        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) and not self.pk:
            context.update(previous=None, next=None, related=[])
            return context
        context.update(issue_neighbours(issue=self))
        return context
