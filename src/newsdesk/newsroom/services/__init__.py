"""Writes for the newsroom: clipping stories, groups and addresses."""

from .clip_url import UrlClipResult, clipping_from_url
from .clipping import (
    ClipResult,
    clipping_create,
    clipping_from_group,
    clipping_from_story,
)
from .drafts import ClippingDraft, SourceDraft

__all__ = [
    "ClipResult",
    "ClippingDraft",
    "SourceDraft",
    "UrlClipResult",
    "clipping_create",
    "clipping_from_group",
    "clipping_from_story",
    "clipping_from_url",
]
