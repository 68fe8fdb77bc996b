"""A reader sends a contact message in a real browser (make e2e)."""

import pytest

from newsdesk.contact.models import ContactMessage
from newsdesk.public.tests.test_browser import DESKTOP, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_reader_sends_a_message_and_sees_only_that_it_was_received(
    site, phone, settings
):
    phone.goto(site + "/")
    phone.locator(".site-footer").get_by_role("link", name="Contact").click()
    phone.wait_for_url("**/contact/")
    form = phone.locator("form.contact-form")
    form.get_by_label("Name").fill("Orla Penn")
    form.get_by_label("How to reach you").fill("Signal: orla.07")
    form.get_by_label("Message").fill("The keepers were told to leave.\nThanks.")
    # Sent at once, sooner than CONTACT_MIN_SECONDS: refused, nothing lost.
    form.get_by_role("button", name="Send message").click()
    assert phone.get_by_role("alert").first.is_visible()
    assert form.get_by_label("Name").input_value() == "Orla Penn"
    assert form.get_by_label("Message").input_value() == (
        "The keepers were told to leave.\nThanks."
    )
    assert not ContactMessage.objects.exists()
    settings.NEWSDESK = {**settings.NEWSDESK, "CONTACT_MIN_SECONDS": 0}
    form.get_by_role("button", name="Send message").click()
    phone.wait_for_url("**/contact/received/")
    assert (
        phone.locator("main")
        .inner_text()
        .strip()
        .endswith("Your message was received.")
    )
    assert "orla" not in phone.content().lower()
    assert ContactMessage.objects.count() == 1


def test_the_contact_pages_have_no_accessibility_violations(site, browser):
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    page = context.new_page()
    found = {}
    for url in ("/contact/", "/contact/received/"):
        page.goto(site + url)
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    # The form shown again with its errors.
    page.goto(site + "/contact/")
    page.get_by_role("button", name="Send message").click()
    if violations := axe_violations(page):
        found["/contact/ (errors)"] = violations
    context.close()
    assert not found, found
