"""Re-checking stored stories when a topic is added or edited."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from newsdesk.monitor.models import Story, StoryMatch, StoryStatus, Topic
from newsdesk.monitor.services import topic_backfill
from newsdesk.monitor.tests.factories import FeedFactory, topic_with_terms

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories():
    feed = FeedFactory()
    texts = [
        ("Storm closes Shkodra port", "sq"),
        ("Ferry news from Kestrel Bay", "en"),
        ("Nothing to see", "en"),
        ("بیانیه سپاه‌ها درباره بندر", "fa"),
        ("والحرس في الميناء", "ar"),
        ("Kestrelbay Inc. results", "en"),
    ]
    return [
        Story.objects.create(
            feed=feed, url=f"https://a.example/{n}", title=title, language=language
        )
        for n, (title, language) in enumerate(texts)
    ]


def matched(topic):
    return sorted(
        StoryMatch.objects.filter(topic=topic).values_list(
            "story__title", "term__label"
        )
    )


def test_a_new_topic_finds_stories_already_stored(stories, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "BACKFILL_BATCH_SIZE": 2}
    topic = topic_with_terms(
        "Harbours",
        {"Shkodër": "", "Kestrel Bay": "", "Guard": "سپاه\nالحرس"},
    )
    seen = []
    report = topic_backfill(topic=topic, progress=lambda r: seen.append(r.checked))
    assert seen == [2, 4, 6]  # a running count, one step per batch
    assert (report.checked, report.total, report.added) == (6, 6, 4)
    assert matched(topic) == [
        ("Ferry news from Kestrel Bay", "Kestrel Bay"),
        ("Storm closes Shkodra port", "Shkodër"),
        ("بیانیه سپاه‌ها درباره بندر", "Guard"),
        ("والحرس في الميناء", "Guard"),
    ]
    topic.refresh_from_db()
    assert topic.backfill_checked == 6 and topic.backfill_finished_at is not None
    assert topic.backfill_progress == "6 stories checked"


def test_running_twice_adds_nothing(stories):
    topic = topic_with_terms("Harbours", {"Shkodër": "", "Kestrel Bay": ""})
    topic_backfill(topic=topic)
    first = list(StoryMatch.objects.values_list("pk", "story", "term"))
    again = topic_backfill(topic=topic)
    assert (again.added, again.removed) == (0, 0)
    assert list(StoryMatch.objects.values_list("pk", "story", "term")) == first


def test_an_edit_drops_matches_that_no_longer_hold_on_new_stories(stories):
    topic = topic_with_terms("Bay", {"Kestrel Bay": "Shkodër"})
    topic_backfill(topic=topic)
    assert len(matched(topic)) == 2
    Story.objects.filter(pk=stories[0].pk).update(status=StoryStatus.CLIPPED)
    Topic.objects.filter(pk=topic.pk).update(exclusions="ferry\nstorm")
    topic.refresh_from_db()
    report = topic_backfill(topic=topic)
    # Both are excluded now: the new story leaves the inbox, the clipped one
    # keeps the match it was clipped for.
    assert report.removed == 1
    assert matched(topic) == [("Storm closes Shkodra port", "Kestrel Bay")]


def test_the_command_shows_progress_and_a_summary(stories):
    topic_with_terms("Harbours", {"Kestrel Bay": ""})
    out = StringIO()
    call_command("backfill_topic", "--topic", "Harbours", stdout=out)
    assert "6/6 checked" in out.getvalue()
    assert "6 stories checked, 1 matches added, 0 removed" in out.getvalue()
    out = StringIO()
    call_command("backfill_topic", "--all", stdout=out)
    assert "0 matches added" in out.getvalue()


def test_the_command_names_a_missing_topic():
    with pytest.raises(CommandError, match="No topic is named 'Nope'"):
        call_command("backfill_topic", "--topic", "Nope")


def test_old_stories_are_matched_but_not_alerted(stories, django_user_model):
    from newsdesk.monitor.models import AlertDelivery, TopicAlert

    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    topic = topic_with_terms("Harbours", {"Kestrel Bay": "Shkodër"})
    TopicAlert.objects.create(topic=topic, user=user, frequency="daily")
    Story.objects.filter(pk=stories[0].pk).update(
        created_at=timezone.now() - timedelta(days=30)
    )
    topic_backfill(topic=topic)
    assert len(matched(topic)) == 2
    assert list(AlertDelivery.objects.values_list("story", flat=True)) == [
        stories[1].pk
    ]
