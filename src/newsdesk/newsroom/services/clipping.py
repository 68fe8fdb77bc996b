"""Clip stories of the inbox: one draft clipping per story or group, ever.

Two editors clipping the same story at once, or one editor submitting twice,
end with one clipping: the stories are locked (`select_for_update`), an
existing clip is returned instead of a new one, and `Clip.story` is unique
as a backstop for databases that do not lock rows (SQLite serialises writes
instead). A story whose address a clipping already quotes (clipped as an
address first) is linked to that clipping instead of making a second one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from wagtail.log_actions import log

from newsdesk.monitor.models import Story, StoryStatus
from newsdesk.monitor.services import outlet_for_platform
from newsdesk.monitor.urls import canonical_url

from ..models import Clip, ClippingPage, ClippingSource, SectionPage
from .drafts import UNTITLED, ClippingDraft, draft_from_stories, passage_html
from .translation import PassageTranslation

log_ = logging.getLogger(__name__)
CLIP_ACTION = "newsdesk.story.clip"


@dataclass(frozen=True)
class ClipResult:
    """The clipping made (or found); `created` is False when it existed."""

    page: ClippingPage
    created: bool
    message: str = ""


def clipping_from_story(
    *,
    story: Story,
    section: SectionPage,
    user: AbstractBaseUser | None,
    passage: str | None = None,
    title: str = "",
) -> ClipResult:
    """Make a draft clipping of `story` in `section`, or return its clipping."""
    return clipping_from_group(
        stories=[story], section=section, user=user, passage=passage, title=title
    )


def clipping_from_group(
    *,
    stories: Sequence[Story],
    section: SectionPage,
    user: AbstractBaseUser | None,
    passage: str | None = None,
    title: str = "",
    translation: PassageTranslation | None = None,
) -> ClipResult:
    """Make one draft clipping quoting every story, sources in the given order.

    When one of the stories is already clipped, nothing is made and that
    clipping is returned.
    """
    if not stories:
        raise ValueError("Give at least one story to clip.")
    try:
        return _clip(
            stories=stories,
            section=section,
            user=user,
            passage=passage,
            title=title,
            translation=translation,
        )
    except IntegrityError:
        # Another editor's clip of the same story committed first.
        existing = _existing_clip([story.pk for story in stories])
        if existing is None:
            raise
        return ClipResult(page=existing.page.specific, created=False)


@transaction.atomic
def _clip(
    *,
    stories: Sequence[Story],
    section: SectionPage,
    user: AbstractBaseUser | None,
    passage: str | None,
    title: str,
    translation: PassageTranslation | None = None,
) -> ClipResult:
    ids = [story.pk for story in stories]
    # Lock the rows alone: FOR UPDATE refuses the outer joins loaded below.
    list(Story.objects.select_for_update().filter(pk__in=ids).values_list("pk"))
    existing = _existing_clip(ids)
    if existing is not None:
        return ClipResult(page=existing.page.specific, created=False)
    loaded = Story.objects.filter(pk__in=ids).select_related("feed__outlet", "snapshot")
    by_pk = {story.pk: story for story in loaded.prefetch_related("matches__topic")}
    ordered = [by_pk[pk] for pk in ids if pk in by_pk]
    quoted = _quoted(ordered)
    if quoted:
        # Clipped as an address first: link the stories it quotes, no more.
        page, linked = next(iter(quoted.values()))
        _link(stories=linked, page=page, user=user)
        return ClipResult(page=page.specific, created=False)
    for story in ordered:
        if story.is_post:
            outlet_for_platform(platform=story.feed.source)
    draft = draft_from_stories(ordered)
    page = clipping_create(
        section=section,
        draft=draft,
        user=user,
        passage=passage,
        title=title,
        translation=translation,
    )
    _link(stories=ordered, page=page, user=user)
    return ClipResult(page=page, created=True)


def _quoted(stories: Sequence[Story]) -> dict[int, tuple[ClippingPage, list[Story]]]:
    """Return the clippings quoting some of `stories`, each with those stories."""
    found: dict[int, tuple[ClippingPage, list[Story]]] = {}
    for story in stories:
        page = clipping_quoting(story.url)
        if page is not None:
            found.setdefault(page.pk, (page, []))[1].append(story)
    return found


def _link(
    *, stories: Sequence[Story], page: ClippingPage, user: AbstractBaseUser | None
) -> None:
    """Record `stories` as clipped into `page`."""
    ids = [story.pk for story in stories]
    for story in stories:
        Clip.objects.create(story=story, page=page, created_by=user)
        log(instance=story, action=CLIP_ACTION, user=user)
    Story.objects.filter(pk__in=ids).update(status=StoryStatus.CLIPPED)
    log_.info(
        "stories clipped clipping_id=%s story_ids=%s",
        page.pk,
        ids,
        extra={"clipping_id": page.pk, "story_ids": ids},
    )


def clipping_quoting(url: str) -> ClippingPage | None:
    """Return the clipping that quotes `url` (normalised) or its story, if any."""
    wanted = canonical_url(url)
    clip = Clip.objects.filter(story__url=wanted).select_related("page").first()
    if clip is not None:
        return clip.page
    host = urlsplit(wanted).hostname or ""
    candidates = ClippingSource.objects.filter(url__icontains=host).exclude(url="")
    for source in candidates.select_related("page").order_by("pk"):
        if canonical_url(source.url) == wanted:
            return source.page
    return None


def _existing_clip(story_ids: Sequence[int]) -> Clip | None:
    return (
        Clip.objects.filter(story_id__in=story_ids)
        .select_related("page")
        .order_by("created_at", "pk")
        .first()
    )


@transaction.atomic
def clipping_create(
    *,
    section: SectionPage,
    draft: ClippingDraft,
    user: AbstractBaseUser | None,
    passage: str | None = None,
    title: str = "",
    translation: PassageTranslation | None = None,
) -> ClippingPage:
    """Add a draft (unpublished) clipping under `section` from `draft`."""
    page = ClippingPage(
        title=(title or draft.title or UNTITLED)[:255],
        language=draft.language,
        excerpt=passage_html(draft.passage if passage is None else passage),
        owner=user,
        live=False,
    )
    if translation is not None:
        page.translated_title = translation.title[:255]
        page.translated_excerpt = passage_html(translation.passage)
    for order, source in enumerate(draft.sources):
        page.sources.add(
            ClippingSource(
                sort_order=order,
                outlet=source.outlet,
                authors=source.authors,
                place=source.place,
                published_on=source.published_on,
                url=source.url,
                snapshot=source.snapshot,
                snapshot_sha256=source.snapshot_sha256,
            )
        )
    if draft.tags:
        page.tags.add(*draft.tags)
    section.add_child(instance=page)
    # A draft may lack its passage (an address that could not be read): the
    # editor fills it in before publishing, when Wagtail validates it all.
    page.save_revision(user=user, clean=False, log_action=False)
    log(instance=page, action="wagtail.create", user=user)
    return page
