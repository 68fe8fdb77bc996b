"""What the mirror holds: the site's pages, their state, and their archives."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db.models import Count, Sum
from django.urls import reverse
from django.utils.encoding import uri_to_iri
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from newsdesk import conf
from newsdesk.engagement.models import Comment
from newsdesk.monitor.models import Outlet
from newsdesk.newsroom.listed import listed_kinds
from newsdesk.newsroom.models import ClippingSource, PostPage, PostPageTag, SectionPage
from newsdesk.public.models import SiteSettings

SITEMAPS = ["/sitemap.xml", "/news-sitemap.xml"]
SITE_FILES = ["/robots.txt", *SITEMAPS]
SITE_FEEDS = ["/feed/", "/feed/atom/"]


def sitemap_files() -> list[str]:
    """Return the addresses of every sitemap file (the index names its parts)."""
    from newsdesk.urls import SITEMAPS as SECTIONS  # the project's sitemaps

    parts = [reverse("sitemap-section", args=[name]) for name in SECTIONS]
    return [*SITEMAPS, *parts]


@dataclass
class PageState:
    """A live page as the mirror sees it: its address, version and archives."""

    page_id: int
    state: str
    scopes: list[str] = field(default_factory=list)


def _path(name: str, *args: object) -> str:
    return uri_to_iri(reverse(f"public:{name}", args=args))


def feeds_of(base: str) -> list[str]:
    """Return the feed addresses of the listing at `base`."""
    if base == "/":
        return SITE_FEEDS
    if base.startswith(("/tags/", "/outlets/", "/languages/")):
        return [base + "feed/", base + "feed/atom/"]
    return []


def section_feeds() -> dict[str, list[str]]:
    """Return each section's feed addresses by the section's own address."""
    root = default_site().root_page
    prefix = len(root.url_path) - 1
    sections = SectionPage.objects.live().descendant_of(root)
    rows = sections.values_list("slug", "url_path")
    return {
        url_path[prefix:]: [_path("section-rss", slug), _path("section-atom", slug)]
        for slug, url_path in rows
    }


def default_site() -> Site:
    """Return the site the mirror exports: the default one."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise LookupError("No default site: create one in Settings → Sites first.")
    return site


def page_states(site: Site, *, scoped: bool = True) -> dict[str, PageState]:
    """Return every live, public page of `site` by its address, with its state.

    With `scoped`, each post also names its listings (`add_scopes`); an
    incremental export asks for them only for the pages it renders.
    """
    root = site.root_page
    prefix = len(root.url_path) - 1
    rows = (
        Page.objects.live()
        .public()
        .descendant_of(root, inclusive=True)
        .values_list("pk", "url_path", "last_published_at")
    )
    comments = _comment_states()
    states = {}
    for pk, url_path, published in rows:
        stamp = published.isoformat() if published else ""
        states[url_path[prefix:]] = PageState(pk, f"{stamp}|{comments.get(pk, '')}")
    if scoped:
        add_scopes(states, root=root)
    return states


def _comment_states() -> dict[int, str]:
    approved = Comment.objects.filter(status=Comment.Status.APPROVED)
    totals = approved.values("page_id").annotate(n=Count("pk"), ids=Sum("pk"))
    return {row["page_id"]: f"{row['n']}:{row['ids']}" for row in totals}


def add_scopes(
    states: dict[str, PageState], *, root: Page, only: set[str] | None = None
) -> None:
    """Name, for each post, the listings it appears in (home, section, archives).

    `only` limits the work to those addresses (an incremental export's few).
    """
    archive = cache(_path)  # thousands of posts share a few dozen archives
    outlet_archive = cache(lambda name: archive("outlet", _slug(name)))
    chosen = states if only is None else {p: states[p] for p in only if p in states}
    by_id = {state.page_id: state for state in chosen.values()}
    ids = None if only is None else list(by_id)
    prefix = len(root.url_path) - 1
    sections = {  # small: the site's categories
        url_path: url_path[prefix:]
        for url_path in SectionPage.objects.live().values_list("url_path", flat=True)
    }
    tags = defaultdict(list)
    tagged = PostPageTag.objects.all()
    sources = ClippingSource.objects.filter(outlet__isnull=False)
    posts = PostPage.objects.all()
    if ids is not None:
        tagged = tagged.filter(content_object_id__in=ids)
        sources = sources.filter(page_id__in=ids)
        posts = posts.filter(pk__in=ids)
    for page_id, slug in tagged.values_list("content_object_id", "tag__slug"):
        tags[page_id].append(archive("tag", slug))
    outlets = defaultdict(list)
    for page_id, name in sources.values_list("page_id", "outlet__name"):
        outlets[page_id].append(outlet_archive(name))
    rows = posts.values_list("pk", "language", "listing_date", "url_path")
    for pk, language, listed, url_path in rows:
        state = by_id.get(pk)
        if state is None:
            continue  # not live, or not public
        parent = url_path.rstrip("/").rsplit("/", 1)[0] + "/"
        section = [sections[parent]] if parent in sections else []
        month = archive("month", listed.year, f"{listed.month:02d}")
        state.scopes = sorted(
            {
                "/",
                month,
                *section,
                *tags[pk],
                *outlets[pk],
                archive("language", language),
            }
        )
    _add_home_scope(by_id)


