"""The blocks of a digest issue's body: language sections of items."""

from wagtail import blocks

from newsdesk.monitor.fields import validate_language_tag
from newsdesk.text.languages import direction, language_name

ITEM_FEATURES = ["bold", "italic", "link"]


class ClippingItemBlock(blocks.StructBlock):
    """A paragraph of the editor's text that points to one or more clippings."""

    text = blocks.RichTextBlock(features=ITEM_FEATURES)
    clippings = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="newsroom.ClippingPage"), min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = "Clippings"


class SocialPostBlock(blocks.StructBlock):
    """A social-media post quoted as text, with a link: no embed, no image."""

    author_name = blocks.CharBlock(max_length=200)
    handle = blocks.CharBlock(max_length=200, required=False)
    date = blocks.DateBlock(required=False)
    text = blocks.TextBlock()
    link = blocks.URLBlock(required=False, max_length=2000)

    class Meta:
        icon = "openquote"
        label = "Social-media post"


class ItemsBlock(blocks.StreamBlock):
    clippings = ClippingItemBlock()
    social_post = SocialPostBlock()


class SectionValue(blocks.StructValue):
    """A language section, with what its heading and `dir` need."""

    def language_name(self) -> str:
        return language_name(self.get("language") or "")

    def text_direction(self) -> str:
        return direction(self.get("language") or "en")


class LanguageSectionBlock(blocks.StructBlock):
    """The items of one language: "In English:", "In Persian:", …"""

    language = blocks.CharBlock(
        max_length=35,
        default="en",
        validators=[validate_language_tag],
        help_text="A BCP 47 language code: en, fa, ar, fr, sq, pt-BR…",
    )
    items = ItemsBlock()

    class Meta:
        icon = "list-ul"
        label = "Language section"
        value_class = SectionValue


class DigestBodyBlock(blocks.StreamBlock):
    section = LanguageSectionBlock()
