"""Group stories that are the same piece carried by several outlets.

Exact duplicates share a canonical URL or a folded title of four words or
more; near duplicates have MinHash signatures (word shingles of the folded
title and text) whose estimated Jaccard similarity reaches the threshold.
Stories in other languages are not linked: a translation shares no shingles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.text import minhash
from newsdesk.text.tokens import tokens

# Shorter titles ("News", "Editorial") say nothing about the story.
MIN_TITLE_TOKENS = 4
SEED = 20261122


@dataclass(frozen=True)
class StoryPrint:
    """What clustering needs of a story."""

    story_id: int
    url: str
    title_key: str
    signature: tuple[int, ...]


@dataclass(frozen=True)
class ClusterConfig:
    """Shingle size, signature length and similarity threshold."""

    shingle_size: int = 3
    num_perm: int = 64
    threshold: float = 0.4

    @classmethod
    def from_settings(cls) -> ClusterConfig:
        """Return the configuration in the NEWSDESK settings dict."""
        from newsdesk.conf import get

        return cls(
            shingle_size=get("CLUSTER_SHINGLE_SIZE"),
            num_perm=get("CLUSTER_NUM_PERM"),
            threshold=get("CLUSTER_THRESHOLD"),
        )


def title_key(title: str) -> str:
    """Return the folded title, or "" when it is too short to identify a story."""
    words = tokens(title)
    return " ".join(words) if len(words) >= MIN_TITLE_TOKENS else ""


def signature(title: str, text: str, *, config: ClusterConfig) -> list[int]:
    """Return the MinHash signature of a story's folded title and text."""
    shingles = minhash.shingles(tokens(f"{title}\n{text}"), size=config.shingle_size)
    return minhash.signature(shingles, num_perm=config.num_perm, seed=SEED)


def same_story(first: StoryPrint, second: StoryPrint, *, threshold: float) -> bool:
    """Tell whether two stories are the same piece."""
    if first.url == second.url:
        return True
    if first.title_key and first.title_key == second.title_key:
        return True
    return minhash.similarity(first.signature, second.signature) >= threshold


def best_match(
    new: StoryPrint, candidates: Iterable[StoryPrint], *, threshold: float
) -> StoryPrint | None:
    """Return the candidate most like `new` that is the same story, if any."""
    found = [c for c in candidates if same_story(new, c, threshold=threshold)]
    if not found:
        return None
    return max(found, key=lambda c: minhash.similarity(new.signature, c.signature))


def group(prints: Sequence[StoryPrint], *, threshold: float) -> list[set[int]]:
    """Return groups of story ids that are the same story (transitively)."""
    parent = {p.story_id: p.story_id for p in prints}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for first, second in _candidate_pairs(prints):
        if same_story(first, second, threshold=threshold):
            parent[root(first.story_id)] = root(second.story_id)
    groups: dict[int, set[int]] = defaultdict(set)
    for p in prints:
        groups[root(p.story_id)].add(p.story_id)
    return list(groups.values())


def _candidate_pairs(
    prints: Sequence[StoryPrint], *, bands: int = 32
) -> set[tuple[StoryPrint, StoryPrint]]:
    """Return pairs sharing a URL, a title or one LSH band of their signature."""
    buckets: dict[object, list[StoryPrint]] = defaultdict(list)
    for p in prints:
        buckets["url", p.url].append(p)
        if p.title_key:
            buckets["title", p.title_key].append(p)
        rows = max(1, len(p.signature) // bands)
        for band in range(0, len(p.signature), rows):
            buckets["band", band, tuple(p.signature[band : band + rows])].append(p)
    pairs = set()
    for bucket in buckets.values():
        for i, first in enumerate(bucket):
            for second in bucket[i + 1 :]:
                if first.story_id != second.story_id:
                    pairs.add((first, second))
    return pairs
