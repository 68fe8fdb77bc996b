"""Read paths for contact messages."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from newsdesk import conf
from newsdesk.staffmail import staff_emails

from .crypto import MessageUnreadable, reach_hash, unseal
from .models import CaseEntry, ContactMessage

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


def case_assignees() -> QuerySet[Any]:
    """Return the active Contact readers, who may be given a case."""
    users = get_user_model().objects.filter(groups__name=READERS_GROUP, is_active=True)
    return users.order_by("username").distinct()


@dataclass(frozen=True)
class OpenedEntry:
    """A note or reply with its decrypted fields (empty, with `error`, if not)."""

    entry: CaseEntry
    fields: dict[str, str]
    error: str = ""


def case_entries(message: ContactMessage) -> list[OpenedEntry]:
    """Return the case's notes and replies, oldest first, decrypted."""
    opened = []
    for entry in message.entries.select_related("author"):
        try:
            opened.append(OpenedEntry(entry, unseal(entry.sealed)))
        except MessageUnreadable as error:
            opened.append(OpenedEntry(entry, {}, str(error)))
    return opened
