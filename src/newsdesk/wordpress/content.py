"""Clean a WordPress post's HTML into what Wagtail rich text holds.

Block-editor comments and shortcodes go, WordPress's blank-line paragraphs
become `<p>` elements (as `wpautop` does), headings are fitted to the body's
h2/h3, and everything is sanitised with nh3 to the tags the body accepts.
"""

import html
import re
from collections.abc import Callable

import nh3

ALLOWED_TAGS = {
    "p", "h2", "h3", "b", "strong", "i", "em", "a", "ol", "ul", "li",
    "blockquote", "hr", "br",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
# Shortcodes that are only markup around their content, or nothing without
# WordPress (galleries and embeds render from data the export does not hold).
_REMOVED_SHORTCODES = ("gallery", "embed", "audio", "video", "playlist", "wpvideo")
_PAIRED = re.compile(
    r"\[(?P<name>[a-zA-Z_][\w-]*)(?:\s[^\]]*)?\](?P<inner>.*?)\[/(?P=name)\]", re.S
)
_SINGLE = re.compile(r"\[/?(?:" + "|".join(_REMOVED_SHORTCODES) + r")\b[^\]]*\]")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK = re.compile(
    r"<(?:p|h[1-6]|ul|ol|li|blockquote|div|figure|table|pre|hr)[\s>/]", re.I
)
_HEADING = re.compile(r"<(/?)h([1-6])(?=[\s>])", re.I)
_CAPTION = re.compile(r"<(/?)figcaption\b[^>]*>", re.I)
_HREF = re.compile(r'<a href="([^"]*)">')


def strip_shortcodes(text: str) -> str:
    """Drop shortcodes, keeping what paired ones enclose (a caption's image text)."""
    previous = None
    while previous != text:  # nested shortcodes: peel one layer at a time
        previous = text
        text = _PAIRED.sub(_unwrap, text)
    return _SINGLE.sub("", text)


def _unwrap(match: re.Match[str]) -> str:
    if match.group("name") in _REMOVED_SHORTCODES:
        return ""
    return match.group("inner")


def autop(text: str) -> str:
    """Wrap blank-line-separated text in paragraphs, like WordPress's `wpautop`."""
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", text)]
    out = []
    for chunk in filter(None, chunks):
        if _BLOCK.match(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + chunk.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def _fit_headings(text: str) -> str:
    """Map h1–h6 onto the body's h2 and h3."""

    def level(match: re.Match[str]) -> str:
        return f"<{match.group(1)}h{'2' if int(match.group(2)) <= 2 else '3'}"

    return _HEADING.sub(level, text)


def clean_html(text: str) -> str:
    """Return sanitised rich-text HTML for a post's content."""
    text = _COMMENT.sub("", text)
    text = strip_shortcodes(text)
    text = autop(text.replace("\r\n", "\n"))
    text = _fit_headings(text)
    # A figure's image cannot come over; its caption stays as a paragraph.
    text = _CAPTION.sub(r"<\1p>", text)
    text = nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return text.strip()


def plain_text(text: str) -> str:
    """Return a comment's text without markup, for a plain-text field."""
    text = nh3.clean(_COMMENT.sub("", text), tags=set())
    return html.unescape(text).strip()


Resolver = Callable[[str], int | None]


def rewrite_links(text: str, resolve: Resolver) -> str:
    """Point links to imported pages at the pages themselves.

    `resolve(url)` gives the page id an old URL now stands for, or None;
    other links stay as they are (old URLs not yet imported still redirect).
    """

    def replace(match: re.Match[str]) -> str:
        page_id = resolve(html.unescape(match.group(1)))
        if page_id is None:
            return match.group(0)
        return f'<a linktype="page" id="{page_id}">'

    return _HREF.sub(replace, text)
