"""A small site for digest tests: home, a section, outlets, dated clippings."""

from datetime import UTC, date, datetime, timedelta

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    OutletFactory,
    SectionPageFactory,
)

# A Monday.
WEEK = date(2024, 1, 1)


def at(day: int, hour: int = 9) -> datetime:
    """Return a moment `day` days after the test week's Monday."""
    return datetime(2024, 1, 1, hour, tzinfo=UTC) + timedelta(days=day)


def build_site():
    """Return (home, section, outlets) for a fresh test site."""
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="News", slug="news")
    outlets = [
        OutletFactory(name="Saltreach Courier", url="https://courier.example/"),
        OutletFactory(name="Harbour Lantern", url="https://lantern.example/"),
    ]
    return home, section, outlets


def clipping(section, outlet, *, title, day, language="en", url="", excerpt=None):
    """Add a published clipping posted `day` days into the test week."""
    return ClippingPageFactory(
        parent=section,
        title=title,
        language=language,
        posted_at=at(day),
        excerpt=excerpt or f"<p>{title} was reported. A second line. A third.</p>",
        sources=[{"outlet": outlet, "url": url or f"{outlet.url}{day}-{title}"}],
    )
