"""The site in every language, in a real browser (issue #21): right-to-left
pages mirrored whole, the language switcher, accessibility, screenshots."""

import json

import pytest

from .test_browser import DESKTOP, PHONE, SCREENSHOTS, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_right_to_left_homes_are_mirrored_whole(site, phone, code):
    phone.goto(f"{site}/{code}/")
    direction = phone.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"
    assert phone.evaluate("document.documentElement.lang") == code
    # The masthead starts at the right edge, as the items do.
    name = phone.locator(".site-name a").bounding_box()
    assert name["x"] + name["width"] >= PHONE["width"] - 40
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"/{code}/ is {width}px wide on a phone"


def test_the_switcher_leads_to_the_same_listing_in_another_language(site, phone):
    phone.goto(site + "/news/")
    phone.locator(".language-switcher a[hreflang='fa']").click()
    phone.wait_for_url("**/fa/news/")
    assert phone.evaluate("document.documentElement.lang") == "fa"
    phone.locator(".language-switcher a[hreflang='en']").click()
    phone.wait_for_url("**/news/")
    assert phone.evaluate("document.documentElement.dir") == "ltr"


def test_no_accessibility_violations_in_any_language(site, browser):
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    page = context.new_page()
    found = {}
    for code in ("fa", "ar", "fr", "sq"):
        page.goto(f"{site}/{code}/")
        violations = axe_violations(page)
        if violations:
            found[code] = violations
    context.close()
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


def test_screenshots_of_the_right_to_left_homes(site, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for code in ("fa", "ar"):
        for width in (360, 1280):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            page.goto(f"{site}/{code}/")
            path = SCREENSHOTS / f"home-{code}-{width}.png"
            page.screenshot(path=str(path), full_page=True)
            context.close()
            assert path.stat().st_size > 10_000
