"""Admin panels of the newsroom's pages."""

from wagtail.admin.panels import HelpPanel


class SnapshotPanel(HelpPanel):
    """Link a source to the page as it was fetched when clipped, if kept."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "newsroom/panels/snapshot.html")
        super().__init__(**kwargs)
