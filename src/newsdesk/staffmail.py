"""Tell staff that something needs them: one mail, a failure logged not raised."""

import logging
from typing import Any

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q

logger = logging.getLogger(__name__)


def staff_emails(*, group: str, superusers: bool = False) -> list[str]:
    """Return the addresses of the group's active members (and superusers)."""
    members = (
        Q(groups__name=group) | Q(is_superuser=True)
        if superusers
        else Q(groups__name=group)
    )
    users = get_user_model().objects.filter(members, is_active=True)
    return sorted({e for e in users.values_list("email", flat=True) if e})


def staff_notify(
    *, recipients: list[str], subject: str, body: str, event: str, about: dict[str, Any]
) -> bool:
    """Mail `recipients`; return False when there is nobody or the mail failed.

    A failure is logged as `event` with `about`, never raised: the reader's
    action that triggered the notice has already succeeded.
    """
    if not recipients:
        return False
    try:
        send_mail(subject, body, None, recipients)
    except Exception as error:  # noqa: BLE001 - any mail failure is logged
        logger.warning(event, extra={**about, "error": str(error)})
        return False
    return True
