from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from newsdesk.monitor.fields import LanguageField
from newsdesk.monitor.models import Outlet
from newsdesk.text.folding import fold
from newsdesk.text.languages import (
    direction,
    language_name,
    primary_subtag,
)

from ..attribution import (
    Source,
    attribution_parts,
    punctuation_for,
    split_authors,
)
from ..dates import numbering_for, posting_date
from ..panels import SnapshotPanel, TranslationHelpPanel
from ..translation import site_language
from .listing import ListingMixin

QUOTE_FEATURES = ["bold", "italic", "link", "ol", "ul", "blockquote"]
BODY_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote", "hr"]


class HomePage(ListingMixin, Page):
    """The site's front page: the newest posts of every section."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["newsroom.SectionPage", "contact.ContactPage"]
    parent_page_types = ["wagtailcore.Page"]


class SectionPage(ListingMixin, Page):
    """A category of the site ("News", "Letters", …) listing its posts."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["newsroom.ClippingPage", "newsroom.ArticlePage"]
    parent_page_types = ["newsroom.HomePage"]
    show_in_menus_default = True


class PostPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "newsroom.PostPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class PostPage(Page):
    """What clippings and articles share: posting date, language, tags.

    `listing_date` is the posting date with its fallbacks applied (see
    `newsroom.dates.posting_date`), stored so listings sort in the database.
    """

    posted_at = models.DateTimeField(
        "posting date",
        null=True,
        blank=True,
        help_text=(
            "Leave empty to use the day it is first published. The source's "
            "own date stays in the attribution line."
        ),
    )
    language = LanguageField()
    tags = ClusterTaggableManager(through=PostPageTag, blank=True)
    listing_date = models.DateTimeField(db_index=True, editable=False)
    comments_open = models.BooleanField(
        default=True, help_text="Let readers leave comments on this page."
    )

    is_creatable = False
    posting_panel = MultiFieldPanel(
        [
            FieldPanel("posted_at"),
            FieldPanel("language"),
            FieldPanel("tags"),
            FieldPanel("comments_open"),
        ],
        heading="Posting",
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.FilterField("language"),
        index.FilterField("listing_date"),
    ]

    class Meta:
        indexes = [models.Index(fields=["-listing_date"], name="post_listing_date")]

    @property
    def text_direction(self) -> str:
        return direction(self.language)

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    def plain_text(self) -> str:
        """Return the page's readable text (title aside), for search and snippets."""
        return ""

    def search_text(self) -> str:
        """Return title and text folded, so the index matches any spelling."""
        return fold(f"{self.title} {self.plain_text()}")

    @property
    def display_date(self) -> datetime:
        """Return the posting date with its fallbacks applied; never empty.

        Computed from the fields as they are, so a preview of unsaved edits
        shows the date the page will be listed under.
        """
        return posting_date(
            posted_at=self.posted_at,
            first_published_at=self.first_published_at,
            stored_at=self.listing_date or timezone.now(),
        )

    def get_url_parts(self, request=None):
        """Give an item one address, whatever the language of the page that
        links to it: it is shown in its own language's interface anyway
        (`newsdesk.public.i18n`), so a prefixed twin would only duplicate it."""
        with translation.override(settings.LANGUAGE_CODE):
            return super().get_url_parts(request)

    def save(self, *args, **kwargs):
        # Derived, not business logic: the sort key must follow the fields.
        self.listing_date = self.display_date
        return super().save(*args, **kwargs)


