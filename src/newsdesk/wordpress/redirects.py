"""Keep the old site's URLs working: permanent redirects to the new pages."""

from urllib.parse import urlsplit

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

# Redirect.old_path is a CharField(max_length=255).
PATH_MAX = 255


def fits(old_path: str) -> bool:
    """Tell whether a redirect can be stored for `old_path`."""
    return len(Redirect.normalise_path(old_path)) <= PATH_MAX


def redirect_upsert(*, old_path: str, page: Page) -> bool:
    """Make `old_path` redirect permanently to `page`; return True if new.

    Idempotent: an existing redirect for the path is pointed at `page`. A
    path too long to store (see `fits`) is left out.
    """
    path = Redirect.normalise_path(old_path)
    if path in ("", "/") or len(path) > PATH_MAX:
        return False
    _redirect, created = Redirect.objects.update_or_create(
        old_path=path,
        site=None,
        defaults={"redirect_page": page, "is_permanent": True, "redirect_link": ""},
    )
    return created


def category_paths(*, base: str, slugs: list[str], term_id: int) -> list[str]:
    """Return a category archive's old paths: `/category/parent/child/`, `/?cat=N`."""
    return [f"{base}/category/{'/'.join(slugs)}/", f"{base}/?cat={term_id}"]


def tag_paths(*, base: str, slug: str) -> list[str]:
    return [f"{base}/tag/{slug}/"]


def page_for_url(url: str, *, site_url: str) -> int | None:
    """Return the id of the page an old-site URL now redirects to, or None."""
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != urlsplit(site_url).netloc:
        return None
    if not parts.netloc and not parts.path.startswith("/"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return (
        Redirect.objects.filter(
            old_path=Redirect.normalise_path(path), redirect_page__isnull=False
        )
        .values_list("redirect_page_id", flat=True)
        .first()
    )


# WordPress's plain permalinks: /?p=123, /?page_id=45, /?cat=6, /?tag=slug.
QUERY_KEYS = ("p", "page_id", "cat", "tag", "attachment_id")


def redirect_for_query(path: str, query: dict[str, str]) -> Redirect | None:
    """Return the redirect for an old `/?p=123` style URL, or None.

    Wagtail's redirect middleware only acts on 404s, and `/` is the home
    page, so these URLs are looked up before the page is served.
    """
    keys = [key for key in QUERY_KEYS if key in query]
    if not keys:
        return None
    old = f"{path}?{keys[0]}={query[keys[0]]}"
    return (
        Redirect.objects.filter(old_path=Redirect.normalise_path(old))
        .select_related("redirect_page")
        .first()
    )
