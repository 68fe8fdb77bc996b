"""Pick the addresses `make bench-site` rotates through, on the current database.

`python -m benchmarks.site_addresses` prints one JSON object: for each
kind of page (home, clipping, listing, search, feed) a list of distinct
paths, so that an uncached run renders many different pages of each kind
rather than one address again and again. Deterministic for a given archive.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

CLIPPINGS = 1000
LISTINGS = 500
SEARCHES = 100


def spread(items: list[T], count: int) -> list[T]:
    """Return up to `count` items taken evenly from `items`, first to last."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def listing_pages(prefix: str, posts: int, page_size: int) -> list[str]:
    """Return the paths of pages 2 to last of a listing of `posts` posts."""
    last = -(-posts // page_size)
    return [f"{prefix}page/{number}/" for number in range(2, last + 1)]


def search_terms(seed: int = 7) -> list[str]:
    """Return searches built from the words the generated archive uses."""
    from newsdesk.demo import archive_words as words

    vocabulary = sorted(
        {
            word.strip(".,'").lower()
            for text in [*words.SUBJECTS, *words.TAGS, *words.SENTENCES]
            for word in text.split()
            if len(word.strip(".,'")) > 4
        }
        | {place.lower() for place in words.PLACES}
    )
    rng = random.Random(seed)  # noqa: S311 - picking benchmark words
    terms = list(vocabulary)
    while len(terms) < SEARCHES:
        terms.append(" ".join(rng.sample(vocabulary, 2)))
    return terms[:SEARCHES]


def interleave(groups: Iterable[list[str]], count: int) -> list[str]:
    """Return up to `count` paths taken in turn from each group's spread."""
    groups = [group for group in groups if group]
    total = sum(len(group) for group in groups)
    share = max(1, count // max(1, len(groups)))
    while True:
        picked = [spread(group, share) for group in groups]
        mixed = [path for row in zip_longest_flat(picked) for path in row]
        if len(mixed) >= min(count, total):
            return mixed[:count]
        share += max(1, (count - len(mixed)) // len(groups))


def zip_longest_flat(lists: list[list[str]]) -> Iterable[list[str]]:
    for index in range(max((len(items) for items in lists), default=0)):
        yield [items[index] for items in lists if index < len(items)]


def addresses() -> dict[str, list[str]]:
    """Return the benchmarked paths of each kind of page."""
    from urllib.parse import quote

    from newsdesk import conf
    from newsdesk.monitor.models import Outlet
    from newsdesk.newsroom.models import ClippingPage, PostPage, SectionPage
    from newsdesk.newsroom.models.pages import PostPageTag
    from newsdesk.newsroom.selectors import outlet_slug

    page_size = int(conf.get("PAGE_SIZE"))
    live = PostPage.objects.live()
    clippings = [
        "/" + path.split("/", 2)[2]
        for path in ClippingPage.objects.live()
        .order_by("-path")
        .values_list("url_path", flat=True)
    ]
    sections = list(SectionPage.objects.live().order_by("path"))
    listings = [listing_pages("/", live.count(), page_size)]
    for section in sections:
        prefix = "/" + section.url_path.split("/", 2)[2]
        listings.append(
            listing_pages(prefix, section.get_children().live().count(), page_size)
        )
    tags = sorted(set(PostPageTag.objects.values_list("tag__slug", flat=True)))
    for slug in tags:
        count = live.filter(tags__slug=slug).count()
        listings.append(listing_pages(f"/tags/{quote(slug)}/", count, page_size))
    outlets = [outlet_slug(outlet) for outlet in Outlet.objects.order_by("pk")]
    feeds = ["/feed/", "/feed/atom/"]
    feeds += [f"/sections/{section.slug}/feed/" for section in sections]
    feeds += [f"/tags/{quote(slug)}/feed/" for slug in tags]
    feeds += [f"/outlets/{quote(slug)}/feed/" for slug in outlets]
    return {
        "home": ["/"],
        "clipping": spread(clippings, CLIPPINGS),
        "listing": interleave(listings, LISTINGS),
        "search": [f"/search/?q={quote(term)}" for term in search_terms()],
        "feed": feeds,
    }


def main() -> None:
    from .django_setup import django_setup

    django_setup()
    json.dump(addresses(), sys.stdout)


if __name__ == "__main__":
    main()
