"""One accessor for newsdesk's tunable numbers (the NEWSDESK settings dict)."""

from typing import Any

from django.conf import settings


def get(name: str) -> Any:
    """Return NEWSDESK[name]; a missing name is a programming error."""
    try:
        return settings.NEWSDESK[name]
    except KeyError:
        raise KeyError(
            f"NEWSDESK[{name!r}] is not defined: add it to newsdesk/settings/base.py"
        ) from None
