"""Template tags for reader comments under clippings and articles."""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from newsdesk.engagement import antispam
from newsdesk.engagement.forms import CommentForm
from newsdesk.engagement.selectors import comment_threads
from newsdesk.engagement.services import comments_open

from .. import post_html
from ..fragments import memoised

register = template.Library()


@register.simple_tag(takes_context=True)
def comments_section(context, page):
    """Render the page's approved comments and, while open, the form.

    Written in Python (`public/post_html.py`); the form's fields are the
    kept HTML of the empty form, the same on every page.
    """
    request = context.get("request")
    now = timezone.now()
    received = request is not None and request.GET.get("comment") == "received"
    threads = comment_threads(page) if page.pk is not None else []
    state = {
        # A preview of a page never saved has no address to post to.
        "open": page.pk is not None and comments_open(page, now),
        "received": received,
        "mirror": context.get("mirror", {}),
    }

    def form() -> str:
        return post_html.comment_form(
            page=page,
            replying_to=_replying_to(request, threads),
            fields_html=_blank_fields(request),
            stamp=antispam.stamp(page_id=page.pk, now=now),
            action=post_html.url_for("engagement:comment-post", page.pk, request),
        )

    return post_html.comments(page=page, threads=threads, state=state, form=form)


def _blank_fields(request) -> SafeString:
    """Return the empty form's fields as HTML, the same on every page."""

    def build() -> SafeString:
        html = render_to_string(
            "public/includes/comment_form_fields.html", {"form": CommentForm()}
        )
        # Rendered by Django's form templates, which escape what they insert.
        return mark_safe(html.strip())  # noqa: S308

    return memoised(("comment-form-fields",), build, request=request)


def _replying_to(request, threads):
    """Return the shown comment named by `?reply_to=`, if any."""
    wanted = request.GET.get("reply_to", "") if request is not None else ""
    return next((c for c in threads if str(c.pk) == wanted), None)


@register.filter
def web_link(url: str) -> str:
    """Return the address when it is http or https, else an empty string."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""
