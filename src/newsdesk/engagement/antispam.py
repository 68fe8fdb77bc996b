"""Refuse automated submissions: honeypot, signed form stamp, rate limit.

Every check takes the time as `now`, so tests fake time instead of sleeping.
`form` names the form ("comment", "contact"): it keeps stamps and rate limits
of different forms apart and picks the form's tunables, NEWSDESK["<FORM>_…"]
(MIN_SECONDS, MAX_AGE_SECONDS, RATE_LIMIT).
"""

import logging
from datetime import datetime
from typing import Any

from django.core import signing
from django.db import transaction
from django.db.models import F

from newsdesk import conf
from newsdesk.security import ratelimit

from .models import SpamCount

logger = logging.getLogger(__name__)

Reason = SpamCount.Reason
COMMENT = "comment"


def _salt(form: str) -> str:
    return f"newsdesk.engagement.{form}-stamp"


def _tunable(form: str, name: str) -> Any:
    return conf.get(f"{form.upper()}_{name}")


class _Stamper(signing.TimestampSigner):  # type: ignore[misc]
    """A TimestampSigner whose clock is the `now` it is given."""

    def __init__(self, now: datetime, form: str = COMMENT) -> None:
        super().__init__(salt=_salt(form))
        self.now = now

    def timestamp(self) -> str:
        return signing.b62_encode(int(self.now.timestamp()))


def stamp(*, page_id: int, now: datetime, form: str = COMMENT) -> str:
    """Return a signed stamp of when the form for this page was shown."""
    return _Stamper(now, form).sign(str(page_id))


def stamp_reason(
    *, value: str, page_id: int, now: datetime, form: str = COMMENT
) -> str | None:
    """Return why a stamp is refused (tampered, too fast, too old), or None."""
    signer = _Stamper(now, form)
    try:
        signed = signing.Signer.unsign(signer, value)
        stamped_page, stamped_at = signed.rsplit(signer.sep, 1)
        age = now.timestamp() - signing.b62_decode(stamped_at)
    except (signing.BadSignature, ValueError):
        return str(Reason.BAD_STAMP)
    if stamped_page != str(page_id):
        return str(Reason.BAD_STAMP)
    if age < _tunable(form, "MIN_SECONDS"):
        return str(Reason.TOO_FAST)
    if age > _tunable(form, "MAX_AGE_SECONDS"):
        return str(Reason.TOO_OLD)
    return None


def rate_limited(*, address_hash: str, now: datetime, form: str = COMMENT) -> bool:
    """Count this attempt for the address; return True once over the limit."""
    return ratelimit.rate_limited(
        key=f"{form}:{address_hash}", limit=_tunable(form, "RATE_LIMIT"), now=now
    )


def rejection_reason(
    *,
    honeypot: str,
    stamp_value: str,
    page_id: int,
    address_hash: str,
    now: datetime,
    form: str = COMMENT,
) -> str | None:
    """Return why a submission is refused, or None to accept it."""
    if honeypot:
        return str(Reason.HONEYPOT)
    reason = stamp_reason(value=stamp_value, page_id=page_id, now=now, form=form)
    if reason:
        return reason
    if rate_limited(address_hash=address_hash, now=now, form=form):
        return str(Reason.RATE_LIMIT)
    return None


@transaction.atomic
def rejection_record(*, reason: str, now: datetime, form: str = COMMENT) -> None:
    """Add one refused submission to today's count for its reason."""
    day = now.date()
    counter, _ = SpamCount.objects.get_or_create(day=day, reason=reason)
    SpamCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)
    logger.info(
        "submission_rejected", extra={"form": form, "reason": reason, "day": str(day)}
    )
