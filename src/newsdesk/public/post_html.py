"""The parts of a clipping or article page written in Python, not templates.

Every clipping page not in the page cache renders its header, sources,
tags, breadcrumbs, comments and related box; through the template engine
these cost about half of the page's time (a node, a context lookup and an
escape per value, an include per comment). Each function returns exactly
the HTML its template wrote, whitespace included (the bench's pages are
compared byte for byte), and escapes every value it inserts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.template.defaultfilters import linebreaksbr, urlize
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import dateformat, timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from newsdesk.newsroom.dates import format_date
from newsdesk.newsroom.selectors import outlet_slug

from .links import is_safe_link

Crumb = tuple[str, str]
# The indentation the templates these functions replace left in the page.
_W16, _W20, _W24, _W28, _W32, _W36 = (" " * n for n in (16, 20, 24, 28, 32, 36))


def url_for(name: str, arg: Any, request: HttpRequest | None = None) -> str:
    """Return `reverse(name, args=[arg])`, worked out once per process.

    The address depends only on the URLconf, the argument and the script
    prefix, which the key names; not on content.
    """
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(name, str(arg), get_script_prefix(), urlconf)


@lru_cache(maxsize=4096)
def _reversed(name: str, arg: str, prefix: str, urlconf: Any) -> str:
    return reverse(name, args=[arg], urlconf=urlconf)


# What urlize needs to find a link: an address, `www.`, one of the seven
# domains it knows, or an email's `@`. A text with none of them is only escaped.
_MAYBE_LINK = re.compile(r"http|www\.|@|\.(com|edu|gov|int|mil|net|org)", re.IGNORECASE)


def linked_text(text: str) -> str:
    """Return `{{ text|urlize|linebreaksbr }}`: escaped, links made, lines broken."""
    html = urlize(text, autoescape=True) if _MAYBE_LINK.search(text) else escape(text)
    return str(linebreaksbr(mark_safe(html), autoescape=True))  # noqa: S308


def iso_datetime(value: datetime | date | None) -> str:
    """Return what `{{ value|date:'c' }}` writes: ISO 8601 in local time."""
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat()


def shown_date(value: datetime | date | None) -> str:
    """Return what `{{ value|clipping_date }}` writes: `January 26 2021`."""
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return escape(format_date(value))


def _html(parts: Iterable[str]) -> SafeString:
    # Every value in `parts` was escaped where it was added.
    return mark_safe("".join(parts))  # noqa: S308


def post_header(page: Any, request: HttpRequest | None = None) -> SafeString:
    """Return the post's title and its date line (and language, when not English)."""
    when = page.display_date
    language = ""
    if page.language != "en":
        href = url_for("public:language", page.language, request)
        language = (
            f' · <a class="language" href="{escape(href)}">'
            f"{escape(page.language_name)}</a>"
        )
    return _html(
        (
            f"\n<h1>{escape(page.title)}</h1>\n",
            '<p class="posted" dir="ltr" lang="en">Posted on: <time datetime="',
            f'{escape(iso_datetime(when))}">{shown_date(when)}</time>{language}</p>\n',
        )
    )


def section_feed_link(section: Any) -> SafeString:
    """Return the head's `<link>` to the RSS feed of a post's section."""
    href = escape(url_for("public:section-rss", section.slug))
    return _html(
        (
            '<link rel="alternate" type="application/rss+xml" ',
            f'title="{escape(section.title)} (RSS)" href="{href}">',
        )
    )


def post_tags(page: Any, request: HttpRequest | None = None) -> SafeString:
    """Return the post's tags as links to their archives (nothing without tags)."""
    tags = list(page.tags.all())
    if not tags:
        return _html(("\n    \n\n",))
    links = "".join(
        f'<li><a href="{escape(url_for("public:tag", tag.slug, request))}" '
        f'rel="tag">{escape(tag.name)}</a></li>'
        for tag in tags
    )
    return _html(
        (
            '\n    \n        <section class="tags" aria-label="Tags">\n',
            '            <h2 class="visually-hidden">Tags</h2>\n',
            f"            <ul>{links}</ul>\n        </section>\n    \n\n",
        )
    )


def post_sources(page: Any, request: HttpRequest | None = None) -> SafeString:
    """Return the clipping's sources: each outlet or author, date and archive."""
    sources = list(page.sources.all())
    heading = "Source" if len(sources) == 1 else "Sources"
    items = "".join(_source(source, request) for source in sources)
    return _html(
        (
            '\n            <section class="sources" lang="en" dir="ltr">\n',
            f"                <h2>{heading}</h2>\n                <ul>\n",
            f"                    {items}\n                </ul>\n",
            "            </section>\n        ",
        )
    )


def _source(source: Any, request: HttpRequest | None) -> str:
    outlet = source.outlet
    shown = (outlet.name if outlet else "") or source.authors or source.url
    name = escape(shown or "Unnamed source")
    href = source.url if source.url and is_safe_link(source.url) else ""
    line = f'<a href="{escape(href)}" rel="noopener">{name}</a>' if href else name
    if source.published_on:
        day = source.published_on
        line += (
            f', <time datetime="{day.year:04d}-{day.month:02d}-{day.day:02d}">'
            f"{shown_date(day)}</time>"
        )
    if outlet:
        archive = url_for("public:outlet", outlet_slug(outlet), request)
        line += (
            f' · <a class="outlet-archive" href="{escape(archive)}">more from '
            f"<bdi>{escape(outlet.name)}</bdi></a>"
        )
    return f"\n{_W24}<li>\n{_W28}\n{_W32}{line}\n{_W28}\n{_W24}</li>\n{_W20}"


