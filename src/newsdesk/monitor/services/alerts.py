"""Alerts: mail chosen staff about a topic's new stories, once per story."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse

from ..models import AlertDelivery, AlertFrequency, Story, StoryMatch, TopicAlert

log = logging.getLogger(__name__)

PERIODS = {
    AlertFrequency.IMMEDIATELY: timedelta(0),
    AlertFrequency.HOURLY: timedelta(hours=1),
    AlertFrequency.DAILY: timedelta(days=1),
}


def alerts_queue(*, story: Story, topic_ids: Iterable[int]) -> int:
    """Queue the story for everyone alerted on these topics; return how many.

    A person already told (or to be told) about the story is not queued
    again, whichever topic matched first: one mail line per story and person.
    """
    queued = 0
    for alert in TopicAlert.objects.filter(
        topic_id__in=set(topic_ids), user__is_active=True
    ):
        _, created = AlertDelivery.objects.get_or_create(
            user_id=alert.user_id, story=story, defaults={"alert": alert}
        )
        queued += created
    return queued


def alert_due(*, alert: TopicAlert, now: datetime) -> bool:
    """Say whether the alert's pace lets it send now."""
    if alert.last_sent_at is None:
        return True
    return now - alert.last_sent_at >= PERIODS[AlertFrequency(alert.frequency)]


def alerts_send(*, now: datetime) -> int:
    """Mail every alert that is due and has stories waiting; return mails sent.

    Running it twice sends nothing the second time: a delivery is marked in
    the same transaction as its mail, and a failed mail leaves it waiting.
    """
    sent = 0
    pending = AlertDelivery.objects.filter(alert=OuterRef("pk"), sent_at__isnull=True)
    waiting = TopicAlert.objects.filter(Exists(pending)).order_by("pk")
    for alert in waiting.select_related("user", "topic"):
        if not alert_due(alert=alert, now=now):
            continue
        try:
            sent += alert_send(alert=alert, now=now)
        except Exception as error:  # noqa: BLE001 - one failure must not stop the rest
            log.warning(
                "alert not sent",
                extra={"alert_id": alert.pk, "error": repr(error)},
            )
    return sent


@transaction.atomic
def alert_send(*, alert: TopicAlert, now: datetime) -> int:
    """Mail the alert's waiting stories in one message; return 1 when mailed."""
    deliveries = list(
        # Lock the deliveries only: the outlet is on the nullable side of a join.
        AlertDelivery.objects.select_for_update(of=("self",))
        .filter(alert=alert, sent_at__isnull=True)
        .select_related("story__feed__outlet")
        .order_by("pk")
    )
    if not deliveries or not alert.user.email:
        return 0
    stories = [delivery.story for delivery in deliveries]
    count = len(stories)
    subject = f"{alert.topic.name}: {count} new stor{'y' if count == 1 else 'ies'}"
    body = alert_body(alert=alert, stories=stories)
    send_mail(subject, body, None, [alert.user.email])
    AlertDelivery.objects.filter(pk__in=[d.pk for d in deliveries]).update(sent_at=now)
    TopicAlert.objects.filter(pk=alert.pk).update(last_sent_at=now)
    return 1


def alert_body(*, alert: TopicAlert, stories: list[Story]) -> str:
    """Write the mail: each story, its outlet, the alias in context, its link."""
    matches = StoryMatch.objects.filter(
        story__in=stories, topic_id=alert.topic_id
    ).select_related("alias")
    by_story: dict[int, list[StoryMatch]] = {}
    for match in matches:
        by_story.setdefault(match.story_id, []).append(match)
    parts = [f"New stories on the watchlist topic “{alert.topic.name}”:", ""]
    for story in stories:
        outlet = story.feed.outlet.name if story.feed.outlet else story.feed.outlet_name
        parts.append(
            f"* {story.title or story.url}" + (f" ({outlet})" if outlet else "")
        )
        for match in by_story.get(story.pk, []):
            parts.append(f"  “{match.alias.text}”: {match.context}")
        parts.append(f"  In the inbox: {inbox_link(story=story)}")
        parts.append(f"  At the source: {story.url}")
        parts.append("")
    parts.append(f"You get these {alert.frequency}; change it in the topic's Alerts.")
    return "\n".join(parts)


def inbox_link(*, story: Story) -> str:
    """Return the full address of the inbox showing just this story."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{reverse('monitor_inbox')}?{urlencode({'story': story.pk})}"
