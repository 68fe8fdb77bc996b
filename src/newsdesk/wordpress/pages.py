"""Write imported posts, pages and categories into the Wagtail page tree."""

import logging

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction, Site

from newsdesk.monitor.models import Outlet
from newsdesk.newsroom.models import (
    ArticlePage,
    ClippingPage,
    ClippingSource,
    HomePage,
    PostPage,
    SectionPage,
)

from .mapping import PostData

logger = logging.getLogger(__name__)


def home_page_ensure(*, title: str) -> HomePage:
    """Return the site's home page, creating one (as the demo does) if none."""
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's first migration makes a placeholder "Welcome" page; replace it.
    for placeholder in root.get_children().filter(slug="home"):
        if placeholder.specific_class is Page and not placeholder.get_children():
            placeholder.delete()
    home = root.add_child(instance=HomePage(title=title or "Home", slug="home"))
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    return home


def section_ensure(
    *, home: HomePage, slug: str, title: str, intro: str = ""
) -> tuple[SectionPage, bool]:
    """Return the section with `slug` under `home`, created if missing.

    `intro` (plain text, a category's description) is used only on creation.
    """
    slug = slugify(slug, allow_unicode=True) or "imported"
    section = SectionPage.objects.child_of(home).filter(slug=slug).first()
    if section:
        return section, False
    section = SectionPage(title=title or slug, slug=slug)
    if intro.strip():
        section.intro = f"<p>{escape(intro.strip())}</p>"
    home.add_child(instance=section)
    section.save_revision().publish()
    return section, True


def _free_slug(parent: Page, page: Page, data: PostData) -> str:
    siblings = Page.objects.child_of(parent).exclude(pk=page.pk)
    if siblings.filter(slug=data.slug).exists():
        data.notes.append(f"slug {data.slug!r} already taken: made unique")
        return f"{data.slug[:230]}-{data.wp_id}"
    return data.slug


def _outlet(name: str, language: str) -> Outlet:
    outlet, _created = Outlet.objects.get_or_create(
        name=name[:200], defaults={"language": language}
    )
    return outlet


def _fill(page: PostPage, data: PostData) -> None:
    page.title = data.title
    page.search_description = data.summary
    page.language = data.language
    page.posted_at = data.posted_at
    page.tags.set(data.tags)
    if isinstance(page, ClippingPage):
        page.excerpt = data.body
        page.commentary = data.commentary
        page.sources = [
            ClippingSource(
                sort_order=order,
                outlet=_outlet(source.outlet, data.language) if source.outlet else None,
                authors=", ".join(source.authors)[:300],
                place=source.place[:120],
                published_on=source.date,
            )
            for order, source in enumerate(data.sources)
        ]
    else:
        page.author = data.author[:200]
        page.body = data.body


def post_page_upsert(
    *, data: PostData, section: SectionPage, page: PostPage | None
) -> PostPage:
    """Create or update the page for `data` under `section`, in its state."""
    model = ClippingPage if data.kind == "clipping" else ArticlePage
    if page is not None and not isinstance(page, model):
        data.notes.append(f"kept as {type(page).__name__}: its kind changed")
    if page is None:
        page = model(slug=data.slug)
        page.slug = _free_slug(section, page, data)
        _fill(page, data)
        page.live = False
        section.add_child(instance=page)
    else:
        _fill(page, data)
    _apply_state(page, data)
    _restrict(page, data.password)
    return page


def _restrict(page: PostPage, password: str) -> None:
    """Put the page behind `password` (Wagtail's shared-password privacy)."""
    restrictions = PageViewRestriction.objects.filter(page=page)
    if not password:
        restrictions.filter(restriction_type=PageViewRestriction.PASSWORD).delete()
        return
    PageViewRestriction.objects.update_or_create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        defaults={"password": password[:255]},
    )


def _apply_state(page: PostPage, data: PostData) -> None:
    scheduled = data.state == "scheduled" and data.posted_at is not None
    page.go_live_at = data.posted_at if scheduled else None
    if data.state == "live" and data.posted_at:
        page.first_published_at = data.posted_at
    revision = page.save_revision(log_action=False)
    if data.state == "live" or scheduled:
        revision.publish(log_action=False)
    elif page.live:
        page.unpublish(log_action=False)
