"""Sending through a real SMTP server: headers, languages, refusals, resuming."""

import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from newsdesk.newsletter.models import Delivery, Mailing, Subscriber
from newsdesk.newsletter.sending import (
    Clock,
    deliveries_claim,
    delivery_hand_over,
    mailing_send_batch,
)
from newsdesk.newsletter.services import mailing_send

from . import factories

pytestmark = pytest.mark.django_db


def send_all(mailing, clock=None, rounds=20):
    """Run batches until the mailing says it is done (or the rounds run out)."""
    reports = []
    for _ in range(rounds):
        mailing.refresh_from_db()
        if mailing.status != Mailing.Status.SENDING:
            break
        reports.append(mailing_send_batch(mailing=mailing, clock=clock))
        if reports[-1].smtp_down:
            break
    return reports


def test_each_confirmed_subscriber_gets_one_message_with_both_parts(smtp, tunables):
    factories.subscribers(3)
    factories.subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    send_all(mailing)
    assert sorted(smtp.recorder.recipients) == [
        f"reader{n:03d}@example.org" for n in range(3)
    ]
    message = smtp.recorder.messages[0]
    assert message["Subject"] == "Weekly Digest – 12"
    types = [part.get_content_type() for part in message.walk()]
    assert "text/plain" in types and "text/html" in types
    mailing.refresh_from_db()
    assert (mailing.status, mailing.sent_count, mailing.queued_count) == ("done", 3, 0)


def test_headers_carry_one_click_unsubscribe_and_the_recorded_message_id(
    smtp, tunables, client
):
    tunables["NEWSLETTER_UNSUBSCRIBE_MAILTO"] = "leave@example.org"
    reader = factories.subscriber("reader@example.org")
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    send_all(mailing)
    message = smtp.recorder.messages[0]
    delivery = Delivery.objects.get(subscriber=reader)
    assert message["Message-ID"] == delivery.message_id
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = [t.strip() for t in message["List-Unsubscribe"].split(",")]
    assert https.startswith("<http://127.0.0.1:8000/newsletter/unsubscribe/")
    assert mailto == "<mailto:leave@example.org?subject=unsubscribe>"
    url = https.strip("<>")
    assert url in message.get_body(("plain",)).get_content()
    assert url in message.get_body(("html",)).get_content()
    # RFC 8058: the mail client posts without a CSRF token or a cookie.
    response = client.post(
        url.removeprefix("http://127.0.0.1:8000"),
        {"List-Unsubscribe": "One-Click"},
    )
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_parts_follow_the_languages_the_subscriber_chose(smtp, tunables):
    factories.subscriber("all@example.org")
    factories.subscriber("fa@example.org", languages="fa")
    factories.subscriber("en-fr@example.org", languages="en fr")
    factories.subscriber("sq@example.org", languages="sq")
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    send_all(mailing)
    texts = {
        m["To"]: m.get_body(("plain",)).get_content() for m in smtp.recorder.messages
    }
    assert set(texts) == {"all@example.org", "fa@example.org", "en-fr@example.org"}
    assert all("Weekly Digest – 12" in text for text in texts.values())
    assert "سرشماری" in texts["fa@example.org"]
    assert "heron" not in texts["fa@example.org"]
    assert (
        "heron" in texts["en-fr@example.org"] and "marée" in texts["en-fr@example.org"]
    )
    assert "سرشماری" not in texts["en-fr@example.org"]
    assert all(w in texts["all@example.org"] for w in ("heron", "سرشماری", "marée"))
    html = next(m for m in smtp.recorder.messages if m["To"] == "fa@example.org")
    assert 'lang="fa" dir="rtl"' in html.get_body(("html",)).get_content()
    skipped = Delivery.objects.get(email="sq@example.org")
    assert skipped.status == Delivery.Status.SKIPPED


def test_a_permanent_refusal_bounces_the_address_and_later_mailings_skip_it(
    smtp, tunables
):
    factories.subscribers(2)
    smtp.recorder.replies["reader001@example.org"] = "550 5.1.1 No such mailbox"
    first = factories.mailing()
    mailing_send(mailing=first)
    send_all(first)
    refused = Delivery.objects.get(mailing=first, email="reader001@example.org")
    assert (refused.status, refused.smtp_code) == ("failed", 550)
    assert "No such mailbox" in refused.error
    bounced = Subscriber.objects.get(email="reader001@example.org")
    assert bounced.status == Subscriber.Status.BOUNCED
    second = factories.mailing(subject="Weekly Digest – 13")
    mailing_send(mailing=second)
    send_all(second)
    assert smtp.recorder.recipients.count("reader001@example.org") == 0
    assert smtp.recorder.recipients.count("reader000@example.org") == 2
    assert not Delivery.objects.filter(mailing=second, email="reader001@example.org")


