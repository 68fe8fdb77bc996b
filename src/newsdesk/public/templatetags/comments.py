"""Template tags for reader comments under clippings and articles."""

from django import template
from django.utils import timezone

from newsdesk.engagement import antispam
from newsdesk.engagement.forms import CommentForm
from newsdesk.engagement.selectors import comment_threads
from newsdesk.engagement.services import comments_open

register = template.Library()


@register.inclusion_tag("public/includes/comments.html", takes_context=True)
def comments_section(context, page):
    """Render the page's approved comments and, while open, the form."""
    request = context.get("request")
    now = timezone.now()
    received = request is not None and request.GET.get("comment") == "received"
    return {
        "page": page,
        "threads": comment_threads(page),
        "open": comments_open(page, now),
        "received": received,
        "form": CommentForm(),
        "stamp": antispam.stamp(page_id=page.pk, now=now),
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def web_link(url: str) -> str:
    """Return the address when it is http or https, else an empty string."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""
