from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from .links import validate_link

NETWORKS = [
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("x", "X"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("telegram", "Telegram"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("website", "Website"),
    ("email", "Email"),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=NETWORKS)
    handle = blocks.CharBlock(
        max_length=120, help_text="Shown to readers, e.g. @desk@example.social"
    )
    url = blocks.CharBlock(
        required=False,
        max_length=500,
        validators=[validate_link],
        help_text="Where the link goes: https://… or mailto:…",
    )

    class Meta:
        icon = "link"
        label = "Social link"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """What every public page shows about the organisation."""

    organisation_name = models.CharField(max_length=200, default="newsdesk")
    tagline = models.CharField(max_length=300, blank=True)
    aims = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="The organisation's aims, shown beside every page.",
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, use_json_field=True
    )
    footer_text = RichTextField(blank=True, features=["bold", "italic", "link"])
    mail_from_name = models.CharField(
        "sender name",
        max_length=200,
        blank=True,
        help_text="The name the digest is mailed from; empty uses the organisation's.",
    )
    mail_from_address = models.EmailField(
        "sender address",
        blank=True,
        help_text=(
            "The address the digest is mailed from; empty uses NEWSDESK_FROM_EMAIL's."
        ),
    )
    icon = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The site's icon in browser tabs and bookmarks (/favicon.ico): "
        "a square image, 48 pixels or more. Empty: newsdesk's own icon.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("tagline")],
            heading="Identity",
        ),
        FieldPanel("aims"),
        FieldPanel("social_links"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("mail_from_name"), FieldPanel("mail_from_address")],
            heading="Newsletter sender",
        ),
        FieldPanel("icon"),
    ]

    class Meta:
        verbose_name = "site settings"
        verbose_name_plural = "site settings"
