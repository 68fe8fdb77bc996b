"""'You may also like' under clippings and articles, built from shared pieces."""

from functools import partial

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Site

from newsdesk.newsroom.models import PostPage
from newsdesk.newsroom.selectors import related_post_ids

from .. import post_html
from ..fragments import memoised

register = template.Library()


@register.simple_tag(takes_context=True)
def related_section(context, page):
    """Render up to four posts sharing tags or outlets with `page`.

    The candidate lists (one per tag, one per outlet) and each item's HTML
    are shared with every other page showing them, so they are kept as
    fragments; only the scoring is done for this page.
    """
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or not page.pk:
        # A preview shows the editor's unsaved tags and sources: no neighbours.
        return post_html.related([])
    remember = partial(memoised, request=request)
    site = Site.find_for_request(request)
    site_pk = site.pk if site else None
    ids = related_post_ids(page, remember=remember)
    items = [
        remember(("related-item", site_pk, pk), partial(_item_html, pk, request))
        for pk in ids
    ]
    return post_html.related([item for item in items if item])


def _item_html(pk: int, request) -> SafeString:
    item = PostPage.objects.filter(pk=pk).first()
    if item is None:
        return SafeString("")
    html = render_to_string(
        "public/includes/related_item.html", {"item": item, "request": request}
    )
    # Rendered by Django's templates, which escape what they insert.
    return mark_safe(html.strip())  # noqa: S308
