"""The editor's day in a real browser: inbox, clip, publish, public home page.

Run with `make e2e` (needs /usr/bin/chromium and `npm ci`).
"""

import os
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import sync_playwright

from newsdesk.monitor.tests.factories import topic_with_terms

from .factories import (
    ClippingPageFactory,
    HomePageFactory,
    SectionPageFactory,
    make_story,
)

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def desk(live_server):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, slug="news", title="News")
    ClippingPageFactory(
        parent=section,
        title="An older clipping",
        posted_at=datetime(2026, 1, 5, tzinfo=UTC),
    )
    topic = topic_with_terms("Ferries", {"Kestrel Bay": "Kestrel Bay"})
    story = make_story("Saltreach Courier", 3, topic=topic)
    get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    return live_server.url, story


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_editor_clips_a_story_and_publishes_it(desk, page):
    site, story = desk
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site + "/admin/")

    page.goto(site + "/admin/monitor/inbox/")
    row = page.locator("tr", has_text=story.title)
    row.get_by_role("link", name="Clip", exact=True).click()
    page.get_by_role("button", name="Make the draft clipping").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    assert page.get_by_text("Draft clipping").first.is_visible()

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url("**/admin/pages/*/")

    page.goto(site + "/")
    first = page.locator("ol.listing > li").first
    assert first.locator("h2").inner_text() == story.title
    assert first.locator(".attribution").inner_text() == (
        "Jane Roe, Saltreach Courier, November 3 2026:…"
    )
    story.refresh_from_db()
    assert story.status == "clipped"
