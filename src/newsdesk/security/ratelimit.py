"""Count attempts per key atomically, across threads, processes and hosts.

Every form that takes reader input (comments, contact, newsletter) asks
`rate_limited` before it accepts a submission. Each key's attempts are counted
in fixed windows of `window` seconds, in one database row per key and window:
the increment is one UPDATE, which the database applies one at a time, so 30
simultaneous posts with a limit of 5 let exactly 5 through.
"""

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F

from .models import RateCount

logger = logging.getLogger(__name__)


@transaction.atomic
def rate_count(*, key: str, window: int, now: datetime) -> int:
    """Count one attempt under `key` in the window holding `now`; return the count.

    Safe to run at once from many processes: the first attempt of a window
    inserts its row (a second insert fails on the unique key and increments
    instead), every other attempt increments it in place.
    """
    window_start = int(now.timestamp()) // window * window
    row = RateCount.objects.filter(key=key, window_start=window_start)
    if not row.update(count=F("count") + 1):
        expires_at = datetime.fromtimestamp(window_start + window, tz=now.tzinfo)
        try:
            with transaction.atomic():
                RateCount.objects.create(
                    key=key, window_start=window_start, expires_at=expires_at, count=1
                )
        except IntegrityError:
            row.update(count=F("count") + 1)
        else:
            # Once per key and window: drop the windows that are over.
            RateCount.objects.filter(expires_at__lte=now).delete()
    return int(row.values_list("count", flat=True).get())


def rate_limited(*, key: str, limit: tuple[int, int], now: datetime) -> bool:
    """Count an attempt under `key`; return True once over `limit` (count, seconds).

    A refused attempt is counted too, so a flood stays refused until its
    window is over.
    """
    most, window = limit
    count = rate_count(key=key, window=max(int(window), 1), now=now)
    if count > most:
        logger.info("rate_limited", extra={"rate_key": key.split(":", 1)[0]})
        return True
    return False
