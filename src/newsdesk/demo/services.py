"""Load the demo site: a fictional organisation, outlets, sections and posts."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from newsdesk.contact.models import ContactPage
from newsdesk.newsroom.models import (
    ArticlePage,
    ClippingPage,
    ClippingSource,
    HomePage,
    Outlet,
    PostPage,
    SectionPage,
)
from newsdesk.public.models import SiteSettings

from . import content
from .digests import demo_digests
from .subscribers import demo_subscribers_load

logger = logging.getLogger(__name__)
Spec = dict[str, Any]


@dataclass
class DemoReport:
    """What a demo load created, and what was already there."""

    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, *, created: bool) -> None:
        bucket = self.created if created else self.existing
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def total_created(self) -> int:
        return sum(self.created.values())


def demo_is_loaded() -> bool:
    """Tell whether the site already has a home page (demo or real)."""
    return HomePage.objects.exists()


Progress = Callable[[int, int], None]


@transaction.atomic
def demo_load(
    *, today: date | None = None, progress: Progress | None = None
) -> DemoReport:
    """Create the demo site, dated so that it ends on `today`.

    Idempotent: running it again (or after an interrupted run, since it is
    one transaction) creates nothing twice; items are found by slug or name.
    `progress(done, total)` is called after each post.
    """
    today = today or timezone.localdate()
    report = DemoReport()
    home = _home_page(report)
    _site_settings(home)
    outlets = {spec["name"]: _outlet(spec, report) for spec in content.OUTLETS}
    sections = {spec["slug"]: _section(home, spec, report) for spec in content.SECTIONS}
    _contact_page(home, report)
    total = len(content.CLIPPINGS) + len(content.ARTICLES)
    for index, spec in enumerate(content.CLIPPINGS):
        _clipping(sections[spec["section"]], spec, outlets, today, index, report)
        if progress:
            progress(index + 1, total)
    for index, spec in enumerate(content.ARTICLES):
        _article(sections[spec["section"]], spec, today, index, report)
        if progress:
            progress(len(content.CLIPPINGS) + index + 1, total)
    demo_digests(home=home, today=today, report=report)
    _subscribers(today, report)
    logger.debug("demo loaded", extra={"demo_created": report.created})
    return report


def _subscribers(today: date, report: DemoReport) -> None:
    created, existing = demo_subscribers_load(today=today)
    for made, number in ((True, created), (False, existing)):
        for _ in range(number):
            report.count("newsletter subscribers", created=made)


def _home_page(report: DemoReport) -> HomePage:
    home = HomePage.objects.first()
    if home:
        report.count("home page", created=False)
        return home
    root = Page.get_first_root_node()
    # Wagtail's first migration makes a placeholder "Welcome" page; replace it.
    for placeholder in root.get_children().filter(slug="home"):
        if placeholder.specific_class is Page and not placeholder.get_children():
            placeholder.delete()
    home = root.add_child(
        instance=HomePage(
            title=content.ORGANISATION["name"],
            slug="home",
            intro=content.HOME_INTRO_HTML,
        )
    )
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.site_name = content.ORGANISATION["name"]
        site.save()
    report.count("home page", created=True)
    return home


def _site_settings(home: HomePage) -> None:
    site = home.get_site()
    settings = SiteSettings.for_site(site)
    if settings.tagline:
        return  # already set, by this loader or by an editor
    org = content.ORGANISATION
    settings.organisation_name = org["name"]
    settings.tagline = org["tagline"]
    settings.aims = org["aims_html"]
    settings.footer_text = org["footer_html"]
    settings.social_links = [
        ("link", {"network": network, "handle": handle, "url": url})
        for network, handle, url in org["social"]
    ]
    settings.save()


def _outlet(spec: Spec, report: DemoReport) -> Outlet:
    outlet, created = Outlet.objects.get_or_create(
        name=spec["name"],
        defaults={k: spec[k] for k in ("url", "language", "country")},
    )
    report.count("outlets", created=created)
    return outlet


def _section(home: HomePage, spec: Spec, report: DemoReport) -> SectionPage:
    section = SectionPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if section:
        report.count("sections", created=False)
        return section
    section = home.add_child(
        instance=SectionPage(
            title=spec["title"], slug=spec["slug"], intro=spec["intro_html"]
        )
    )
    section.save_revision().publish()
    report.count("sections", created=True)
    return section


def _day(today: date, spec: Spec) -> date:
    """Place an item: `week` weeks before this one, on `weekday` (0 = Monday).

    Items of this week that fall after today are dated today.
    """
    monday = today - timedelta(days=today.weekday())
    day = monday - timedelta(weeks=spec["week"]) + timedelta(days=spec["weekday"])
    return min(day, today)


def _moment(day: date, index: int) -> datetime:
    clock = time(hour=8 + index % 10, minute=(index * 7) % 60)
    return timezone.make_aware(datetime.combine(day, clock))


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _publish(
    section: SectionPage, page: PostPage, spec: Spec, day: date, index: int
) -> None:
    page.first_published_at = _moment(day, index)
    if spec["posting_date"]:
        page.posted_at = page.first_published_at
    page.tags.add(*spec["tags"])
    section.add_child(instance=page)
    page.save_revision().publish()


def _exists(section: SectionPage, slug: str, report: DemoReport, kind: str) -> bool:
    if Page.objects.child_of(section).filter(slug=slug).exists():
        report.count(kind, created=False)
        return True
    return False


def _clipping(
    section: SectionPage,
    spec: Spec,
    outlets: dict[str, Outlet],
    today: date,
    index: int,
    report: DemoReport,
) -> None:
    if _exists(section, spec["slug"], report, "clippings"):
        return
    day = _day(today, spec)
    page = ClippingPage(
        title=spec["title"],
        slug=spec["slug"],
        language=spec["language"],
        excerpt=_paragraphs(spec["excerpt"]),
        commentary=_paragraphs([spec["commentary"]]) if spec["commentary"] else "",
    )
    translation = content.TRANSLATIONS.get(spec["slug"])
    if translation is not None:
        page.translated_title = translation["title"]
        page.translated_excerpt = _paragraphs(translation["excerpt"])
    for order, source in enumerate(spec["sources"]):
        outlet = outlets[source["outlet"]]
        days_before = source["days_before"]
        page.sources.add(
            ClippingSource(
                sort_order=order,
                outlet=outlet,
                authors=source["authors"],
                place=source["place"],
                published_on=None
                if days_before is None
                else day - timedelta(days=days_before),
                url=outlet.url.rstrip("/") + source["path"],
            )
        )
    _publish(section, page, spec, day, index)
    report.count("clippings", created=True)


def _article(
    section: SectionPage, spec: Spec, today: date, index: int, report: DemoReport
) -> None:
    if _exists(section, spec["slug"], report, "articles"):
        return
    page = ArticlePage(
        title=spec["title"],
        slug=spec["slug"],
        language=spec["language"],
        author=spec["author"],
        body=_paragraphs(spec["body"]),
    )
    _publish(section, page, spec, _day(today, spec), index)
    report.count("articles", created=True)


CONTACT_INTRO_HTML = (
    "<p>Write to the editors in confidence. Your message is stored encrypted, "
    "read only by the two editors who answer it, and deleted after 90 days.</p>"
)


def _contact_page(home: HomePage, report: DemoReport) -> None:
    if ContactPage.objects.child_of(home).exists():
        report.count("contact page", created=False)
        return
    page = home.add_child(
        instance=ContactPage(
            title="Contact",
            slug="contact",
            intro=CONTACT_INTRO_HTML,
            show_in_menus=True,
        )
    )
    page.save_revision().publish()
    report.count("contact page", created=True)
