"""The in-memory store of page pieces: kept per generation, bounded, off at 0."""

import pytest
from django.test import RequestFactory, override_settings

from newsdesk.public.cache import page_cache_invalidate
from newsdesk.public.fragments import (
    answering,
    fragments_count,
    generation_for,
    memoised,
    peek,
)

pytestmark = pytest.mark.django_db


class Builds:
    """Count how often a piece is built."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return f"piece {self.count}"


def request():
    return RequestFactory().get("/")


def test_a_piece_is_built_once_per_generation():
    build = Builds()
    assert memoised(("item", 1), build, request=request()) == "piece 1"
    assert memoised(("item", 1), build, request=request()) == "piece 1"
    assert build.count == 1
    page_cache_invalidate(reason="test")
    assert memoised(("item", 1), build, request=request()) == "piece 2"
    assert build.count == 2


def test_keys_keep_pieces_apart():
    build = Builds()
    first = memoised(("item", 1), build, request=request())
    second = memoised(("item", 2), build, request=request())
    assert (first, second) == ("piece 1", "piece 2")


def test_the_generation_is_read_once_per_request():
    reader = request()
    build = Builds()
    memoised(("item", 1), build, request=reader)
    page_cache_invalidate(reason="test")
    # Same request: the page it is rendering stays of one generation.
    assert memoised(("item", 1), build, request=reader) == "piece 1"
    assert memoised(("item", 1), build, request=request()) == "piece 2"


def test_peek_reads_a_kept_piece_and_never_builds_one():
    build = Builds()
    assert peek(("item", 1), request=request()) is None
    assert build.count == 0
    memoised(("item", 1), build, request=request())
    assert peek(("item", 1), request=request()) == "piece 1"
    assert peek(("item", 2), request=request()) is None
    page_cache_invalidate(reason="test")
    assert peek(("item", 1), request=request()) is None  # of the old generation
    assert build.count == 1


@override_settings()
def test_the_store_is_bounded_least_recently_used_first(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FRAGMENT_CACHE_SIZE": 2}
    build = Builds()
    reader = request()
    memoised("a", build, request=reader)
    memoised("b", build, request=reader)
    memoised("a", build, request=reader)  # a is now the most recent
    memoised("c", build, request=reader)  # b goes
    assert fragments_count() == 2
    assert memoised("a", build, request=reader) == "piece 1"
    assert memoised("b", build, request=reader) == "piece 4"


@override_settings()
def test_size_zero_keeps_nothing(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "FRAGMENT_CACHE_SIZE": 0}
    build = Builds()
    memoised("a", build, request=request())
    memoised("a", build, request=request())
    assert build.count == 2
    assert fragments_count() == 0


@override_settings(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
)
def test_nothing_is_kept_when_the_cache_keeps_no_generation():
    # With a cache that keeps nothing no change could ever be seen: build each time.
    build = Builds()
    memoised("a", build, request=request())
    assert memoised("a", build, request=request()) == "piece 2"
    assert fragments_count() == 0


def test_code_without_the_request_reads_the_generation_of_the_one_answered():
    reader = request()
    first = generation_for(reader)
    page_cache_invalidate(reason="test")
    with answering(reader):
        # Read once per request: what was read for it, not a second read.
        assert generation_for(None) == first
    assert generation_for(None) != first  # outside a request: read afresh
    assert generation_for(request()) == generation_for(None)