def _add_home_scope(by_id: dict[int, PageState]) -> None:
    """Name the home page's listing for the other kinds it lists (digest issues)."""
    for model in listed_kinds():  # a few hundred issues, not the posts
        for pk in model.objects.values_list("pk", flat=True):
            state = by_id.get(pk)
            if state is not None:
                state.scopes = sorted({*state.scopes, "/"})


def _slug(name: str) -> str:
    return slugify(name, allow_unicode=True)


def seeds(states: dict[str, PageState]) -> list[str]:
    """Return the addresses a full export starts from; the rest is linked."""
    found = set(states) | set(SITE_FILES) | set(SITE_FEEDS) | set(sitemap_files())
    for state in states.values():
        for base in state.scopes:
            found.add(base)
            found.update(feeds_of(base))
    for slug in SectionPage.objects.live().public().values_list("slug", flat=True):
        found.update([_path("section-rss", slug), _path("section-atom", slug)])
    return sorted(found | redirect_paths())


def listing_pages(states: dict[str, PageState]) -> set[str]:
    """Return the likely later pages (`base/page/N/`) of every listing in use.

    Counted from the posts' scopes, so a full export can render them all at
    once instead of discovering them one link at a time. A guess: a page
    that turns out not to exist is skipped, a missing one is still found
    through the links.
    """
    counts: Counter[str] = Counter()
    for state in states.values():
        counts.update(state.scopes)
    size = max(1, int(conf.get("PAGE_SIZE")))
    return {
        f"{base}page/{number}/"
        for base, count in counts.items()
        for number in range(2, -(-count // size) + 1)
    }


def redirect_paths() -> set[str]:
    """Return the old addresses (imported permalinks) a static file can keep.

    An old path with a query (`/?p=12`) or a file extension cannot become a
    folder with an `index.html`; those stay the live site's.
    """
    found = set()
    for old_path in Redirect.objects.values_list("old_path", flat=True):
        last = old_path.rsplit("/", 1)[-1]
        if "?" not in old_path and ";" not in old_path and "." not in last:
            found.add(old_path.rstrip("/") + "/")
    return found


def fingerprint(*, base_url: str, live_url: str) -> str:
    """Return a digest of what every page shows, beyond the pages themselves.

    Site settings, the theme's templates and static files, the page size:
    when it changes, an incremental export renders everything again (and
    still writes only the files that changed). Outlet and tag names are
    compared apart (`names`), as new ones change nothing already exported.
    """
    digest = hashlib.sha256()
    parts = [
        base_url,
        live_url,
        conf.get("PAGE_SIZE"),
        list(SiteSettings.objects.order_by("pk").values_list()),
        list(
            Redirect.objects.order_by("pk").values_list(
                "old_path", "redirect_page_id", "redirect_link", "is_permanent"
            )
        ),
    ]
    digest.update(json.dumps(parts, default=str, sort_keys=True).encode())
    for file in _theme_files():
        digest.update(str(file).encode() + file.read_bytes())
    return digest.hexdigest()


def names() -> dict[str, str]:
    """Return the outlet and tag names pages show, by a stable key."""
    found = {
        f"outlet:{pk}": name for pk, name in Outlet.objects.values_list("pk", "name")
    }
    for pk, name, slug in Tag.objects.values_list("pk", "name", "slug"):
        found[f"tag:{pk}"] = f"{name}|{slug}"
    return found


def renamed(old: dict[str, str], new: dict[str, str]) -> bool:
    """Tell whether any name in `old` changed or went away in `new`."""
    return any(new.get(key) != value for key, value in old.items())


def _theme_files() -> list[Path]:
    package = Path(__file__).resolve().parent.parent
    found = [*package.glob("*/templates/**/*"), *package.glob("*/static/**/*")]
    return sorted(path for path in found if path.is_file())
