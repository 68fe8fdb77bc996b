"""The scheduler mails the editors that the week's digest is due."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured

from newsdesk.digests.reminders import reminder_weekday
from newsdesk.digests.services import digest_draft, digest_publish
from newsdesk.monitor.scheduler import scheduler_tick

from .factories import WEEK, build_site, clipping

THURSDAY = datetime(2024, 1, 4, 10, 0, tzinfo=UTC)
FRIDAY = datetime(2024, 1, 5, 10, 0, tzinfo=UTC)


@pytest.fixture
def week(db, settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "DIGEST_REMINDER_DAY": "Friday"}
    editors, _ = Group.objects.get_or_create(name="Editors")
    users = get_user_model()
    users.objects.create_user("ed", "ed@example.org").groups.add(editors)
    users.objects.create_user("reader", "reader@example.org")
    _, section, (courier, _) = build_site()
    clipping(section, courier, title="Ferry resumes", day=0)
    clipping(section, courier, title="Wetland count", day=1)
    digest_draft(week_start=WEEK)
    clipping(section, courier, title="Harbour vote", day=2)
    return section


def tick(when):
    with time_machine.travel(when, tick=False):
        return scheduler_tick(holder="test", now=when)


def test_the_scheduler_reminds_the_editors_on_the_day(week, smtp):
    tick(THURSDAY)
    assert smtp.recorder.messages == []
    tick(FRIDAY)
    [message] = smtp.recorder.messages
    assert message["To"] == "ed@example.org"
    assert message["Subject"] == "The Weekly Digest for January 1 – 7 2024 is due"
    text = message.get_content()
    assert "1 clipping published this week is not yet in it." in text
    assert "Weekly Digest – 1 is still a draft." in text
    assert "/admin/digests/draft/" in text
    # Once a day: a second tick the same day mails nobody again.
    tick(FRIDAY.replace(hour=11))
    assert len(smtp.recorder.messages) == 1


def test_no_reminder_once_the_issue_is_live(week, smtp):
    from newsdesk.digests.selectors import issue_for_week

    digest_publish(issue=issue_for_week(WEEK))
    tick(FRIDAY)
    assert smtp.recorder.messages == []


@pytest.mark.parametrize(("value", "day"), [("off", None), ("", None), ("Monday", 0)])
def test_reminder_day_setting(settings, value, day):
    settings.NEWSDESK = {**settings.NEWSDESK, "DIGEST_REMINDER_DAY": value}
    assert reminder_weekday() == day


def test_a_wrong_reminder_day_says_what_to_write(settings):
    settings.NEWSDESK = {**settings.NEWSDESK, "DIGEST_REMINDER_DAY": "someday"}
    with pytest.raises(ImproperlyConfigured, match="set it to a weekday"):
        reminder_weekday()
