"""Template tags for the public theme: navigation, breadcrumbs, attribution."""

from django import template
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from wagtail.models import Site
from wagtail.rich_text import get_text_for_indexing

from newsdesk.newsroom.dates import format_date

from ..links import is_safe_link
from ..models import NETWORKS, SiteSettings

register = template.Library()
NETWORK_LABELS = dict(NETWORKS)


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Return the sections shown in the site's navigation."""
    root = _site_root(context)
    if root is None:
        return []
    return list(root.get_children().live().public().in_menu())


@register.inclusion_tag("public/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Render `Home » Section » Title` from the site's root down to `page`."""
    root = _site_root(context)
    depth = root.depth if root else 2
    trail = list(page.get_ancestors().filter(depth__gte=depth))
    return {"trail": trail, "page": page, "request": context.get("request")}


def _attribution_part(part, links: bool):
    if part.separator:
        return part.text
    # <bdi> keeps a Latin date or name whole inside right-to-left text.
    if links and is_safe_link(part.url):
        return format_html(
            '<bdi><a href="{}" rel="noopener">{}</a></bdi>', part.url, part.text
        )
    return format_html("<bdi>{}</bdi>", part.text)


@register.simple_tag
def attribution(page, links=True):
    """Render a clipping's attribution line, each source linked when asked."""
    return format_html_join(
        "", "{}", ((_attribution_part(part, links),) for part in page.attribution())
    )


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
    """Format a date or datetime as `January 26 2021`, in the site's time zone."""
    if not value:
        return ""
    if hasattr(value, "tzinfo") and timezone.is_aware(value):
        value = timezone.localtime(value)
    return format_date(value)


@register.filter
def is_within(page, section):
    """Tell whether `page` is `section` or lies below it."""
    path = getattr(page, "url_path", "")
    return bool(path) and path.startswith(section.url_path)


@register.simple_tag
def listing_url(page, number, request=None):
    """Return the address of page `number` of a home or section listing."""
    return page.listing_page_url(int(number), request)


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
