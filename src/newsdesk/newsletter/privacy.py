"""What the newsletter holds about a person: export it, or erase it."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from .models import Delivery, Subscriber
from .services import normalise_email


def export(email: str) -> list[dict[str, Any]]:
    """Return the subscriber record and their deliveries for `email`, as plain data."""
    subscriber = Subscriber.objects.filter(email=normalise_email(email)).first()
    if subscriber is None:
        return []
    records: list[dict[str, Any]] = [
        {
            "kind": "newsletter.subscriber",
            "email": subscriber.email,
            "status": subscriber.status,
            "languages": subscriber.language_list,
            "created_at": _iso(subscriber.created_at),
            "confirmed_at": _iso(subscriber.confirmed_at),
            "unsubscribed_at": _iso(subscriber.unsubscribed_at),
            "bounced_at": _iso(subscriber.bounced_at),
            "bounce_reason": subscriber.bounce_reason,
        }
    ]
    for delivery in Delivery.objects.filter(subscriber=subscriber).select_related(
        "mailing"
    ):
        records.append(
            {
                "kind": "newsletter.delivery",
                "mailing": delivery.mailing.subject,
                "status": delivery.status,
                "sent_at": _iso(delivery.sent_at),
                "error": delivery.error,
            }
        )
    return records


@transaction.atomic
def erase(email: str, *, keep_published_text: bool) -> int:
    """Delete the subscriber and their deliveries; return how many rows went.

    A subscriber has no published text, so `keep_published_text` changes
    nothing here; it is accepted for the privacy registry's common signature.
    """
    subscriber = Subscriber.objects.filter(email=normalise_email(email)).first()
    if subscriber is None:
        return 0
    deliveries = Delivery.objects.filter(subscriber=subscriber).count()
    subscriber.delete()
    return deliveries + 1


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
