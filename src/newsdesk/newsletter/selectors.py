"""Read paths of the newsletter."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from .models import Delivery, Mailing, Subscriber


def language_q(code: str) -> Q:
    """Return a filter for subscribers who chose `code` (codes split by spaces)."""
    return (
        Q(languages=code)
        | Q(languages__startswith=f"{code} ")
        | Q(languages__endswith=f" {code}")
        | Q(languages__contains=f" {code} ")
    )


def subscribers_for_language(code: str) -> QuerySet[Subscriber]:
    """Return confirmed subscribers who receive `code`: who chose it or chose none."""
    return Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).filter(
        language_q(code) | Q(languages="")
    )


def mailing_deliveries(mailing: Mailing) -> QuerySet[Delivery]:
    """Return the mailing's deliveries, in the order they are sent."""
    return Delivery.objects.filter(mailing=mailing).order_by("pk")


def confirmed_subscriber_count() -> int:
    """Return how many addresses a new mailing would go to."""
    return Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).count()
