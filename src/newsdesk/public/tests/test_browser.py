"""The demo site in a real browser: Debian's chromium driven by Playwright.

Run with `make e2e` (needs /usr/bin/chromium; .ci/run installs it).
"""

import json
import os
from datetime import date
from pathlib import Path
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
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
REPO = Path(__file__).resolve().parents[4]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "var" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    # Wagtail's root page and locale come from migrations: restore them after
    # each test's flush.
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
    assert width <= PHONE["width"], f"page is {width}px wide on a 360px phone"
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
    clipping = ClippingPage.objects.filter(language="fa", translated_title="").first()
    messages = []
    phone.on("console", lambda message: messages.append(message.text))
    phone.goto(site + clipping.url)
    # The strict Content-Security-Policy blocks nothing the page needs.
    assert not [m for m in messages if "Content Security Policy" in m], messages
    article = phone.locator("article.clipping")
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # The quoted passage starts at the right edge.
    excerpt = phone.locator(".excerpt p").last.bounding_box()
    article_box = article.bounding_box()
    assert (
        excerpt["x"] + excerpt["width"] >= article_box["x"] + article_box["width"] - 30
    )
    # The whole page is in the item's language (issue #21), chrome included.
    header = phone.locator(".site-name")
    assert header.evaluate("el => getComputedStyle(el).direction") == "rtl"


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


def axe_violations(page) -> list[dict]:
    """Run axe-core in the page; return its violations (WCAG 2.x A and AA)."""
    assert AXE.exists(), "Run `npm ci` first (make e2e does): axe-core is missing"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', "
        "'best-practice']})"
    )
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


def test_no_accessibility_violations(site, browser):
    clipping_en = ClippingPage.objects.filter(language="en").first()
    clipping_fa = ClippingPage.objects.filter(language="fa").first()
    urls = [
        "/",
        "/news/",
        "/tags/birds/",
        clipping_en.url,
        clipping_fa.url,
        "/search/?q=" + "lighthouse",
        "/search/?q=" + "فانوس",
    ]
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    page = context.new_page()
    found = {}
    for url in urls:
        page.goto(site + url)
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    context.close()
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


def test_search_in_persian_from_the_header(site, phone):
    phone.goto(site + "/")
    phone.fill("#site-search-q", "فانوس دریایی")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/search/?q=*")
    assert phone.locator("ol.results article").count() >= 1
    first = phone.locator("ol.results article").first
    assert first.get_attribute("dir") == "rtl"
    assert first.locator("mark").count() >= 1


def test_screenshots_of_the_home_page(site, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(site + "/")
        path = SCREENSHOTS / f"home-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        context.close()
        assert path.stat().st_size > 10_000


def test_a_reader_posts_a_comment_and_sees_it_once_approved(site, phone, settings):
    from newsdesk.engagement.models import Comment
    from newsdesk.engagement.services import comments_moderate

    settings.NEWSDESK = {**settings.NEWSDESK, "COMMENT_MIN_SECONDS": 0}
    clipping = ClippingPage.objects.live().order_by("pk").first()
    phone.goto(site + clipping.url)
    form = phone.locator("form.comment-form")
    form.get_by_label("Name").fill("Ilse Marr")
    form.get_by_label("Comment").fill("A careful summary.\nThank you.")
    form.get_by_role("button", name="Post comment").click()
    phone.wait_for_url("**?comment=received#comments")
    assert phone.get_by_text("your comment will appear once").is_visible()
    comment = Comment.objects.get(author_name="Ilse Marr")
    assert comment.status == "pending"
    assert comments_moderate(ids=[comment.pk], status="approved") == 1
    phone.reload()
    assert phone.locator(".comment-body").get_by_text("A careful summary.").is_visible()
