"""The admin under its Content-Security-Policy, in a real browser (make e2e)."""

import os
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from newsdesk.newsroom.tests.factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
)

from .helpers import PASSWORD, administrator

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_page_editor_runs_without_policy_violations(live_server):
    clipping = ClippingPageFactory(
        parent=SectionPageFactory(parent=HomePageFactory(), slug="news")
    )
    administrator()
    host = urlsplit(live_server.url).netloc
    problems, elsewhere = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.on(
            "console",
            lambda m: problems.append(m.text) if "Content Security" in m.text else None,
        )
        page.on(
            "request",
            lambda r: (
                elsewhere.append(r.url)
                if urlsplit(r.url).netloc not in (host, "")
                and not r.url.startswith(("data:", "blob:"))
                else None
            ),
        )
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "chief")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        page.goto(f"{live_server.url}/admin/pages/{clipping.pk}/edit/")
        page.wait_for_load_state("networkidle")
        assert page.locator("#id_title").input_value() == clipping.title
        browser.close()
    assert problems == []
    assert elsewhere == []
