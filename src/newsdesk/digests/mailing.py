"""An issue cut into mail parts, for the newsletter: (language, html, text).

The first part (language "") is the issue's head: title, headline, week,
introduction and a link to the issue on the site. Then one part per language
section, in the issue's order, so a mailer can keep only the sections of the
languages a subscriber chose. Every link is absolute. Editor text is escaped
in HTML; rich text is cleaned (nh3) and its links made absolute.
"""

from collections.abc import Iterable
from typing import Any

import lxml.html
import nh3
from django.conf import settings
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from newsdesk.newsroom.dates import format_date
from newsdesk.newsroom.models import ClippingPage
from newsdesk.newsroom.selectors import posts_for_display
from newsdesk.public.links import is_safe_link
from newsdesk.text.languages import direction, language_name

from .models import DigestIssuePage

Part = tuple[str, str, str]
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "div"}


def issue_parts(issue: DigestIssuePage, *, base_url: str = "") -> list[Part]:
    """Return the issue's head part, then one (language, html, text) per section.

    Links are made absolute on `base_url` (the site's NEWSDESK_BASE_URL when
    not given).
    """
    base = (base_url or settings.BASE_URL).rstrip("/")
    parts = [_head_part(issue, base)]
    for block in issue.body:
        if block.block_type == "section":
            parts.append(_section_part(block.value, base))
    return parts


def page_url(page: Any, base: str) -> str:
    """Return the page's absolute address on `base`; "" if it has none."""
    parts = page.get_url_parts()
    return f"{base}{parts[2]}" if parts else ""


def _head_part(issue: DigestIssuePage, base: str) -> Part:
    """Return the week, the introduction and the link to the issue.

    The title and headline are the mail's subject, which the mailing shows
    as its heading: they are not repeated here.
    """
    url = page_url(issue, base)
    intro = rich_html(issue.intro, base)
    html = format_html(
        '<p class="issue-week">Week of {}</p>\n{}\n'
        '<p><a href="{}">Read this issue on the site</a></p>',
        issue.week_label,
        intro,
        url,
    )
    lines = [f"Week of {issue.week_label}"]
    if intro:
        lines += ["", html_to_text(intro)]
    lines += ["", f"Read this issue on the site: {url}"]
    return "", html, "\n".join(lines)


def _section_part(section: Any, base: str) -> Part:
    code = section["language"]
    name = language_name(code)
    items = [_item(item, base) for item in section["items"]]
    # The heading is English whatever the section's language: it keeps its
    # own direction, and the language's name is isolated, so "In Arabic:"
    # reads the same inside a right-to-left part.
    html = format_html(
        '<h2 lang="en" dir="ltr">In <bdi>{}</bdi>:</h2>\n'
        '<ul lang="{}" dir="{}">\n{}\n</ul>',
        name,
        code,
        direction(code),
        format_html_join("\n", "<li>{}</li>", ((html,) for html, _ in items)),
    )
    text = "\n\n".join([f"In {name}:", *(text for _, text in items)])
    return code, html, text


def _item(item: Any, base: str) -> tuple[str, str]:
    if item.block_type == "social_post":
        return _social_post(item.value, base)
    return _clipping_item(item.value, base)


def _clipping_item(value: Any, base: str) -> tuple[str, str]:
    text_html = rich_html(value["text"].source, base)
    links = [(page_url(page, base), page.title, outlets(page)) for page in live(value)]
    links_html = format_html_join(
        ", ",
        '<a href="{}">{}</a>{}',
        ((url, title, f" ({names})" if names else "") for url, title, names in links),
    )
    html = format_html('{}\n<p class="item-clippings">{}</p>', text_html, links_html)
    lines = [html_to_text(text_html)]
    lines += [f"- {title}{f' ({o})' if o else ''}: {url}" for url, title, o in links]
    return html, "\n".join(lines)


def _social_post(value: Any, base: str) -> tuple[str, str]:
    link = value["link"] if is_safe_link(value["link"] or "") else ""
    who = value["author_name"] + (f" ({value['handle']})" if value["handle"] else "")
    when = format_date(value["date"]) if value["date"] else ""
    html = format_html(
        "<blockquote><p>{}</p></blockquote>\n<p>— {}{}{}</p>",
        value["text"],
        who,
        f", {when}" if when else "",
        format_html(' · <a href="{}">{}</a>', link, link) if link else "",
    )
    text = f"“{' '.join(value['text'].split())}”\n— {who}"
    text += (f", {when}" if when else "") + (f": {link}" if link else "")
    return html, text


def live(value: Any) -> list[ClippingPage]:
    """Return the item's clippings that are live, sources loaded."""
    pages = [page for page in value["clippings"] if page is not None and page.live]
    return posts_for_display(page.specific for page in pages)


def outlets(page: ClippingPage) -> str:
    """Return the clipping's outlet names, joined: `Outlet A, Outlet B`."""
    names = [s.outlet.name for s in page.sources.all() if s.outlet_id]
    return ", ".join(dict.fromkeys(names))


def rich_html(html: str, base: str) -> str:
    """Return rich text as clean HTML with every link absolute on `base`."""
    if not html or not html.strip():
        return ""
    cleaned = nh3.clean(expand_db_html(html))
    root = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    root.make_links_absolute(base + "/", resolve_base_href=False)
    inner = escape(root.text or "") + "".join(_children_html(root))
    # Cleaned by nh3 and serialised by lxml: safe to put in the mail as is.
    return mark_safe(inner)  # noqa: S308


def _children_html(root: Any) -> Iterable[str]:
    for child in root:
        yield lxml.html.tostring(child, encoding="unicode")


def html_to_text(html: str) -> str:
    """Return HTML as plain text: one line per block, links as `text (url)`."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if element.tag == "a" and element.get("href"):
            element.tail = f" ({element.get('href')})" + (element.tail or "")
        if element.tag == "li":
            element.text = "- " + (element.text or "")
        if element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
