"""Write entries to Wagtail's audit log for actions outside its own models.

Convention: an action is named
`newsdesk.<app>.<verb>`, its label registered in ACTIONS below (or by the
owning app's `register_log_actions` hook), and written with `audit_log` when
the action is on a model instance, or `operation_record` when it is not.
"""

import logging
from typing import Any

from wagtail.log_actions import log

from .models import Operation

logger = logging.getLogger(__name__)

# action: (label in the action filter, message in the history list)
ACTIONS: dict[str, tuple[str, str]] = {
    "newsdesk.monitor.dismiss": ("Dismiss story", "Dismissed from the inbox"),
    "newsdesk.monitor.assign": ("Assign story", "Assigned to an editor"),
    "newsdesk.monitor.import_opml": ("Import OPML", "Imported outlets from OPML"),
    "newsdesk.wordpress.import": ("Import WordPress", "Imported from WordPress"),
    "newsdesk.privacy.export": ("Export personal data", "Exported personal data"),
    "newsdesk.privacy.erase": ("Erase personal data", "Erased personal data"),
    "newsdesk.security.2fa_enabled": ("Turn on 2FA", "Turned on two-factor login"),
    "newsdesk.security.recovery_codes": (
        "New recovery codes",
        "Made new recovery codes",
    ),
}


def audit_log(
    *, instance: Any, action: str, user: Any = None, data: dict[str, Any] | None = None
) -> None:
    """Write one audit entry about `instance`; the action must be registered."""
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    log(instance=instance, action=action, user=user, data=data or {})
    logger.info("audit", extra={"action": action, "object": str(instance.pk)})


def operation_record(
    *, action: str, summary: str, user: Any = None, data: dict[str, Any] | None = None
) -> Operation:
    """Record an action that touches no single model instance, and audit it."""
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    operation = Operation.objects.create(
        action=action, summary=summary[:500], user=user
    )
    audit_log(instance=operation, action=action, user=user, data=data)
    return operation