class ClippingPage(PostPage):
    """A quoted, attributed passage from one or more press sources."""

    excerpt = RichTextField(features=QUOTE_FEATURES, help_text="The quoted passage.")
    commentary = RichTextField(
        blank=True, features=BODY_FEATURES, help_text="Optional editorial comment."
    )
    # The title and excerpt in the site's language, for a foreign-language
    # clipping: shown first, the original beside them.
    translated_title = models.CharField(
        "translated title",
        max_length=255,
        blank=True,
        help_text="The title in the site's language.",
    )
    translated_excerpt = RichTextField(
        "translated passage",
        blank=True,
        features=QUOTE_FEATURES,
        help_text="The passage in the site's language.",
    )

    content_panels = [
        *Page.content_panels,
        InlinePanel("sources", heading="Sources", label="Source", min_num=1),
        FieldPanel("excerpt"),
        FieldPanel("commentary"),
        MultiFieldPanel(
            [
                TranslationHelpPanel(),
                FieldPanel("translated_title"),
                FieldPanel("translated_excerpt"),
            ],
            heading="Translation",
        ),
        PostPage.posting_panel,
    ]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types: list[str] = []
    teaser_template = "newsroom/teaser_clipping.html"

    def plain_text(self) -> str:
        sources = " ".join(
            f"{source.outlet.name if source.outlet_id else ''} {source.authors} "
            f"{source.place}"
            for source in self.sources.all()
        )
        parts = [get_text_for_indexing(self.excerpt), sources]
        parts.append(get_text_for_indexing(self.commentary))
        if self.has_translation:
            parts.append(self.translated_title)
            parts.append(get_text_for_indexing(self.translated_excerpt))
        return " ".join(part for part in parts if part.strip())

    @property
    def has_translation(self) -> bool:
        """Tell whether the title and the excerpt have a translation to show."""
        return bool(
            self.translated_title.strip()
            and get_text_for_indexing(self.translated_excerpt or "").strip()
        )

    @property
    def translation_language(self) -> str:
        return site_language()

    @property
    def translation_direction(self) -> str:
        return direction(self.translation_language)

    @property
    def display_language(self) -> str:
        """Return the language of what readers see first (`lang` of the page)."""
        return self.translation_language if self.has_translation else self.language

    @property
    def display_direction(self) -> str:
        return direction(self.display_language)

    @property
    def display_title(self) -> str:
        """Return the title readers of the site's language see first."""
        return self.translated_title if self.has_translation else self.title

    @property
    def display_excerpt(self) -> str:
        """Return the excerpt (rich text) readers of the site's language see first."""
        return self.translated_excerpt if self.has_translation else self.excerpt

    def clean(self) -> None:
        super().clean()
        # A half-done translation is a draft's right (the editor may ask for
        # the other half); it shows once both the title and passage are there.
        written = self.translated_title.strip() or get_text_for_indexing(
            self.translated_excerpt or ""
        )
        if written and primary_subtag(self.language or "") == site_language():
            raise ValidationError(
                {
                    "translated_title": "This clipping is already in "
                    f"{language_name(site_language())}: clear the translation, "
                    "or set the clipping's language to its source's."
                }
            )

    def attribution_sources(self) -> list[Source]:
        return [source.as_attribution() for source in self.sources.all()]

    def attribution(self):
        """Return the attribution line as parts (see `newsroom.attribution`)."""
        numbering = numbering_for(self.language)
        punctuation = punctuation_for(self.language, numbering)
        return attribution_parts(self.attribution_sources(), punctuation)


class ClippingSource(Orderable):
    """One outlet's piece that a clipping quotes."""

    page = ParentalKey(ClippingPage, related_name="sources", on_delete=models.CASCADE)
    outlet = models.ForeignKey(
        Outlet,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sources",
    )
    authors = models.CharField(
        max_length=300, blank=True, help_text="Separate several names with commas."
    )
    place = models.CharField(max_length=120, blank=True)
    published_on = models.DateField("source date", null=True, blank=True)
    url = models.URLField("source URL", max_length=2000, blank=True)
    # The page as it was fetched when clipped (a .warc.gz file shared with the
    # monitor's snapshot of the same bytes), so the clipping survives link rot.
    snapshot = models.FileField(
        upload_to="snapshots/%Y/%m/", max_length=255, blank=True, editable=False
    )
    snapshot_sha256 = models.CharField(max_length=64, blank=True, editable=False)

    class Meta(Orderable.Meta):
        # Rows written without a sort_order (older imports) keep the order
        # they were added in, on every database, instead of an arbitrary one.
        ordering = ["sort_order", "pk"]

    panels = [
        FieldPanel("outlet"),
        FieldPanel("authors"),
        FieldPanel("place"),
        FieldPanel("published_on"),
        FieldPanel("url"),
        SnapshotPanel(),
    ]

    def as_attribution(self) -> Source:
        return Source(
            outlet=self.outlet.name if self.outlet_id else "",
            authors=split_authors(self.authors),
            place=self.place,
            date=self.published_on,
            url=self.url,
        )


class ArticlePage(PostPage):
    """The organisation's own writing: notices, letters, statements."""

    author = models.CharField(max_length=200, blank=True)
    body = RichTextField(features=BODY_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("author"),
        FieldPanel("body"),
        PostPage.posting_panel,
    ]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types: list[str] = []
    teaser_template = "newsroom/teaser_article.html"

    def plain_text(self) -> str:
        return f"{self.author} {get_text_for_indexing(self.body)}".strip()
