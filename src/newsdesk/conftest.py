"""Fixtures for the whole suite."""

import pytest
from django.core.cache import cache

from newsdesk.public.fragments import fragments_clear


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache (pages, rate limits, generation)
    and no page fragments kept in memory."""
    cache.clear()
    fragments_clear()
    yield
    cache.clear()
    fragments_clear()
