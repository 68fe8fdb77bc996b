"""Write paths for contact messages: receive, notify, purge, re-encrypt."""

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import transaction

from newsdesk.staffmail import staff_notify

from .crypto import reach_hash, reseal, seal
from .models import ContactMessage
from .selectors import messages_expired, reader_emails

logger = logging.getLogger(__name__)

NOTICE_SUBJECT = "A new message arrived on the contact page"


@transaction.atomic
def contact_message_receive(
    *, page: Any, name: str, reach: str, message: str, now: datetime
) -> ContactMessage:
    """Store a reader's message encrypted; tell the readers once it is stored."""
    fields = {"name": name.strip(), "reach": reach.strip(), "message": message.strip()}
    stored = ContactMessage.objects.create(
        page_id=getattr(page, "pk", None),
        received_at=now,
        sealed=seal(fields),
        reach_hash=reach_hash(fields["reach"]),
    )
    logger.info("contact_message_received", extra={"contact_message_id": stored.pk})
    transaction.on_commit(lambda: contact_readers_notify(message=stored))
    return stored


def contact_readers_notify(*, message: ContactMessage) -> bool:
    """Mail the Contact readers that a message arrived, never what it says."""
    url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/contact-messages/"
    body = f"{NOTICE_SUBJECT}.\n\nRead it in the admin (you need to sign in): {url}\n"
    return staff_notify(
        recipients=reader_emails(),
        subject=NOTICE_SUBJECT,
        body=body,
        event="contact_notify_failed",
        about={"contact_message_id": message.pk},
    )


@transaction.atomic
def contact_messages_purge(*, now: datetime) -> int:
    """Delete the messages past the retention period; return how many.

    Running it twice deletes nothing more the second time.
    """
    deleted, _ = messages_expired(now=now).delete()
    logger.info("contact_messages_purged", extra={"count": deleted})
    return int(deleted)


Progress = Callable[[int, int], None]


def contact_messages_rekey(*, progress: Progress | None = None) -> int:
    """Re-encrypt every message with the newest key; return how many.

    Each message is its own transaction; running it twice re-encrypts again
    and changes nothing readable.
    """
    ids = list(ContactMessage.objects.values_list("pk", flat=True))
    for done, pk in enumerate(ids, start=1):
        with transaction.atomic():
            row = ContactMessage.objects.select_for_update().filter(pk=pk).first()
            if row is not None:
                row.sealed = reseal(row.sealed)
                row.save(update_fields=["sealed"])
        if progress:
            progress(done, len(ids))
    logger.info("contact_messages_rekeyed", extra={"count": len(ids)})
    return len(ids)
