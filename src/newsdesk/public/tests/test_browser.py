"""The demo site in a real browser: Debian's chromium driven by Playwright.

Run with `make e2e` (needs /usr/bin/chromium; .ci/run installs it).
"""

import os
from datetime import date
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from newsdesk.demo.services import demo_load
from newsdesk.newsroom.models import ClippingPage

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 375, "height": 740}

pytestmark = [
    pytest.mark.browser,
    # Wagtail's root page and locale come from migrations: restore them after
    # each test's flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Playwright's sync API runs an event loop in this thread; the database calls
# the fixtures make here are ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def site(live_server):
    demo_load(today=date(2026, 11, 20))
    return live_server.url


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2)
    page = context.new_page()
    yield page
    context.close()


def test_home_fits_a_phone_and_makes_no_third_party_requests(site, phone):
    hosts = set()
    phone.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    phone.goto(site + "/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"page is {width}px wide on a 375px phone"
    assert phone.get_by_text("Page 1 of").is_visible()
    assert phone.locator(".site-nav a").first.is_visible()
    assert hosts == {urlsplit(site).netloc}


def test_skip_link_is_first_and_moves_focus_to_the_content(site, phone):
    phone.goto(site + "/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    box = phone.locator(".skip-link").bounding_box()
    assert box["y"] >= 0  # visible once focused
    phone.keyboard.press("Enter")
    assert phone.evaluate("document.activeElement.id") == "content"


def test_persian_clipping_reads_right_to_left(site, phone):
    clipping = ClippingPage.objects.filter(language="fa").first()
    phone.goto(site + clipping.url)
    article = phone.locator("article.clipping")
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # The quoted passage starts at the right edge, the site's chrome at the left.
    excerpt = phone.locator(".excerpt p").last.bounding_box()
    article_box = article.bounding_box()
    assert (
        excerpt["x"] + excerpt["width"] >= article_box["x"] + article_box["width"] - 30
    )
    header = phone.locator(".site-name")
    assert header.evaluate("el => getComputedStyle(el).direction") == "ltr"


def test_rtl_items_inside_the_english_listing(site, phone):
    phone.goto(site + "/")
    directions = phone.locator("article.item").evaluate_all(
        "items => items.map(el => getComputedStyle(el).direction)"
    )
    phone.goto(site + "/page/2/")
    directions += phone.locator("article.item").evaluate_all(
        "items => items.map(el => getComputedStyle(el).direction)"
    )
    assert "rtl" in directions and "ltr" in directions
