"""The scheduler: one at a time, it queues the polls of the feeds that are due.

Single-instance by a lease row (`SchedulerLock`) taken with one conditional
UPDATE, which works the same on SQLite and PostgreSQL. A feed queued for
polling gets its next poll time pushed by POLL_LEASE_SECONDS at once, so a
second tick (or a second scheduler) never queues it twice; the poll then
sets the real next time.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from threading import Event

from django.core.management import call_command
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from newsdesk import conf

from .models import Feed, SchedulerLock
from .selectors import feeds_due
from .services import alerts_send

log = logging.getLogger(__name__)
LOCK_NAME = "scheduler"


def scheduler_lock_acquire(*, holder: str, now: datetime) -> bool:
    """Take or renew the scheduler's lease; tell whether `holder` has it."""
    expires = now + timedelta(seconds=conf.get("SCHEDULER_LOCK_SECONDS"))
    try:
        with transaction.atomic():
            SchedulerLock.objects.get_or_create(
                name=LOCK_NAME, defaults={"holder": "", "expires_at": now}
            )
    except IntegrityError:
        pass  # another scheduler created it at the same moment
    taken = (
        SchedulerLock.objects.filter(name=LOCK_NAME)
        .filter(Q(holder=holder) | Q(holder="") | Q(expires_at__lt=now))
        .update(holder=holder, expires_at=expires)
    )
    return taken == 1


def scheduler_lock_release(*, holder: str) -> None:
    """Give the lease up, if `holder` has it."""
    SchedulerLock.objects.filter(name=LOCK_NAME, holder=holder).update(holder="")


@transaction.atomic
def feeds_enqueue_due(*, now: datetime) -> int:
    """Queue a poll task for each feed that is due; return how many.

    Running it twice queues nothing twice: each queued feed's next poll time
    moves past `now` in the same transaction.
    """
    from .tasks import poll_feed

    ids = list(feeds_due(now=now).values_list("pk", flat=True))
    Feed.objects.filter(pk__in=ids).update(next_poll_at=_lease_end(now))
    for feed_id in ids:
        poll_feed.enqueue(feed_id)
    return len(ids)


@transaction.atomic
def feed_enqueue(*, feed: Feed, now: datetime) -> None:
    """Queue a poll of `feed` now (the admin's "Poll now"), due or not."""
    from .tasks import poll_feed

    Feed.objects.filter(pk=feed.pk).update(next_poll_at=_lease_end(now))
    poll_feed.enqueue(feed.pk)


def _lease_end(now: datetime) -> datetime:
    return now + timedelta(seconds=conf.get("POLL_LEASE_SECONDS"))


def scheduler_tick(*, holder: str, now: datetime | None = None) -> int | None:
    """Do one round if this scheduler holds the lease; None when it does not."""
    now = now or timezone.now()
    if not scheduler_lock_acquire(holder=holder, now=now):
        return None
    queued = feeds_enqueue_due(now=now)
    call_command("publish_scheduled", verbosity=0)
    # Restart mailings whose sending task died with a killed worker.
    call_command("send_mailings", "--resume", verbosity=0)
    daily_commands_run(now=now)
    alerts_send(now=now)  # immediately, hourly and daily: each alert's own pace
    if queued:
        log.info("feeds queued count=%s", queued, extra={"count": queued})
    return queued


def daily_command_due(*, name: str, now: datetime) -> bool:
    """Claim today's run of a daily command; True once a day, for one scheduler.

    The claim is a lease row `daily:<name>` pushed a day ahead by one
    conditional UPDATE, so two ticks or two schedulers never both run it.
    """
    lease = f"daily:{name}"
    try:
        with transaction.atomic():
            SchedulerLock.objects.get_or_create(
                name=lease, defaults={"holder": "", "expires_at": now}
            )
    except IntegrityError:
        pass  # another scheduler created it at the same moment
    claimed = SchedulerLock.objects.filter(name=lease, expires_at__lte=now).update(
        holder="", expires_at=now + timedelta(days=1)
    )
    return claimed == 1


def daily_commands_run(*, now: datetime) -> list[str]:
    """Run each of NEWSDESK["SCHEDULER_DAILY_COMMANDS"] that is due; return them."""
    ran = []
    for name in conf.get("SCHEDULER_DAILY_COMMANDS"):
        if daily_command_due(name=name, now=now):
            try:
                call_command(name, verbosity=0)
            except Exception:  # one failing job must not stop the rest
                log.exception("daily command failed", extra={"command": name})
                continue
            ran.append(name)
    return ran


def scheduler_run(*, holder: str, stop: Event, tick: float | None = None) -> None:
    """Tick until `stop` is set, then give the lease up."""
    tick = tick or conf.get("SCHEDULER_TICK")
    try:
        while not stop.is_set():
            try:
                scheduler_tick(holder=holder)
            except DatabaseError:
                log.exception("scheduler tick failed")
            stop.wait(tick)
    finally:
        scheduler_lock_release(holder=holder)
        connection.close()
