"""Export and erase everything stored about one email address.

Each app that keeps personal data names a module in
NEWSDESK["PERSONAL_DATA_MODULES"] providing:

    export(email: str) -> list[dict]      # JSON-serialisable records
    erase(email: str, *, keep_published_text: bool) -> int   # records changed

Both match the address without regard to case. The audit entry keeps a keyed
hash of the address, never the address itself.
"""

import hashlib
import hmac
import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from django.conf import settings
from django.db import transaction

from newsdesk import conf

from .audit import operation_record


@dataclass
class ErasureReport:
    """How many records each module changed or removed."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def personal_data_modules() -> list[ModuleType]:
    """Return the modules listed in NEWSDESK["PERSONAL_DATA_MODULES"]."""
    return [importlib.import_module(name) for name in conf.get("PERSONAL_DATA_MODULES")]


def email_digest(email: str) -> str:
    """Return a keyed hash of the address, to audit a request without keeping it."""
    key = settings.SECRET_KEY.encode()
    normal = email.strip().casefold().encode()
    return hmac.new(key, normal, hashlib.sha256).hexdigest()


def personal_data_export(*, email: str, user: Any = None) -> list[dict[str, Any]]:
    """Return every record stored about `email`, each tagged with its source."""
    email = email.strip()
    records = [
        {"source": module.__name__, **record}
        for module in personal_data_modules()
        for record in module.export(email)
    ]
    operation_record(
        action="newsdesk.privacy.export",
        summary=f"Personal data export: {len(records)} records",
        user=user,
        data={"records": len(records), "email_digest": email_digest(email)},
    )
    return records


@transaction.atomic
def personal_data_erase(*, email: str, user: Any = None) -> ErasureReport:
    """Erase what is stored about `email` in every module, all or nothing.

    Published comments keep their text, signed "Anonymous", when
    NEWSDESK["ERASE_KEEPS_PUBLISHED_COMMENTS"] is on. Running it again finds
    nothing more to erase.
    """
    email = email.strip()
    keep = bool(conf.get("ERASE_KEEPS_PUBLISHED_COMMENTS"))
    report = ErasureReport()
    for module in personal_data_modules():
        report.counts[module.__name__] = module.erase(email, keep_published_text=keep)
    operation_record(
        action="newsdesk.privacy.erase",
        summary=f"Personal data erasure: {report.total} records",
        user=user,
        data={**report.counts, "email_digest": email_digest(email)},
    )
    return report
