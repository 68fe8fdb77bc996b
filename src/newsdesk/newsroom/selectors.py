"""Reads for the public pages: listings and what an item shows."""

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from django.db.models.query import prefetch_related_objects
from wagtail.models import Page

from .models import ClippingPage, ClippingSource, PostPage


def post_listing(*, root: Page) -> QuerySet[PostPage]:
    """Return the live, public posts below `root`, newest first."""
    return (
        PostPage.objects.live()
        .public()
        .descendant_of(root)
        .order_by("-listing_date", "-pk")
        .specific()
    )


def posts_for_display(posts: Iterable[Page]) -> list[Page]:
    """Return the (specific) posts as a list with sources and outlets loaded.

    One query for all the clippings' sources, whatever the number of posts.
    """
    pages = list(posts)
    clippings = [page for page in pages if isinstance(page, ClippingPage)]
    prefetch_related_objects(
        clippings,
        Prefetch("sources", queryset=ClippingSource.objects.select_related("outlet")),
    )
    return pages
