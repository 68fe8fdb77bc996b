"""Generate a large fictional archive quickly, for benchmarks (`demo --size N`).

Clippings go in bulk: Wagtail's `add_child` saves one page at a time (a
revision, the tree, the search index, the reference index), far too slow for
100,000 pages. Here the tree's materialised paths are computed, the page,
post and clipping rows inserted table by table, and the search index filled
in bulk. The pages have no revisions: they read and list like any other, and
the first edit in the admin makes one.
"""

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models import Prefetch
from django.db.models.query import prefetch_related_objects
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from newsdesk.engagement.models import Comment
from newsdesk.newsroom.models import (
    ClippingPage,
    ClippingSource,
    Outlet,
    PostPage,
    PostPageTag,
    SectionPage,
)
from newsdesk.newsroom.services.search import search_entries_refresh
from newsdesk.public.cache import page_cache_invalidate

from . import archive_words as words

logger = logging.getLogger(__name__)

ARCHIVE_SLUG = "press-archive"
CHUNK = 1000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ArchiveReport:
    """How many clippings the archive holds, and how many this run added."""

    created: int
    total: int
    outlets: int
    tags: int
    comments: int


def demo_archive_generate(
    *,
    home: Page,
    size: int,
    seed: int = 7,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ArchiveReport:
    """Fill the "Press archive" section below `home` up to `size` clippings.

    Running it again adds only what is missing (by count); a crash loses at
    most the chunk in progress, each chunk being one transaction.
    """
    now = now or timezone.now()
    section = _archive_section(home)
    outlets = _outlets()
    tags = _tags()
    have = section.get_children().count()
    rng = random.Random(f"{seed}:{have}")  # noqa: S311 - fictional data, not secrets
    comments = 0
    for start in range(have, size, CHUNK):
        count = min(CHUNK, size - start)
        comments += _chunk_insert(section, start, count, outlets, tags, rng, now)
        if progress:
            progress(start + count - have, size - have)
    created = max(size - have, 0)
    # The rows went in without Wagtail's signals: renew the search entries,
    # pages and pieces kept for readers by hand.
    search_entries_refresh(page=section)
    page_cache_invalidate(reason="demo_archive")
    logger.info(
        "demo_archive_generated", extra={"clippings_created": created, "size": size}
    )
    return ArchiveReport(created, max(size, have), len(outlets), len(tags), comments)


def _archive_section(home: Page) -> Page:
    found = SectionPage.objects.child_of(home).filter(slug=ARCHIVE_SLUG).first()
    if found is not None:
        return found
    section = SectionPage(title="Press archive", slug=ARCHIVE_SLUG)
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def _outlets() -> list[Outlet]:
    for name, language in words.OUTLETS:
        Outlet.objects.get_or_create(
            name=name,
            defaults={"url": words.outlet_url(name), "language": language},
        )
    return list(Outlet.objects.filter(name__in=[n for n, _ in words.OUTLETS]))


def _tags() -> list[Tag]:
    for name in words.TAGS:
        Tag.objects.get_or_create(slug=name.replace(" ", "-"), defaults={"name": name})
    return list(Tag.objects.filter(name__in=words.TAGS))


@transaction.atomic
def _chunk_insert(
    section: Page,
    start: int,
    count: int,
    outlets: Sequence[Outlet],
    tags: Sequence[Tag],
    rng: random.Random,
    now: datetime,
) -> int:
    """Insert `count` clippings numbered from `start`; return comments added."""
    section = Page.objects.select_for_update().get(pk=section.pk)
    pages = [_clipping(section, start + i, rng, now) for i in range(count)]
    _pages_insert(section, pages)
    _rows_insert(PostPage, pages)
    _rows_insert(ClippingPage, pages)
    ClippingSource.objects.bulk_create(_sources(pages, outlets, rng))
    PostPageTag.objects.bulk_create(_taggings(pages, tags, rng))
    comments = Comment.objects.bulk_create(_comments(pages, rng))
    sources = ClippingSource.objects.select_related("outlet")
    prefetch_related_objects(pages, Prefetch("sources", queryset=sources))
    get_search_backend().add_bulk(ClippingPage, pages)
    return len(comments)


def _clipping(section: Page, n: int, rng: random.Random, now: datetime) -> ClippingPage:
    title = words.headline(rng)
    when = now - timedelta(days=rng.uniform(0, 365 * 15))
    return ClippingPage(
        title=title,
        draft_title=title,
        slug=f"{words.slug(title)}-{n}",
        live=True,
        first_published_at=when,
        last_published_at=when,
        posted_at=when,
        listing_date=when,
        language="en",
        excerpt=words.excerpt(rng),
        commentary="",
        url_path=f"{section.url_path}{words.slug(title)}-{n}/",
    )


def _pages_insert(section: Page, pages: list[ClippingPage]) -> None:
    """Insert the base page rows at the end of the section's children."""
    last = section.get_last_child()
    first_step = _step_of(last.path) + 1 if last else 1
    kind = ContentType.objects.get_for_model(ClippingPage)
    locale_id = section.locale_id or Locale.get_default().pk
    depth = section.depth + 1
    rows = []
    for offset, page in enumerate(pages):
        page.path = child_path(section.path, first_step + offset)
        page.depth, page.numchild = depth, 0
        page.content_type, page.locale_id = kind, locale_id
        page.translation_key = uuid4()
        rows.append(Page(**{f.attname: getattr(page, f.attname) for f in _base()}))
    Page.objects.bulk_create(rows)
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = page.page_ptr_id = page.postpage_ptr_id = row.pk
    Page.objects.filter(pk=section.pk).update(
        numchild=models.F("numchild") + len(pages)
    )


def _base() -> list[models.Field]:
    return [f for f in Page._meta.local_concrete_fields if f.attname != "id"]


def _step_of(path: str) -> int:
    return int(path[-Page.steplen :], len(Page.alphabet))


def child_path(parent_path: str, step: int) -> str:
    """Return the tree path of the `step`th child of the page at `parent_path`.

    Treebeard's materialised path, as its documentation describes it: the
    parent's path, then the step in `Page.alphabet` (base 36) padded to
    `Page.steplen` characters.
    """
    alphabet, digits = Page.alphabet, ""
    while step:
        step, rest = divmod(step, len(alphabet))
        digits = alphabet[rest] + digits
    return parent_path + digits.rjust(Page.steplen, alphabet[0])


def _rows_insert(model: type[models.Model], pages: list[ClippingPage]) -> None:
    """Insert one multi-table child's rows (bulk_create refuses such models)."""
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    rows = [_row(fields, page) for page in pages]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608 - names from _meta


def _row(fields: Sequence[models.Field], page: ClippingPage) -> list[Any]:
    return [f.get_db_prep_save(getattr(page, f.attname), connection) for f in fields]


def _sources(
    pages: list[ClippingPage], outlets: Sequence[Outlet], rng: random.Random
) -> list[ClippingSource]:
    sources = []
    for page in pages:
        for order, outlet in enumerate(
            rng.sample(list(outlets), rng.choice([1, 1, 2]))
        ):
            sources.append(
                ClippingSource(
                    page_id=page.pk,
                    sort_order=order,
                    outlet=outlet,
                    authors=words.author(rng),
                    place=rng.choice(words.PLACES),
                    published_on=page.listing_date.astimezone(UTC).date(),
                    url=f"{outlet.url}{page.slug}/",
                )
            )
    return sources


def _taggings(
    pages: list[ClippingPage], tags: Sequence[Tag], rng: random.Random
) -> list[PostPageTag]:
    return [
        PostPageTag(content_object_id=page.pk, tag=tag)
        for page in pages
        for tag in rng.sample(list(tags), rng.choice([1, 2, 3]))
    ]


def _comments(pages: list[ClippingPage], rng: random.Random) -> list[Comment]:
    comments = []
    for page in pages:
        for _ in range(rng.choice([0, 0, 0, 0, 1, 2])):
            comments.append(
                Comment(
                    page_id=page.pk,
                    author_name=words.author(rng),
                    body=words.comment(rng),
                    status=Comment.Status.APPROVED,
                    created_at=page.listing_date + timedelta(hours=rng.randint(1, 48)),
                )
            )
    return comments
