"""Write paths of the newsletter: subscribe, confirm, unsubscribe, mailings."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from newsdesk import conf
from newsdesk.security.network import ip_hash
from newsdesk.security.ratelimit import rate_limited

from .models import Delivery, Mailing, Subscriber
from .tokens import confirm_read, confirm_token

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Part:
    """One section of a mailing; `language` "" goes to everyone."""

    language: str
    html: str
    text: str


def normalise_email(email: str) -> str:
    """Return the address as stored: trimmed and lower-cased."""
    return email.strip().lower()


def subscription_request(*, email: str, languages: list[str], now: datetime) -> bool:
    """Mail a confirmation link to the address; return False when rate-limited.

    The same mail goes to new and already subscribed addresses (for them the
    link updates their languages), so nothing tells a stranger who subscribed.
    Nothing is stored until the link is followed.
    """
    address = normalise_email(email)
    limit = conf.get("NEWSLETTER_SUBSCRIBE_RATE_PER_ADDRESS")
    key = f"newsletter-address:{ip_hash(address)}"
    if rate_limited(key=key, limit=limit, now=now):
        logger.info("newsletter_subscribe_rate_limited", extra={"by": "address"})
        return False
    token = confirm_token(email=address, languages=languages, now=now)
    url = settings.BASE_URL + reverse("newsletter:confirm", args=[token])
    hours = conf.get("NEWSLETTER_CONFIRM_MAX_AGE") // 3600
    body = render_to_string(
        "newsletter/mail/confirm.txt", {"url": url, "hours": hours, "email": address}
    )
    try:
        send_mail("Please confirm your subscription", body, None, [address])
    except Exception as error:  # noqa: BLE001 - the reader sees the same answer
        logger.warning("newsletter_confirm_mail_failed", extra={"error": str(error)})
    return True


@transaction.atomic
def subscriber_confirm(*, token: str, ip: str, now: datetime) -> Subscriber:
    """Create or reactivate the subscriber a confirm link names; raise InvalidToken."""
    email, languages = confirm_read(token, now=now)
    subscriber, _ = Subscriber.objects.get_or_create(
        email=email, defaults={"created_at": now}
    )
    subscriber.languages = " ".join(sorted(set(languages)))
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.bounced_at = None
    subscriber.bounce_reason = ""
    subscriber.ip_hash = ip_hash(ip)
    subscriber.save()
    logger.info("newsletter_confirmed", extra={"subscriber_id": subscriber.pk})
    return subscriber


@transaction.atomic
def subscriber_unsubscribe(*, subscriber: Subscriber, now: datetime) -> None:
    """Stop mailing the subscriber; their queued deliveries are skipped."""
    if subscriber.status == Subscriber.Status.CONFIRMED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = now
        subscriber.save(update_fields=["status", "unsubscribed_at"])
    Delivery.objects.filter(
        subscriber=subscriber, status=Delivery.Status.QUEUED
    ).update(status=Delivery.Status.SKIPPED, error="Unsubscribed.")
    logger.info("newsletter_unsubscribed", extra={"subscriber_id": subscriber.pk})


@transaction.atomic
def mailing_create(
    *,
    subject: str,
    parts: Sequence[Part],
    from_email: str = "",
    source_url: str = "",
    source_page: Any = None,
    user: Any = None,
) -> Mailing:
    """Store a mailing (not yet sent) with its parts in reading order."""
    return Mailing.objects.create(
        subject=subject,
        from_email=from_email,
        parts=[asdict(part) for part in parts],
        source_url=source_url,
        source_page=source_page,
        created_by=user if getattr(user, "pk", None) else None,
        created_at=timezone.now(),
    )


@transaction.atomic
def mailing_send(*, mailing: Mailing) -> None:
    """Record one delivery per confirmed subscriber and queue the sending task.

    Running it again adds only subscribers who confirmed since, and never a
    second delivery for anyone.
    """
    now = timezone.now()
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    Delivery.objects.bulk_create(
        [
            Delivery(mailing=mailing, subscriber_id=pk, email=email)
            for pk, email in subscribers.values_list("pk", "email")
        ],
        batch_size=500,
        ignore_conflicts=True,
    )
    Mailing.objects.filter(pk=mailing.pk).update(
        status=Mailing.Status.SENDING, started_at=mailing.started_at or now
    )
    mailing.refresh_from_db()
    from .sending import mailing_refresh

    mailing_refresh(mailing=mailing, now=now)
    mailing_enqueue(mailing=mailing, at=now)
    logger.info(
        "newsletter_mailing_queued",
        extra={"mailing_id": mailing.pk, "queued": mailing.queued_count},
    )


def mailing_enqueue(*, mailing: Mailing, at: datetime) -> None:
    """Queue the sending task to run at `at` (after the transaction commits)."""
    from .tasks import send_mailing

    Mailing.objects.filter(pk=mailing.pk).update(next_batch_at=at)
    # A task due now is queued plainly: a backend's scheduled registry (RQ's)
    # is only swept by a worker running its scheduler.
    task = send_mailing if at <= timezone.now() else send_mailing.using(run_after=at)
    transaction.on_commit(lambda: task.enqueue(mailing.pk))


@transaction.atomic
def mailings_resume(*, now: datetime) -> list[int]:
    """Queue the task again for mailings whose task chain stopped (a killed worker).

    A chain is taken as stopped when its next batch is overdue by more than
    the lease. Running it twice queues nothing twice: each call moves the
    mailing's next batch to now.
    """
    overdue = now - timedelta(seconds=conf.get("NEWSLETTER_LEASE_SECONDS"))
    stalled = Mailing.objects.filter(status=Mailing.Status.SENDING).filter(
        Q(next_batch_at__isnull=True) | Q(next_batch_at__lt=overdue)
    )
    ids = list(stalled.values_list("pk", flat=True))
    for mailing in Mailing.objects.filter(pk__in=ids):
        mailing_enqueue(mailing=mailing, at=now)
    if ids:
        logger.warning("newsletter_mailings_resumed", extra={"mailing_ids": ids})
    return ids
