"""Export and erase one person's contact messages (for the privacy registry).

A person is found by the keyed hash of their normalised reach address, so
nobody else's message is decrypted to answer a request.
"""

from typing import Any

from django.db import transaction

from .crypto import MessageUnreadable, unseal
from .models import EntryKind
from .selectors import case_entries, messages_from


def export(email: str) -> list[dict[str, Any]]:
    """Return every contact message sent with this address, decrypted."""
    records = []
    for message in messages_from(email).order_by("received_at", "pk"):
        try:
            fields: dict[str, Any] = unseal(message.sealed)
        except MessageUnreadable as error:
            fields = {"error": str(error)}
        # Replies were written to the person; internal notes stay internal.
        fields["replies"] = [
            {"sent_at": opened.entry.created_at.isoformat(), **opened.fields}
            for opened in case_entries(message)
            if opened.entry.kind == EntryKind.REPLY
        ]
        records.append(
            {
                "kind": "contact_message",
                "id": message.pk,
                "received_at": message.received_at.isoformat(),
                **fields,
            }
        )
    return records


@transaction.atomic
def erase(email: str, *, keep_published_text: bool) -> int:
    """Delete every contact message sent with this address; return how many.

    Contact messages are never published, so `keep_published_text` changes
    nothing here: they are always deleted whole.
    """
    deleted, _ = messages_from(email).delete()
    return int(deleted)
