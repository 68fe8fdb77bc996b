import pytest
from django.core.cache import cache

from .smtp import SmtpServer


@pytest.fixture
def smtp(settings):
    """A real SMTP server; Django's mail goes to it, as fast as it can."""
    with SmtpServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_USE_SSL = False
        settings.EMAIL_TIMEOUT = 5
        yield server


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
