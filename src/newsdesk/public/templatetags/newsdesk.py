"""Template tags for the public theme: navigation, breadcrumbs, attribution."""

from django import template
from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Site
from wagtail.rich_text import get_text_for_indexing

from newsdesk.newsroom.dates import format_date, numbering_for
from newsdesk.newsroom.selectors import outlet_slug

from ..links import is_safe_link
from ..metadata import json_ld, news_article, summary
from ..models import NETWORKS, SiteSettings
from ..rendering import attribution_html
from ..trail import trail_of

register = template.Library()
NETWORK_LABELS = dict(NETWORKS)


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Return the sections shown in the site's navigation (kept in memory)."""
    root = _site_root(context)
    if root is None:
        return []
    return list(root.get_children().live().public().in_menu())


@register.filter
def listed_pk(item):
    """Return a listing item's id without loading it (see `ListedPost`)."""
    # Read from the instance itself: `item.pk` in a template would first
    # try `item["pk"]` and check its class, and either loads the post.
    found = vars(item).get("listed_pk")
    return item.pk if found is None else found


@register.filter
def section_segment(url_path):
    """Return the part of a page's path that names its section (`news`).

    What the navigation marks as current depends on nothing else.
    """
    parts = (url_path or "").split("/")
    return parts[2] if len(parts) > 3 else ""


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """Return (address, title) of `page`'s ancestors, from the site's root down."""
    return trail_of(page, context.get("request"))


@register.simple_tag
def attribution(page, links=True):
    """Render a clipping's attribution line, each source linked when asked."""
    return attribution_html(page.attribution(), links=links)


@register.filter
def attribution_unlinked(parts):
    """Render attribution parts already made (`page.attribution()`), no links."""
    return attribution_html(parts, links=False)


@register.filter
def safe_link(url):
    """Return `url` if it may be an href (http, https, mailto), else ''."""
    return url if url and is_safe_link(url) else ""


@register.filter
def plain_text(html):
    """Return rich text as plain text, paragraphs kept apart by a space."""
    return get_text_for_indexing(html or "")


@register.filter
def clipping_date(value):
    """Format a date or datetime in the interface language (`January 26 2021`,
    `۱۵ آذر ۱۴۰۵`), in the site's time zone."""
    if not value:
        return ""
    if hasattr(value, "tzinfo") and timezone.is_aware(value):
        value = timezone.localtime(value)
    language = translation.get_language()
    return format_date(value, language, numbering_for(language))


@register.filter
def is_within(page, section):
    """Tell whether `page` is `section` or lies below it."""
    path = getattr(page, "url_path", "")
    return bool(path) and path.startswith(section.url_path)


@register.simple_tag
def listing_url(base, number):
    """Return the address of page `number` of the listing that starts at `base`."""
    number = int(number)
    return base if number == 1 else f"{base}page/{number}/"


@register.simple_tag(takes_context=True)
def social_links(context):
    """Return the site's social links as (network, handle, url) triples."""
    request = context.get("request")
    if request is None:
        return []
    links = SiteSettings.for_request(request).social_links
    return [
        (
            NETWORK_LABELS.get(link.value["network"], ""),
            link.value["handle"],
            safe_link(link.value["url"]),
        )
        for link in links
    ]


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """Return this page's address without its query string, absolute.

    An item reached under a language prefix (`/fa/news/…`) names its one
    address (`/news/…`, see `PostPage.get_url_parts`).
    """
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return ""
    path = request.path
    if getattr(page, "language", "") and hasattr(page, "get_url"):
        path = page.get_url(request) or path
    return request.build_absolute_uri(path)


@register.filter
def description(page):
    """Return the page's meta description (its own, or the start of its text)."""
    return summary(page) if page else ""


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """Return a JSON-LD script element describing a clipping or an article."""
    request = context["request"]
    data = news_article(
        page,
        url=request.build_absolute_uri(request.path),
        publisher=SiteSettings.for_request(request).organisation_name,
    )
    # json_ld() escapes <, > and &: the data cannot close the element.
    body = mark_safe(json_ld(data))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', body)


@register.filter(name="outlet_slug")
def outlet_slug_filter(outlet):
    """Return the address part of an outlet's archive."""
    return outlet_slug(outlet)


@register.simple_tag(takes_context=True)
def userbar(context):
    """Show Wagtail's user bar to editors; skip it for a reader without a session.

    Without a session cookie nobody is signed in, so the bar would be empty:
    the user, the session and the permission check are not loaded for it.
    """
    request = context.get("request")
    if request is not None and settings.SESSION_COOKIE_NAME not in request.COOKIES:
        # The page still differs for a signed-in editor: keep "Vary: Cookie",
        # which SessionMiddleware sends for a session that was looked at.
        if hasattr(request, "session"):
            request.session.accessed = True
        return ""
    return wagtailuserbar(context)
