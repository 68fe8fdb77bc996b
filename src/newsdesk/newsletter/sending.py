"""Send a mailing's deliveries in batches: claim, send, mark — each exactly once.

A delivery is claimed (queued → sending, with a lease, a claim id and a
Message-ID) in one transaction. Just before a message goes to the SMTP server
the claim id serves as a fencing token: one statement checks that this
worker still holds the row and that its lease has not run out, renews the
lease and records the hand-over; a worker that lost its lease stops there and
gives back what it has not sent. The outcome is then marked in one statement
guarded by the claim id.

A worker killed after claiming leaves "sending" rows whose lease runs out.
Rows never handed over go back to the queue. A row handed over but not
marked may have been accepted: NEWSLETTER_RESEND_UNCERTAIN decides whether it
is marked "uncertain" for a person to check (the default: nobody is mailed
twice) or sent again (same Message-ID, so clients that dedupe by it show it
once; nobody is skipped).
"""

from __future__ import annotations

import logging
import smtplib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from newsdesk import conf

from .compose import Composer
from .models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)
Status = Delivery.Status


@dataclass
class BatchReport:
    """What one batch did, and when the mailing needs another one."""

    sent: int = 0
    failed: int = 0
    deferred: int = 0
    skipped: int = 0
    smtp_down: str = ""
    lease_lost: bool = False
    remaining: int = 0
    next_run: datetime | None = None
    errors: list[str] = field(default_factory=list)


class SmtpDown(Exception):
    """The mail server cannot be reached or refuses to work; stop the batch."""


class LeaseLost(Exception):
    """This worker's lease on a delivery ran out or was taken; stop the batch."""


@dataclass(frozen=True)
class Clock:
    """The time and the pause between messages, replaceable in tests."""

    now: Callable[[], datetime] = timezone.now
    sleep: Callable[[float], None] = time.sleep


def mailing_send_batch(*, mailing: Mailing, clock: Clock | None = None) -> BatchReport:
    """Send one batch of the mailing's queued deliveries; safe to run at any time.

    Running it twice, or in two workers at once, sends nothing twice: each
    worker sends only the rows its own claim took.
    """
    clock = clock or Clock()
    report = BatchReport()
    deliveries = deliveries_claim(mailing=mailing, now=clock.now())
    if deliveries:
        _send_claimed(mailing, deliveries, clock, report)
    mailing_refresh(mailing=mailing, now=clock.now())
    report.remaining = mailing.queued_count
    report.next_run = _next_run(mailing, report, clock.now())
    return report


