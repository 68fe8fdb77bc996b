"""What a page tells search engines and link previews: JSON-LD and summaries."""

import json
from typing import Any

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from newsdesk.newsroom.models import ClippingPage, ClippingSource, PostPage


def summary(page: Page, words: int = 30) -> str:
    """Return the page's description: its own, else the start of its text.

    Kept on the page object: the head's description and the JSON-LD both ask.
    """
    if getattr(page, "search_description", ""):
        return str(page.search_description)
    kept: dict[int, str] = page.__dict__.setdefault("_newsdesk_summaries", {})
    if words not in kept:
        kept[words] = _summary(page, words)
    return kept[words]


def _summary(page: Page, words: int) -> str:
    html = getattr(page, "excerpt", "") or getattr(page, "body", "")
    if not isinstance(html, str):
        # A StreamField body (a digest issue) has no one text: use its intro.
        html = str(getattr(page, "intro", "") or "")
    return Truncator(get_text_for_indexing(html)).words(words)


def news_article(page: PostPage, *, url: str, publisher: str) -> dict[str, Any]:
    """Return schema.org NewsArticle data for a clipping or an article."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": strip_tags(page.title)[:110],
        "url": url,
        "inLanguage": page.language,
        "datePublished": page.display_date.isoformat(),
        "description": summary(page),
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if getattr(page, "author", ""):
        data["author"] = {"@type": "Person", "name": page.author}
    if isinstance(page, ClippingPage):
        data["isBasedOn"] = data["citation"] = [
            _cited(source) for source in page.sources.all()
        ]
    return data


def _cited(source: ClippingSource) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle"}
    if source.url.startswith(("http://", "https://")):
        work["url"] = source.url
    if source.outlet_id:
        work["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    if source.authors:
        work["author"] = source.authors
    if source.published_on:
        work["datePublished"] = source.published_on.isoformat()
    return work


def json_ld(data: dict[str, Any]) -> str:
    """Serialise `data` for a <script type="application/ld+json"> element."""
    text = json.dumps(data, ensure_ascii=False)
    # <, > and & could end the <script> element or open a comment; three
    # replaces cost a fraction of str.translate with a mapping.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
