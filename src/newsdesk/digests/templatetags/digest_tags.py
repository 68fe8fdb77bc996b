"""Template helpers for digest pages."""

from django import template

from ..mailing import live, outlets

register = template.Library()


@register.filter
def live_clippings(value):
    """Return an item's clippings that are live, with their sources loaded."""
    return live(value)


@register.filter
def outlet_names(page):
    """Return a clipping's outlet names, joined."""
    return outlets(page)
