"""What a clipping made from stories or a fetched page starts with.

Pure reads: a `ClippingDraft` holds the prefilled title, language, passage,
tags and sources; `services.clipping` turns it into a draft page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.html import escape, strip_tags

from newsdesk import conf
from newsdesk.monitor.models import Outlet, Story
from newsdesk.monitor.services import outlet_named
from newsdesk.monitor.social import platform_name, post_byline
from newsdesk.text.languages import is_valid_tag

UNTITLED = "Untitled clipping"


@dataclass(frozen=True)
class SourceDraft:
    """One source of the clipping to be: what the editor would type."""

    outlet: Outlet | None = None
    authors: str = ""
    place: str = ""
    published_on: date | None = None
    url: str = ""
    snapshot: str = ""
    snapshot_sha256: str = ""


@dataclass(frozen=True)
class ClippingDraft:
    """The prefilled fields of a clipping; `passage` is plain text."""

    title: str = ""
    language: str = "en"
    passage: str = ""
    tags: tuple[str, ...] = ()
    sources: tuple[SourceDraft, ...] = field(default_factory=tuple)


def draft_from_stories(stories: Sequence[Story]) -> ClippingDraft:
    """Return the draft for one story, or a group of them in their order.

    Title, language and passage come from the first story that has them;
    tags are the matched topics' names; one source per story. A social post
    is quoted whole, its source named "Author (@handle)" on its platform.
    """
    first = stories[0]
    with_text = next((s for s in stories if s.text or s.summary), first)
    if with_text.is_post:
        passage = with_text.text
    else:
        passage = lead_paragraphs(
            with_text.text or strip_tags(with_text.summary), title=with_text.title
        )
    return ClippingDraft(
        title=next((s.title for s in stories if s.title), "")[:255],
        language=_language(first),
        passage=passage,
        tags=_topic_names(stories),
        sources=tuple(_story_source(story) for story in stories),
    )


def lead_paragraphs(text: str, count: int | None = None, *, title: str = "") -> str:
    """Return the first `count` paragraphs of `text`, one blank line apart.

    A first paragraph that repeats the title (the page's headline) is skipped.
    """
    count = count or conf.get("CLIP_LEAD_PARAGRAPHS")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0].casefold() == title.strip().casefold():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs[:count])


def passage_html(passage: str) -> str:
    """Return plain-text paragraphs (one per line) as escaped `<p>` elements."""
    lines = (line.strip() for line in passage.splitlines())
    return "".join(f"<p>{escape(line)}</p>" for line in lines if line)


def _language(story: Story) -> str:
    outlet = story.feed.outlet
    for tag in (story.language, story.feed.language, outlet and outlet.language):
        if tag and is_valid_tag(tag):
            return str(tag)
    return "en"


def _topic_names(stories: Sequence[Story]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for story in stories:
        for match in story.matches.all():
            names.setdefault(match.topic.name[:100], None)
    return tuple(names)


def _story_source(story: Story) -> SourceDraft:
    snapshot = getattr(story, "snapshot", None)
    published = story.published_at
    if story.is_post:
        # The platform stands where an outlet would: "Author (@handle), Telegram".
        outlet = outlet_named(platform_name(story.feed.source))
        authors = post_byline(story.author, story.handle)
    else:
        outlet, authors = story.feed.outlet, story.author
    return SourceDraft(
        outlet=outlet,
        authors=authors[:300],
        published_on=timezone.localdate(published) if published else None,
        url=story.url,
        snapshot=snapshot.warc.name if snapshot else "",
        snapshot_sha256=snapshot.sha256 if snapshot else "",
    )
