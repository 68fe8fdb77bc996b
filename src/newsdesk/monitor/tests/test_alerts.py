"""Alerts: chosen staff mailed about a topic's stories, once per story (real SMTP)."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from newsdesk.monitor.models import AlertDelivery, Story, TopicAlert
from newsdesk.monitor.services import alerts_send, topic_backfill
from newsdesk.monitor.tests.factories import (
    FeedFactory,
    OutletFactory,
    topic_with_terms,
)

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def feed():
    return FeedFactory(outlet=OutletFactory(name="Saltreach Courier"))


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "ed", "ed@example.org", "pw", is_staff=True
    )


def add_story(feed, n, title, language="en"):
    return Story.objects.create(
        feed=feed, url=f"https://courier.example/{n}", title=title, language=language
    )


def bodies(smtp):
    return [m.get_content() for m in smtp.recorder.messages]


def test_immediate_alert_mails_the_alias_in_context_and_a_link_once(
    smtp, feed, editor, client
):
    topic = topic_with_terms("Harbours", {"Shkodër": ""})
    TopicAlert.objects.create(topic=topic, user=editor, frequency="immediately")
    story = add_story(feed, 1, "Storm closes the port of Shkodra tonight", "sq")
    topic_backfill(topic=topic)
    assert alerts_send(now=T0) == 1
    assert alerts_send(now=T0 + timedelta(minutes=1)) == 0  # sent once
    (message,) = smtp.recorder.messages
    assert message["To"] == "ed@example.org"
    assert message["Subject"] == "Harbours: 1 new story"
    body = message.get_content()
    assert "Storm closes the port of Shkodra tonight (Saltreach Courier)" in body
    assert "“Shkodër”: Storm closes the port of Shkodra tonight" in body
    link = next(line.split(": ", 1)[1] for line in body.splitlines() if "inbox" in line)
    client.force_login(editor)
    editor.is_superuser = True
    editor.save()
    page = client.get(urlsplit(link).path + "?" + urlsplit(link).query)
    assert page.status_code == 200
    assert [row.story.pk for row in page.context["rows"]] == [story.pk]


def test_hourly_alert_gathers_stories_and_waits_for_its_hour(smtp, feed, editor):
    topic = topic_with_terms("Bay", {"Kestrel Bay": ""})
    TopicAlert.objects.create(topic=topic, user=editor, frequency="hourly")
    add_story(feed, 1, "Kestrel Bay ferry late")
    add_story(feed, 2, "Kestrel Bay pier closed")
    topic_backfill(topic=topic)
    assert alerts_send(now=T0) == 1
    assert smtp.recorder.messages[0]["Subject"] == "Bay: 2 new stories"
    add_story(feed, 3, "Kestrel Bay ferries resume")
    topic_backfill(topic=topic)
    assert alerts_send(now=T0 + timedelta(minutes=30)) == 0
    assert alerts_send(now=T0 + timedelta(minutes=60)) == 1
    assert "Kestrel Bay ferries resume" in bodies(smtp)[1]
    assert "pier" not in bodies(smtp)[1]


def test_a_story_of_two_topics_is_mailed_once_to_one_person(smtp, feed, editor):
    bay = topic_with_terms("Bay", {"Kestrel Bay": ""})
    ferry = topic_with_terms("Ferries", {"ferry": ""})
    for topic in (bay, ferry):
        TopicAlert.objects.create(topic=topic, user=editor, frequency="immediately")
    add_story(feed, 1, "Kestrel Bay ferry late")
    topic_backfill(topic=bay)
    topic_backfill(topic=ferry)
    assert alerts_send(now=T0) == 1
    assert AlertDelivery.objects.count() == 1


def test_a_refused_mail_is_kept_and_sent_later(smtp, feed, editor):
    topic = topic_with_terms("Bay", {"Kestrel Bay": ""})
    TopicAlert.objects.create(topic=topic, user=editor, frequency="daily")
    add_story(feed, 1, "Kestrel Bay ferry late")
    topic_backfill(topic=topic)
    smtp.recorder.replies["ed@example.org"] = "550 mailbox unavailable"
    assert alerts_send(now=T0) == 0
    assert AlertDelivery.objects.get().sent_at is None
    smtp.recorder.replies.clear()
    assert alerts_send(now=T0 + timedelta(minutes=1)) == 1
    assert alerts_send(now=T0 + timedelta(days=2)) == 0
    assert len(smtp.recorder.messages) == 1


def test_a_poll_queues_its_matched_stories_for_the_alerted(
    smtp, editor, httpserver, settings
):
    """The poll's path to alerts: a real feed on 127.0.0.1, a real SMTP server."""
    from newsdesk.monitor.fetch import FetchConfig, Fetcher
    from newsdesk.monitor.selectors import matcher_build
    from newsdesk.monitor.services import PollContext, feed_poll

    topic = topic_with_terms("Bay", {"Kestrel Bay": ""})
    TopicAlert.objects.create(topic=topic, user=editor, frequency="immediately")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    items = "".join(
        f"<item><title>{title}</title><link>https://c.example/{n}</link></item>"
        for n, title in enumerate(["Kestrel Bay ferries late", "Weather"])
    )
    httpserver.expect_request("/feed").respond_with_data(
        f"<rss version='2.0'><channel><title>C</title>{items}</channel></rss>",
        content_type="application/rss+xml",
    )
    feed = FeedFactory(url=httpserver.url_for("/feed"))
    config = FetchConfig(host_delay=0, total_timeout=5, connect_timeout=2)
    with Fetcher(config=config) as fetcher:
        context = PollContext(
            fetcher=fetcher, matcher=matcher_build(), fetch_articles=False
        )
        feed_poll(feed=feed, context=context)
        feed_poll(feed=feed, context=context)
    assert alerts_send(now=T0) == 1
    assert "Kestrel Bay ferries late" in bodies(smtp)[0]
    assert "Weather" not in bodies(smtp)[0]
