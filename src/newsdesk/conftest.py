"""Fixtures for the whole suite."""

import os

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with every cache empty (pages, fragments, generation)."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def smtp(settings):
    """A real SMTP server on 127.0.0.1 (aiosmtpd); Django's mail goes to it."""
    from newsdesk.newsletter.tests.smtp import SmtpServer

    with SmtpServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_USE_SSL = False
        settings.EMAIL_TIMEOUT = 5
        yield server


ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Switch Django's async-safety check off for browser tests only.

    Playwright's sync API runs an event loop in the test's thread, and the
    database calls the test and its fixtures make there are ordinary
    synchronous ones. Every other test keeps the check; the variable is put
    back as it was once the test's teardown is over.
    """
    if item.get_closest_marker("browser") is None:
        return (yield)
    before = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        return (yield)
    finally:
        if before is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = before
