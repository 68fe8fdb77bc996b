"""Admin panels of the newsroom's pages."""

from wagtail.admin.panels import HelpPanel

from newsdesk.text.languages import language_name

from .translation import site_language, translator_from_settings


class SnapshotPanel(HelpPanel):
    """Link a source to the page as it was fetched when clipped, if kept."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "newsroom/panels/snapshot.html")
        super().__init__(**kwargs)


class TranslationHelpPanel(HelpPanel):
    """Say what the translation fields are for and how to get a suggestion."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "newsroom/panels/translation_help.html")
        super().__init__(**kwargs)

    @property
    def language_name(self) -> str:
        return language_name(site_language())

    @property
    def suggestions_on(self) -> bool:
        return translator_from_settings() is not None
