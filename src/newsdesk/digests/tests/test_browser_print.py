"""A digest issue printed from a real browser shows the issue only (issue #19).

Run with `make e2e` (needs /usr/bin/chromium).
"""

import os

import pytest
from playwright.sync_api import sync_playwright

from newsdesk.digests.services import digest_draft, digest_publish

from .factories import WEEK, build_site, clipping

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]
SITE_PARTS = [
    ".site-search",
    ".site-nav",
    ".site-aside",
    ".site-footer",
    ".breadcrumbs",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def page():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        yield context.new_page()
        browser.close()


def test_printing_an_issue_prints_the_issue_only(live_server, page):
    _, section, (courier, _) = build_site()
    clipping(section, courier, title="Ferry resumes", day=0)
    issue = digest_publish(issue=digest_draft(week_start=WEEK))
    page.goto(live_server.url + issue.url)
    for selector in [".site-search", ".site-nav", ".site-footer form"]:
        assert page.locator(selector).first.is_visible(), selector
    page.emulate_media(media="print")
    assert page.locator("article.digest-issue h1").is_visible()
    assert (
        page.locator("article.digest-issue")
        .get_by_text("Ferry resumes")
        .first.is_visible()
    )
    for selector in SITE_PARTS:
        found = page.locator(selector)
        assert found.count() == 0 or not found.first.is_visible(), selector
