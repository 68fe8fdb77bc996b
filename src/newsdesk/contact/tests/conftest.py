"""The browser fixtures of the public site's tests; a real SMTP server."""

import pytest

from newsdesk.newsletter.tests.smtp import SmtpServer
from newsdesk.public.tests.test_browser import browser, phone, site  # noqa: F401


@pytest.fixture
def smtp(settings):
    """A real SMTP server on 127.0.0.1 (aiosmtpd); Django's mail goes to it."""
    with SmtpServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_USE_SSL = False
        settings.EMAIL_TIMEOUT = 5
        yield server
