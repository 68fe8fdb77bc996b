"""HTML for things the pages and the feeds show alike."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from newsdesk.newsroom.attribution import Part

from .links import is_safe_link


def _part_html(part: Part, links: bool) -> str:
    if part.separator:
        return part.text
    # <bdi> keeps a Latin date or name whole inside right-to-left text.
    if links and is_safe_link(part.url):
        return format_html(
            '<bdi><a href="{}" rel="noopener">{}</a></bdi>', part.url, part.text
        )
    return format_html("<bdi>{}</bdi>", part.text)


def attribution_html(parts: list[Part], *, links: bool = True) -> SafeString:
    """Return the attribution line as HTML, each source linked when asked."""
    return format_html_join("", "{}", ((_part_html(part, links),) for part in parts))
