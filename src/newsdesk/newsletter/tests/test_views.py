"""Subscribe, confirm and unsubscribe through the public pages, with real mail."""

import base64
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.engagement import antispam
from newsdesk.newsletter.models import Subscriber
from newsdesk.newsletter.views import FORM_ID
from newsdesk.newsroom.tests.factories import HomePageFactory

from . import factories

pytestmark = pytest.mark.django_db

SENT = "a message with a confirmation link is on its way"


@pytest.fixture(autouse=True)
def site():
    return HomePageFactory()


def stamp(ago=30):
    return antispam.stamp(page_id=FORM_ID, now=timezone.now() - timedelta(seconds=ago))


def subscribe(client, email, languages=(), ip="192.0.2.10", **extra):
    data = {"email": email, "languages": list(languages), "stamp": stamp(), **extra}
    return client.post("/subscribe/", data, REMOTE_ADDR=ip)


def link(message, name):
    body = message.get_body(("plain",)).get_content()
    url = re.search(rf"http://127\.0\.0\.1:8000(/newsletter/{name}/[^/\s]+/)", body)
    return url.group(1)


def test_every_page_has_the_subscribe_form_in_its_footer(client):
    page = client.get("/").content.decode()
    assert 'action="/subscribe/"' in page
    # No per-reader token, so every page stays in the page cache.
    assert 'name="csrfmiddlewaretoken"' not in page


def test_subscribe_confirm_by_post_and_receive_languages(client, smtp, tunables):
    response = subscribe(client, "New.Reader@Example.org", ["fa", "en"])
    assert response.status_code == 200 and SENT in response.content.decode()
    assert not Subscriber.objects.exists(), "nothing stored before confirmation"
    [mail] = smtp.recorder.messages
    assert mail["To"] == "new.reader@example.org"
    url = link(mail, "confirm")
    # A mail scanner following the link confirms nothing.
    assert client.get(url).status_code == 200
    assert not Subscriber.objects.exists()
    confirmed = client.post(url)
    assert confirmed.status_code == 200
    assert "Languages: English, Persian." in confirmed.content.decode()
    reader = Subscriber.objects.get()
    assert (reader.email, reader.languages, reader.status) == (
        "new.reader@example.org",
        "en fa",
        "confirmed",
    )
    assert reader.ip_hash and "192.0.2" not in reader.ip_hash


def test_the_answer_never_tells_whether_an_address_is_subscribed(client, smtp):
    factories.subscriber("known@example.org")
    known = subscribe(client, "known@example.org")
    unknown = subscribe(client, "stranger@example.org")
    assert known.status_code == unknown.status_code == 200
    strip = re.compile(r'name="(csrfmiddlewaretoken|stamp)" value="[^"]*"')
    assert strip.sub("", known.content.decode()) == strip.sub(
        "", unknown.content.decode()
    )
    assert sorted(smtp.recorder.recipients) == [
        "known@example.org",
        "stranger@example.org",
    ]


def test_an_expired_or_forged_confirm_link_is_refused(client, smtp, tunables):
    subscribe(client, "late@example.org")
    url = link(smtp.recorder.messages[0], "confirm")
    tunables["NEWSLETTER_CONFIRM_MAX_AGE"] = -1
    assert client.post(url).status_code == 400
    tunables["NEWSLETTER_CONFIRM_MAX_AGE"] = 3600
    payload = base64.urlsafe_b64encode(b'{"e":"fake@example.org","l":[]}')
    token = url.split("/")[3]
    forged = url.replace(token.split(":")[0], payload.decode().rstrip("="))
    assert client.post(forged).status_code == 400
    assert not Subscriber.objects.exists()
    assert client.post(url).status_code == 200


def test_rate_limits_per_address_and_per_ip(client, smtp, tunables):
    tunables["NEWSLETTER_SUBSCRIBE_RATE_PER_ADDRESS"] = (2, 3600)
    tunables["NEWSLETTER_SUBSCRIBE_RATE_PER_IP"] = (4, 3600)
    answers = [subscribe(client, "target@example.org").status_code for _ in range(3)]
    assert answers == [200, 200, 200]
    assert len(smtp.recorder.messages) == 2, "the third mail to one address is held"
    assert subscribe(client, "other@example.org").status_code == 200
    assert subscribe(client, "more@example.org").status_code == 429
    assert subscribe(client, "more@example.org", ip="198.51.100.7").status_code == 200


def test_robots_are_refused_quietly(client, smtp):
    honeypot = subscribe(client, "bot@example.org", nickname="filled")
    assert honeypot.status_code == 200
    too_fast = client.post(
        "/subscribe/", {"email": "fast@example.org", "stamp": stamp(ago=0)}
    )
    assert too_fast.status_code == 400
    assert smtp.recorder.messages == []


def test_a_post_from_another_site_is_refused(smtp):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    data = {"email": "x@example.org", "stamp": stamp()}
    foreign = strict.post("/subscribe/", data, HTTP_ORIGIN="https://elsewhere.example")
    assert foreign.status_code == 403
    cross = strict.post("/subscribe/", data, HTTP_SEC_FETCH_SITE="cross-site")
    assert cross.status_code == 403
    assert smtp.recorder.messages == []
    # The site's own pages post without a token: the origin check stands in.
    own = strict.post("/subscribe/", data, HTTP_ORIGIN="http://testserver")
    assert own.status_code == 200
    assert len(smtp.recorder.messages) == 1


def test_unsubscribe_by_link_shows_a_button_then_unsubscribes(client):
    from newsdesk.newsletter.compose import unsubscribe_url

    reader = factories.subscriber("leaving@example.org")
    path = unsubscribe_url(reader.pk).removeprefix("http://127.0.0.1:8000")
    page = client.get(path)
    assert page.status_code == 200 and b"Unsubscribe" in page.content
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED
    assert client.post(path).status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED
    assert client.post(path[:-3] + "xx/").status_code == 404


def test_bad_input_shows_the_form_again_and_mails_nobody(client, smtp):
    for data in (
        {"email": "not an address", "stamp": stamp()},
        {"email": "ok@example.org", "languages": ["xx"], "stamp": stamp()},
        {"stamp": "forged"},
    ):
        response = client.post("/subscribe/", data)
        assert response.status_code == 400
        assert b'class="subscribe-form"' in response.content
    assert smtp.recorder.messages == []
