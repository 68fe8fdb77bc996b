import pytest
from django.core.cache import cache


@pytest.fixture
def tunables(settings):
    """Let a test change NEWSDESK tunables; no pause between messages."""
    settings.NEWSDESK = {**settings.NEWSDESK, "NEWSLETTER_MESSAGES_PER_SECOND": 0}
    return settings.NEWSDESK


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()
