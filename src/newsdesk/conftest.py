"""Fixtures for the whole suite."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache (pages, rate limits, generation)."""
    cache.clear()
    yield
    cache.clear()