@transaction.atomic
def deliveries_claim(*, mailing: Mailing, now: datetime) -> list[Delivery]:
    """Take up to a batch of due deliveries for this worker, with a lease."""
    _expire_leases(mailing, now)
    # Addresses that bounced or left since the mailing was queued get nothing.
    Delivery.objects.filter(mailing=mailing, status=Status.QUEUED).exclude(
        subscriber__status=Subscriber.Status.CONFIRMED
    ).update(status=Status.SKIPPED, error="No longer subscribed.")
    due = (
        Delivery.objects.filter(mailing=mailing, status=Status.QUEUED)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    ids = list(due[: conf.get("NEWSLETTER_BATCH_SIZE")])
    claim = uuid.uuid4().hex
    lease = now + timedelta(seconds=conf.get("NEWSLETTER_LEASE_SECONDS"))
    Delivery.objects.filter(pk__in=ids, status=Status.QUEUED).update(
        status=Status.SENDING,
        claim=claim,
        lease_until=lease,
        handed_at=None,
        attempts=F("attempts") + 1,
    )
    rows = list(
        Delivery.objects.filter(claim=claim, status=Status.SENDING)
        .select_related("subscriber")
        .order_by("pk")
    )
    fresh = [row for row in rows if not row.message_id]
    for row in fresh:
        # Recorded before sending: a resend after a crash carries the same id.
        row.message_id = make_msgid(domain=_domain())
    Delivery.objects.bulk_update(fresh, ["message_id"])
    return rows


def _domain() -> str:
    return urlsplit(settings.BASE_URL).hostname or "localhost"


def _expire_leases(mailing: Mailing, now: datetime) -> None:
    """Deal with rows a killed worker left "sending" (see the module docstring)."""
    stale = Delivery.objects.filter(
        mailing=mailing, status=Status.SENDING, lease_until__lt=now
    )
    too_many = stale.filter(attempts__gte=conf.get("NEWSLETTER_MAX_ATTEMPTS"))
    too_many.update(status=Status.FAILED, claim="", error="Too many interrupted tries.")
    # Never handed to the SMTP server: nobody got it, so it is simply queued.
    count = stale.filter(handed_at__isnull=True).update(
        status=Status.QUEUED, claim="", lease_until=None
    )
    uncertain = stale.filter(handed_at__isnull=False)
    if conf.get("NEWSLETTER_RESEND_UNCERTAIN"):
        flagged = 0
        count += uncertain.update(
            status=Status.QUEUED, claim="", lease_until=None, handed_at=None
        )
    else:
        flagged = uncertain.update(
            status=Status.UNCERTAIN,
            claim="",
            error="The worker stopped while sending; it may have been delivered.",
        )
    if count or flagged:
        logger.warning(
            "newsletter_leases_expired",
            extra={"mailing_id": mailing.pk, "count": count, "uncertain": flagged},
        )


def _send_claimed(
    mailing: Mailing, deliveries: list[Delivery], clock: Clock, report: BatchReport
) -> None:
    composer = Composer(mailing)
    connection = get_connection(fail_silently=False)
    interval = _interval()
    try:
        _open(connection)
        for index, delivery in enumerate(deliveries):
            started = time.monotonic()
            try:
                _send_one(composer, connection, delivery, clock, report)
            except SmtpDown as error:
                report.smtp_down = str(error)
                deliveries_release(deliveries=deliveries[index:])
                break
            except LeaseLost:
                report.lease_lost = True
                deliveries_release(deliveries=deliveries[index:])
                break
            _pace(interval, started, clock)
    except SmtpDown as error:
        report.smtp_down = str(error)
        deliveries_release(deliveries=deliveries)
    finally:
        _close(connection)
    if report.smtp_down:
        logger.warning(
            "newsletter_smtp_down",
            extra={"mailing_id": mailing.pk, "error": report.smtp_down},
        )
    if report.lease_lost:
        logger.warning("newsletter_lease_lost", extra={"mailing_id": mailing.pk})


def _interval() -> float:
    rate = float(conf.get("NEWSLETTER_MESSAGES_PER_SECOND") or 0)
    return 1.0 / rate if rate > 0 else 0.0


def _pace(interval: float, started: float, clock: Clock) -> None:
    spent = time.monotonic() - started
    if interval > spent:
        clock.sleep(interval - spent)


def _open(connection: object) -> None:
    try:
        connection.open()  # type: ignore[attr-defined]
    except (smtplib.SMTPException, OSError) as error:
        raise SmtpDown(_describe(error)) from error


def _close(connection: object) -> None:
    try:
        connection.close()  # type: ignore[attr-defined]
    except (smtplib.SMTPException, OSError):
        logger.info("newsletter_smtp_close_failed")


def _send_one(
    composer: Composer,
    connection: object,
    delivery: Delivery,
    clock: Clock,
    report: BatchReport,
) -> None:
    now = clock.now()
    try:
        message = composer.message(delivery)
    except Exception as error:  # noqa: BLE001 - one bad message must not stop the rest
        _mark(delivery, status=Status.FAILED, error=f"Not rendered: {_describe(error)}")
        report.failed += 1
        return
    if message is None:
        _mark(delivery, status=Status.SKIPPED, error="No part in the chosen languages.")
        report.skipped += 1
        return
    message.connection = connection
    if not delivery_hand_over(delivery=delivery, now=clock.now()):
        raise LeaseLost
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as error:
        code, text = next(iter(error.recipients.values()), (0, b""))
        _refused(delivery, code, _decode(text), now, report)
        return
    except smtplib.SMTPSenderRefused as error:
        raise SmtpDown(_describe(error)) from error
    except smtplib.SMTPResponseException as error:
        _refused(delivery, error.smtp_code, _decode(error.smtp_error), now, report)
        return
    except (smtplib.SMTPException, OSError) as error:
        raise SmtpDown(_describe(error)) from error
    _mark(delivery, status=Status.SENT, sent_at=now, smtp_code=250)
    report.sent += 1


@transaction.atomic
def delivery_hand_over(*, delivery: Delivery, now: datetime) -> bool:
    """Renew this worker's lease just before SMTP; False if the lease is lost.

    The claim id is the fencing token: a worker whose lease ran out, or whose
    row another worker took, changes nothing and must not send.
    """
    lease = now + timedelta(seconds=conf.get("NEWSLETTER_LEASE_SECONDS"))
    held = Delivery.objects.filter(
        pk=delivery.pk,
        claim=delivery.claim,
        status=Status.SENDING,
        lease_until__gt=now,
    )
    return bool(held.update(lease_until=lease, handed_at=now))


def _refused(
    delivery: Delivery, code: int, text: str, now: datetime, report: BatchReport
) -> None:
    """Record a refusal: 5xx fails and bounces the address, 4xx waits and retries."""
    error = f"{code} {text}"[:500]
    report.errors.append(f"{delivery.email}: {error}")
    if code >= 500:
        _mark(delivery, status=Status.FAILED, smtp_code=code, error=error)
        subscriber_bounce(subscriber_id=delivery.subscriber_id, reason=error, now=now)
        report.failed += 1
        return
    if delivery.attempts >= conf.get("NEWSLETTER_MAX_ATTEMPTS"):
        _mark(delivery, status=Status.FAILED, smtp_code=code, error=error)
        report.failed += 1
        return
    delay = conf.get("NEWSLETTER_RETRY_SECONDS") * 2 ** max(delivery.attempts - 1, 0)
    _mark(
        delivery,
        status=Status.QUEUED,
        smtp_code=code,
        error=error,
        next_attempt_at=now + timedelta(seconds=delay),
    )
    report.deferred += 1


def _mark(delivery: Delivery, *, status: object, **fields: object) -> None:
    """Record the outcome in one statement, only if this worker still holds the row."""
    Delivery.objects.filter(pk=delivery.pk, claim=delivery.claim).update(
        status=status, claim="", lease_until=None, **fields
    )


@transaction.atomic
def deliveries_release(*, deliveries: list[Delivery]) -> int:
    """Put claimed but unsent deliveries back in the queue.

    Used when the server is down or this worker's lease ran out; only the rows
    this worker still holds move.
    """
    released = 0
    for delivery in deliveries:
        released += Delivery.objects.filter(
            pk=delivery.pk, claim=delivery.claim, status=Status.SENDING
        ).update(
            status=Status.QUEUED,
            claim="",
            lease_until=None,
            handed_at=None,
            attempts=F("attempts") - 1,
        )
    return released


@transaction.atomic
def subscriber_bounce(*, subscriber_id: int, reason: str, now: datetime) -> None:
    """Mark an address the server refused permanently; later mailings skip it."""
    Subscriber.objects.filter(pk=subscriber_id).update(
        status=Subscriber.Status.BOUNCED, bounced_at=now, bounce_reason=reason[:500]
    )
    logger.info("newsletter_bounced", extra={"subscriber_id": subscriber_id})


def mailing_refresh(*, mailing: Mailing, now: datetime) -> None:
    """Recount the mailing's deliveries; mark it done when none is left to send."""
    rows = Delivery.objects.filter(mailing=mailing)
    counts = {
        "queued_count": rows.filter(status__in=[Status.QUEUED, Status.SENDING]).count(),
        "sent_count": rows.filter(status=Status.SENT).count(),
        "failed_count": rows.filter(
            status__in=[Status.FAILED, Status.UNCERTAIN]
        ).count(),
    }
    for name, value in counts.items():
        setattr(mailing, name, value)
    if mailing.status == Mailing.Status.SENDING and not counts["queued_count"]:
        mailing.status = Mailing.Status.DONE
        mailing.finished_at = now
    Mailing.objects.filter(pk=mailing.pk).update(
        status=mailing.status, finished_at=mailing.finished_at, **counts
    )


def _next_run(mailing: Mailing, report: BatchReport, now: datetime) -> datetime | None:
    """Return when to run the next batch, or None when the mailing is finished."""
    if mailing.status != Mailing.Status.SENDING:
        return None
    if report.smtp_down:
        return now + timedelta(seconds=conf.get("NEWSLETTER_SMTP_DOWN_RETRY_SECONDS"))
    if report.lease_lost:
        return now
    waiting = Delivery.objects.filter(
        mailing=mailing, status__in=[Status.QUEUED, Status.SENDING]
    )
    if waiting.filter(
        Q(status=Status.QUEUED, next_attempt_at__isnull=True)
        | Q(status=Status.QUEUED, next_attempt_at__lte=now)
    ).exists():
        return now
    soonest = waiting.filter(status=Status.QUEUED).order_by("next_attempt_at").first()
    lease = waiting.filter(status=Status.SENDING).order_by("lease_until").first()
    times = [
        t
        for t in (soonest and soonest.next_attempt_at, lease and lease.lease_until)
        if t is not None
    ]
    return min(times) if times else now


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]


def _decode(text: bytes | str) -> str:
    return text.decode(errors="replace") if isinstance(text, bytes) else str(text)