def breadcrumbs(trail: Sequence[Crumb], title: str) -> SafeString:
    """Return the breadcrumb trail: Home, the ancestors, then the page's title."""
    crumbs = "".join(
        f'\n            <li><a href="{escape(url)}">'
        f"{'Home' if i == 0 else escape(name)}</a></li>\n        "
        for i, (url, name) in enumerate(trail)
    )
    return _html(
        (
            '<nav class="breadcrumbs" aria-label="Breadcrumbs">\n    <ol>\n        ',
            crumbs,
            f'\n        <li aria-current="page"><bdi>{escape(title)}</bdi></li>\n',
            "    </ol>\n</nav>\n",
        )
    )


def related(items: Sequence[SafeString]) -> SafeString:
    """Return the "You may also like" box around the items' kept HTML."""
    if not items:
        return _html(("\n",))
    listed = "".join(f"\n                {item}\n            " for item in items)
    return _html(
        (
            '\n    <section class="related" aria-labelledby="related-heading">\n',
            '        <h2 id="related-heading">You may also like</h2>\n',
            f"        <ul>\n            {listed}\n        </ul>\n    </section>\n\n",
        )
    )


def comment(item: Any) -> str:
    """Return one comment's author, time and text (what its include wrote)."""
    link = (item.author_url or "").strip()
    name = escape(item.author_name)
    if link.lower().startswith(("http://", "https://")):
        author = (
            f'<a class="comment-author" href="{escape(link)}" '
            f'rel="nofollow ugc noopener">{name}</a>'
        )
    else:
        author = f'<span class="comment-author">{name}</span>'
    created = item.created_at
    local = timezone.localtime(created) if timezone.is_aware(created) else created
    body = linked_text(item.body)
    return (
        f'\n<p class="comment-meta">\n    \n        {author}\n    \n'
        f'    <time datetime="{escape(local.isoformat())}">'
        f"{escape(dateformat.format(local, 'j F Y, H:i'))}</time>\n</p>\n"
        f'<div class="comment-body">{body}</div>\n'
    )


def comments(
    *,
    page: Any,
    threads: Sequence[Any],
    state: dict[str, Any],
    form: Callable[[], str],
) -> SafeString:
    """Return the comments section: the threads, then the form or a notice.

    `state` holds `open`, `received` and `mirror` as the section's template
    had them; `form()` writes the form while comments are open.
    """
    mirror = state.get("mirror") or {}
    is_open = state["open"]
    parts = [
        '\n<section class="comments" id="comments" '
        'aria-labelledby="comments-heading">\n',
        '    <h2 id="comments-heading">Comments</h2>\n    ',
    ]
    if state["received"]:
        parts.append(
            '\n        <p class="notice" role="status">Thank you — your comment will'
            " appear once a moderator approves it.</p>\n    "
        )
    parts.append("\n    ")
    if threads:
        replies = is_open and not mirror.get("active")
        parts.append('\n        <ol class="comment-list">\n            ')
        parts.extend(_thread(item, replies) for item in threads)
        parts.append("\n        </ol>\n    ")
    else:
        parts.append('\n        <p class="no-comments">No comments yet.</p>\n    ')
    parts.append("\n    ")
    if is_open and mirror.get("active"):
        live = mirror.get("live_url")
        parts.append("\n        ")
        if live:
            parts.append(
                f'<p class="comment-live"><a href="{escape(live)}{escape(page.url)}'
                '#comments">Leave a comment on the live site</a></p>'
            )
        parts.append("\n    ")
    elif is_open:
        parts.append(f"\n        {form()}\n    ")
    else:
        closed = '<p class="comments-closed">Comments are closed.</p>'
        parts.append(f"\n        {closed}\n    ")
    parts.append("\n</section>\n")
    return _html(parts)


def _thread(item: Any, replies: bool) -> str:
    pk = escape(item.pk)
    parts = [
        f'\n{_W16}<li class="comment" id="comment-{pk}">\n{_W20}',
        comment(item),
        "\n                    ",
    ]
    if replies:
        parts.append(
            f'<p class="comment-reply-link"><a href="?reply_to={pk}#comments">'
            f"Reply to {escape(item.author_name)}</a></p>"
        )
    parts.append("\n                    ")
    if item.thread_replies:
        parts.append(
            '\n                        <ol class="comment-replies">\n'
            "                            "
        )
        for reply in item.thread_replies:
            parts.append(
                f'\n{_W32}<li class="comment reply" '
                f'id="comment-{escape(reply.pk)}">\n{_W36}'
                + comment(reply)
                + f"\n{_W32}</li>\n{_W28}"
            )
        parts.append("\n                        </ol>\n                    ")
    parts.append("\n                </li>\n            ")
    return "".join(parts)


def comment_form(
    *, page: Any, replying_to: Any, fields_html: str, stamp: str, action: str
) -> str:
    """Return the empty comment form (its fields' kept HTML, the reply, the stamp)."""
    parts = [
        '<form class="comment-form" method="post" '
        f'action="{escape(action)}#comments">\n',
        "    <h3>Leave a Comment</h3>\n    ",
    ]
    parent = ""
    if replying_to is not None:
        parts.append(
            f'<p class="replying-to">Replying to {escape(replying_to.author_name)} '
            f'(<a href="{escape(page.url)}#comments">cancel</a>)</p>'
        )
        parent = f' value="{escape(replying_to.pk)}"'
    parts.append(
        f"\n    \n        {fields_html}\n"
        f'        <input type="hidden" name="parent"{parent} id="id_parent">\n    \n'
        f'    <input type="hidden" name="stamp" value="{escape(stamp)}">\n'
        '    <p><button type="submit">Post comment</button></p>\n</form>\n'
    )
    return "".join(parts)