def test_a_temporary_refusal_waits_then_is_retried(smtp, tunables):
    factories.subscribers(2)
    smtp.recorder.replies["reader001@example.org"] = "451 4.3.0 Try again later"
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    report = mailing_send_batch(mailing=mailing, clock=Clock(now=lambda: now))
    assert (report.sent, report.deferred) == (1, 1)
    waiting = Delivery.objects.get(email="reader001@example.org")
    assert (waiting.status, waiting.smtp_code, waiting.attempts) == ("queued", 451, 1)
    assert waiting.next_attempt_at > now
    assert report.next_run == waiting.next_attempt_at
    # Not yet due: nothing is sent.
    again = mailing_send_batch(mailing=mailing, clock=Clock(now=lambda: now))
    assert again.sent == 0
    del smtp.recorder.replies["reader001@example.org"]
    later = waiting.next_attempt_at + timedelta(seconds=1)
    mailing_send_batch(mailing=mailing, clock=Clock(now=lambda: later))
    waiting.refresh_from_db()
    assert (waiting.status, waiting.attempts) == ("sent", 2)
    assert smtp.recorder.recipients.count("reader001@example.org") == 1
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.DONE


def test_temporary_refusals_give_up_after_the_last_attempt(smtp, tunables):
    tunables["NEWSLETTER_MAX_ATTEMPTS"] = 2
    factories.subscriber("busy@example.org")
    smtp.recorder.replies["busy@example.org"] = "452 4.2.2 Mailbox full"
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    start = timezone.now()
    for day in range(3):
        moment = start + timedelta(days=day)
        mailing_send_batch(mailing=mailing, clock=Clock(now=lambda m=moment: m))
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 2)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_smtp_down_leaves_everyone_queued_and_asks_for_a_later_run(settings, tunables):
    from .smtp import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    factories.subscribers(3)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    report = mailing_send_batch(mailing=mailing, clock=Clock(now=lambda: now))
    assert "Connection" in report.smtp_down
    assert report.next_run > now
    assert set(Delivery.objects.values_list("status", "attempts")) == {("queued", 0)}


def test_the_server_going_away_mid_batch_then_resuming_mails_everyone_once(
    smtp, tunables
):
    factories.subscribers(10)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    smtp.recorder.drop_after = 4
    report = mailing_send_batch(mailing=mailing)
    assert report.sent == 4 and report.smtp_down
    assert Delivery.objects.filter(status="sent").count() == 4
    assert Delivery.objects.filter(status="queued").count() == 6
    smtp.recorder.drop_after = None
    send_all(mailing)
    assert sorted(smtp.recorder.recipients) == [
        f"reader{n:03d}@example.org" for n in range(10)
    ]
    mailing.refresh_from_db()
    assert (mailing.status, mailing.sent_count) == ("done", 10)


def test_a_worker_killed_after_claiming_leaves_rows_that_resume_after_the_lease(
    smtp, tunables
):
    factories.subscribers(5)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    # A worker claims a batch and is killed before sending any of it.
    claimed = deliveries_claim(mailing=mailing, now=now)
    assert len(claimed) == 5
    ids = {d.pk: d.message_id for d in claimed}
    # Another worker, within the lease: nothing to take, nothing sent twice.
    assert mailing_send_batch(mailing=mailing, clock=Clock(now=lambda: now)).sent == 0
    after = now + timedelta(seconds=tunables["NEWSLETTER_LEASE_SECONDS"] + 1)
    send_all(mailing, clock=Clock(now=lambda: after))
    assert len(smtp.recorder.messages) == 5
    assert {m["Message-ID"] for m in smtp.recorder.messages} == set(ids.values())


def test_rows_handed_to_smtp_by_a_killed_worker_are_flagged_by_default(smtp, tunables):
    assert tunables["NEWSLETTER_RESEND_UNCERTAIN"] is False  # the default
    factories.subscribers(3)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    # A worker hands two messages to the server and is killed before marking
    # them; the third it had only claimed.
    claimed = deliveries_claim(mailing=mailing, now=now)
    assert all(delivery_hand_over(delivery=d, now=now) for d in claimed[:2])
    after = now + timedelta(seconds=tunables["NEWSLETTER_LEASE_SECONDS"] + 1)
    send_all(mailing, clock=Clock(now=lambda: after))
    assert smtp.recorder.recipients == ["reader002@example.org"]
    statuses = dict(Delivery.objects.values_list("email", "status"))
    assert statuses == {
        "reader000@example.org": "uncertain",
        "reader001@example.org": "uncertain",
        "reader002@example.org": "sent",
    }
    mailing.refresh_from_db()
    assert (mailing.status, mailing.sent_count, mailing.failed_count) == (
        "done",
        1,
        2,
    )


