"""Read paths for contact messages."""

from datetime import datetime, timedelta

from django.db.models import QuerySet

from newsdesk import conf
from newsdesk.staffmail import staff_emails

from .crypto import reach_hash
from .models import ContactMessage

READERS_GROUP = "Contact readers"


def reader_emails() -> list[str]:
    """Return the addresses of the active members of the Contact readers group."""
    return staff_emails(group=READERS_GROUP)


def messages_from(reach: str) -> QuerySet[ContactMessage]:
    """Return the messages sent with this reach address (any spelling of it)."""
    return ContactMessage.objects.filter(reach_hash=reach_hash(reach))


def messages_expired(*, now: datetime) -> QuerySet[ContactMessage]:
    """Return the messages older than the retention period."""
    days = conf.get("CONTACT_RETENTION_DAYS")
    return ContactMessage.objects.filter(received_at__lt=now - timedelta(days=days))
