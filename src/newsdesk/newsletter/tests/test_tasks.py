"""The worker sends a queued mailing: `mailing_send` queues the task."""

import pytest
from django.core.management import call_command

from newsdesk.monitor.tests import queued
from newsdesk.newsletter.models import Mailing
from newsdesk.newsletter.services import mailing_send

from . import factories

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_worker_sends_every_batch_of_a_queued_mailing(
    smtp, tunables, django_capture_on_commit_callbacks
):
    tunables["NEWSLETTER_BATCH_SIZE"] = 2
    factories.subscribers(5)
    mailing = factories.mailing()
    with django_capture_on_commit_callbacks(execute=True):
        mailing_send(mailing=mailing)
    assert queued.statuses() == ["READY"]
    # `newsdesk worker` runs the configured backend's worker: db_worker on the
    # embedded default, RQ's (with its scheduler) when REDIS_URL is set.
    call_command("worker", "--batch", "--no-scheduler")
    mailing.refresh_from_db()
    assert (mailing.status, mailing.sent_count) == (Mailing.Status.DONE, 5)
    assert len(smtp.recorder.messages) == 5
    # One run per batch of two, each queueing the next.
    assert queued.statuses().count("SUCCESSFUL") == 3


def test_the_task_does_nothing_for_a_finished_or_missing_mailing(smtp, tunables):
    from newsdesk.newsletter.tasks import send_mailing

    mailing = factories.mailing()
    assert send_mailing.call(mailing.pk)["outcome"] == "nothing to do"
    assert send_mailing.call(10**6)["outcome"] == "nothing to do"


def test_resume_queues_only_stalled_mailings_once(tunables):
    from datetime import timedelta

    from django.utils import timezone

    from newsdesk.newsletter.services import mailings_resume

    factories.subscribers(1)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    assert mailings_resume(now=now) == []
    later = now + timedelta(seconds=tunables["NEWSLETTER_LEASE_SECONDS"] + 5)
    assert mailings_resume(now=later) == [mailing.pk]
    assert mailings_resume(now=later) == []