def test_rows_handed_to_smtp_by_a_killed_worker_are_resent_when_so_configured(
    smtp, tunables
):
    tunables["NEWSLETTER_RESEND_UNCERTAIN"] = True
    factories.subscribers(2)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    claimed = deliveries_claim(mailing=mailing, now=now)
    assert all(delivery_hand_over(delivery=d, now=now) for d in claimed)
    after = now + timedelta(seconds=tunables["NEWSLETTER_LEASE_SECONDS"] + 1)
    send_all(mailing, clock=Clock(now=lambda: after))
    # Sent again with the Message-ID recorded at the claim.
    assert {m["Message-ID"] for m in smtp.recorder.messages} == {
        d.message_id for d in claimed
    }
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}


def test_a_lost_lease_hands_nothing_over(smtp, tunables):
    factories.subscribers(1)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    now = timezone.now()
    (delivery,) = deliveries_claim(mailing=mailing, now=now)
    after = now + timedelta(seconds=tunables["NEWSLETTER_LEASE_SECONDS"] + 1)
    assert not delivery_hand_over(delivery=delivery, now=after)
    # Another worker took the row: the first one's claim id no longer fits.
    (taken,) = deliveries_claim(mailing=mailing, now=after)
    assert not delivery_hand_over(delivery=delivery, now=now)
    assert delivery_hand_over(delivery=taken, now=after)


def test_sending_twice_and_adding_late_subscribers_never_duplicates(smtp, tunables):
    factories.subscribers(3)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    send_all(mailing)
    factories.subscriber("late@example.org")
    mailing_send(mailing=mailing)
    mailing_send(mailing=mailing)
    send_all(mailing)
    assert Delivery.objects.count() == 4
    assert len(smtp.recorder.messages) == 4


def test_batches_respect_the_batch_size_and_the_rate(smtp, tunables):
    tunables["NEWSLETTER_BATCH_SIZE"] = 4
    tunables["NEWSLETTER_MESSAGES_PER_SECOND"] = 5.0
    factories.subscribers(6)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)
    pauses = []
    clock = Clock(sleep=pauses.append)
    first = mailing_send_batch(mailing=mailing, clock=clock)
    assert (first.sent, first.remaining) == (4, 2)
    assert first.next_run is not None
    assert len(pauses) == 4 and all(0 < p <= 0.2 for p in pauses)
    second = mailing_send_batch(mailing=mailing, clock=clock)
    assert (second.sent, second.remaining, second.next_run) == (2, 0, None)


def test_an_address_that_bounced_meanwhile_is_skipped_by_queued_mailings(
    smtp, tunables
):
    factories.subscribers(2)
    smtp.recorder.replies["reader001@example.org"] = "550 5.1.1 No such mailbox"
    first, second = factories.mailing(), factories.mailing(subject="Special issue")
    mailing_send(mailing=first)
    mailing_send(mailing=second)
    send_all(first)
    send_all(second)
    skipped = Delivery.objects.get(mailing=second, email="reader001@example.org")
    assert skipped.status == Delivery.Status.SKIPPED
    assert smtp.recorder.recipients.count("reader001@example.org") == 0


def test_a_message_that_cannot_be_rendered_fails_alone(smtp, tunables):
    factories.subscribers(2)
    broken = factories.mailing()
    broken.parts = [{"language": 7}]  # not what mailing_create stores
    broken.save()
    mailing_send(mailing=broken)
    send_all(broken)
    assert set(Delivery.objects.values_list("status", flat=True)) == {"failed"}
    assert "Not rendered" in Delivery.objects.first().error
    broken.refresh_from_db()
    assert broken.status == "done"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("resend_uncertain", [True, False])
def test_a_sender_whose_lease_ran_out_stops_before_mailing_anyone_twice(
    smtp, tunables, resend_uncertain
):
    """Two senders: the second starts when the first one's lease has run out."""
    tunables["NEWSLETTER_LEASE_SECONDS"] = 2
    tunables["NEWSLETTER_RESEND_UNCERTAIN"] = resend_uncertain
    smtp.recorder.delay = 0.5  # 8 messages take the first sender 4 s
    factories.subscribers(8)
    mailing = factories.mailing()
    mailing_send(mailing=mailing)

    def sender(wait: float) -> None:
        time.sleep(wait)
        try:
            mailing_send_batch(mailing=Mailing.objects.get(pk=mailing.pk))
        finally:
            connection.close()

    senders = [threading.Thread(target=sender, args=(w,)) for w in (0, 2.5)]
    for thread in senders:
        thread.start()
    for thread in senders:
        thread.join(timeout=60)
    send_all(mailing)  # whatever a stopped sender gave back

    received = Counter(smtp.recorder.recipients)
    assert received == {f"reader{n:03d}@example.org": 1 for n in range(8)}
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    mailing.refresh_from_db()
    assert (mailing.status, mailing.sent_count) == ("done", 8)
