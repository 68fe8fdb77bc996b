"""Django's async-safety check stays on for every test but the browser ones."""

import asyncio
import importlib
import os

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import SynchronousOnlyOperation

BROWSER_MODULES = [
    "newsdesk.public.tests.test_browser",
    "newsdesk.newsroom.tests.test_browser",
    "newsdesk.security.tests.test_browser_admin",
    "newsdesk.contact.tests.test_browser",
]


@pytest.mark.django_db
def test_importing_browser_tests_leaves_the_check_on():
    for name in BROWSER_MODULES:
        importlib.import_module(name)
    assert "DJANGO_ALLOW_ASYNC_UNSAFE" not in os.environ

    async def count_users():
        return get_user_model().objects.count()

    with pytest.raises(SynchronousOnlyOperation):
        asyncio.run(count_users())


@pytest.mark.browser
def test_browser_tests_may_call_django_from_playwrights_loop():
    assert os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] == "true"
