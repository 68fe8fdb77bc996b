"""The inbox on a 390 px phone, by keyboard, in a real browser (make e2e)."""

import os

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import sync_playwright

from newsdesk.monitor.models import Story, StoryStatus
from newsdesk.monitor.tests.factories import (
    FeedFactory,
    OutletFactory,
    topic_with_terms,
)
from newsdesk.monitor.tests.test_inbox import matched_story
from newsdesk.security.tests.helpers import PASSWORD, administrator

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_editor_works_the_inbox_on_a_phone_by_keyboard(live_server):
    topic = topic_with_terms("Ferry", {"Kestrel Bay": ""})
    feed = FeedFactory(outlet=OutletFactory(name="Saltreach Courier"))
    first, second, third = (
        matched_story(feed, n, topic, title=f"Ferry story {n}") for n in (10, 11, 12)
    )
    chief = administrator()
    chief.first_name, chief.last_name = "Chief", "Editor"
    chief.save()
    editors = Group.objects.create(name="Inbox editors")
    editors.permissions.add(Permission.objects.get(codename="change_story"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_context(viewport=PHONE).new_page()
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "chief")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        page.goto(f"{live_server.url}/admin/monitor/inbox/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"the inbox is {width}px wide"
        # Every filter is found by its label.
        filters = page.locator("form.monitor-inbox-filters")
        for label in ("Search", "Topic", "Language", "Outlet", "My stories"):
            assert filters.get_by_label(label, exact=True).count() == 1, label
        # Choose two stories with the keyboard; Enter on a box sends nothing.
        box = page.get_by_role("checkbox", name="Select Ferry story 10")
        box.focus()
        page.keyboard.press("Space")
        page.keyboard.press("Enter")
        page.get_by_role("checkbox", name="Select Ferry story 11").focus()
        page.keyboard.press("Space")
        assert box.is_checked()
        assert Story.objects.filter(assignee__isnull=False).count() == 0
        page.get_by_label("Assign to").select_option(label="chief")
        page.get_by_role("button", name="Assign selected").focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.get_by_text("2 stories assigned to Chief Editor.").is_visible()
        # My stories: the two, and nothing else.
        page.get_by_label("My stories").focus()
        page.keyboard.press("Space")
        page.get_by_role("button", name="Filter").press("Enter")
        page.wait_for_url("**mine=on**")
        rows = page.locator("table.monitor-inbox tbody tr")
        assert rows.count() == 2
        assert page.get_by_text("Assigned to Chief Editor").count() == 2
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"the filtered inbox is {width}px wide"
        # Dismiss both at once.
        for title in ("Ferry story 10", "Ferry story 11"):
            page.get_by_role("checkbox", name=f"Select {title}").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Dismiss selected").press("Enter")
        assert page.get_by_text("2 stories dismissed.").is_visible()
        browser.close()
    statuses = dict(Story.objects.values_list("pk", "status"))
    assert statuses[first.pk] == statuses[second.pk] == StoryStatus.DISMISSED
    assert statuses[third.pk] == StoryStatus.NEW
