"""Template tags for reader comments under clippings and articles."""

from django import template
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from newsdesk.engagement import antispam
from newsdesk.engagement.forms import CommentForm
from newsdesk.engagement.selectors import comment_threads
from newsdesk.engagement.services import comments_open

register = template.Library()


@register.inclusion_tag("public/includes/comments.html", takes_context=True)
def comments_section(context, page):
    """Render the page's approved comments and, while open, the form.

    The threads are read only when their cached fragment is missing.
    """
    request = context.get("request")
    now = timezone.now()
    threads = SimpleLazyObject(lambda: comment_threads(page) if page.pk else [])
    return {
        **(context.flatten() if hasattr(context, "flatten") else context),
        "threads": threads,
        # A preview of a page never saved has no address to post to.
        "open": page.pk is not None and comments_open(page, now),
        "received": request is not None and request.GET.get("comment") == "received",
        "replying_to": SimpleLazyObject(lambda: _replying_to(request, threads)),
        "form": CommentForm(),
        "stamp": antispam.stamp(page_id=page.pk, now=now) if page.pk else "",
    }


def _replying_to(request, threads):
    """Return the shown comment named by `?reply_to=`, if any."""
    wanted = request.GET.get("reply_to", "") if request is not None else ""
    if not wanted:
        return None
    return next((c for c in threads if str(c.pk) == wanted), None)


@register.filter
def web_link(url: str) -> str:
    """Return the address when it is http or https, else an empty string."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""
