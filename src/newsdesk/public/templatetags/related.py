"""'You may also like' under clippings and articles."""

from django import template

from newsdesk.newsroom.selectors import related_posts

register = template.Library()


@register.inclusion_tag("public/includes/related.html", takes_context=True)
def related_section(context, page):
    """Render up to four posts sharing tags or outlets with `page`.

    The page templates cache the box per page and content version.
    """
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or not page.pk:
        # A preview shows the editor's unsaved tags and sources: no neighbours.
        return {"related": []}
    return {"related": related_posts(page), "request": request}
