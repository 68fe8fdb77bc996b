"""The demo's newsletter subscribers: fictional people at example.org."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from newsdesk.newsletter.models import Subscriber

# (address, languages chosen; "" means every language)
SUBSCRIBERS = [
    ("marta.quill@example.org", ""),
    ("oskar.fenwright@example.org", "en"),
    ("leyla.tavasoli@example.org", "fa en"),
    ("samir.haddawi@example.org", "ar"),
    ("noemie.brisard@example.org", "fr"),
    ("arben.kolari@example.org", "sq en"),
]


def demo_subscribers_load(*, today: date) -> tuple[int, int]:
    """Add the confirmed demo subscribers; return (created, existing)."""
    created = 0
    since = timezone.make_aware(datetime.combine(today - timedelta(days=60), time(9)))
    for index, (email, languages) in enumerate(SUBSCRIBERS):
        moment = since + timedelta(days=index)
        _, made = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "languages": languages,
                "status": Subscriber.Status.CONFIRMED,
                "created_at": moment,
                "confirmed_at": moment,
            },
        )
        created += made
    return created, len(SUBSCRIBERS) - created
