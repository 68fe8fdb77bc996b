"""Write paths for contact messages: receive, notify, cases, purge, re-encrypt."""

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import transaction

from newsdesk.security.audit import audit_log
from newsdesk.staffmail import staff_notify

from .crypto import reach_hash, reseal, seal, unseal
from .models import CaseEntry, CaseStatus, ContactMessage, EntryKind
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


class ReplyImpossible(Exception):
    """The message gives no email address to reply to."""


@transaction.atomic
def contact_case_update(
    *, message: ContactMessage, status: str, assignee: Any, user: Any
) -> ContactMessage:
    """Set a case's status and assignee; record the change in the audit trail."""
    message.status = CaseStatus(status)
    message.assignee = assignee
    message.save(update_fields=["status", "assignee"])
    audit_log(
        instance=message,
        action="newsdesk.contact.case",
        user=user,
        data={"status": message.status, "assignee": getattr(assignee, "pk", None)},
    )
    return message


@transaction.atomic
def contact_note_add(
    *, message: ContactMessage, text: str, user: Any, now: datetime
) -> CaseEntry:
    """Add an internal note to a case, encrypted like the message."""
    entry = CaseEntry.objects.create(
        message=message,
        kind=EntryKind.NOTE,
        author=user,
        created_at=now,
        sealed=seal({"text": text.strip()}),
    )
    audit_log(
        instance=message,
        action="newsdesk.contact.note",
        user=user,
        data={"case_entry_id": entry.pk},
    )
    return entry


def reply_address(message: ContactMessage) -> str:
    """Return the email address the sender gave; raise ReplyImpossible if none."""
    reach = unseal(message.sealed).get("reach", "").strip().removeprefix("mailto:")
    try:
        validate_email(reach)
    except ValidationError:
        raise ReplyImpossible(
            "The sender gave no email address to reply to; answer them the way "
            "they asked to be reached."
        ) from None
    return reach


@transaction.atomic
def contact_reply_send(
    *, message: ContactMessage, subject: str, body: str, user: Any, now: datetime
) -> CaseEntry:
    """Mail a reply to the sender, keep it encrypted, and audit it.

    The reply is stored first and the mail sent inside the same transaction:
    if the mail server refuses it, nothing is stored and the error is raised.
    """
    address = reply_address(message)
    fields = {"to": address, "subject": subject.strip(), "body": body.strip()}
    entry = CaseEntry.objects.create(
        message=message,
        kind=EntryKind.REPLY,
        author=user,
        created_at=now,
        sealed=seal(fields),
    )
    if message.status == CaseStatus.NEW:
        message.status = CaseStatus.IN_PROGRESS
        message.save(update_fields=["status"])
    EmailMessage(fields["subject"], fields["body"], None, [address]).send()
    audit_log(
        instance=message,
        action="newsdesk.contact.reply",
        user=user,
        data={"case_entry_id": entry.pk},
    )
    logger.info(
        "contact_reply_sent",
        extra={"contact_message_id": message.pk, "case_entry_id": entry.pk},
    )
    return entry


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
    """Re-encrypt every message, with its notes and replies; return how many.

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
                for entry in row.entries.select_for_update():
                    entry.sealed = reseal(entry.sealed)
                    entry.save(update_fields=["sealed"])
        if progress:
            progress(done, len(ids))
    logger.info("contact_messages_rekeyed", extra={"count": len(ids)})
    return len(ids)
