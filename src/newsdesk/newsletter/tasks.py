"""Background sending, on the database task queue that `newsdesk worker` runs."""

from __future__ import annotations

from django_tasks import task

from .models import Mailing
from .sending import mailing_send_batch
from .services import mailing_enqueue


@task(backend="monitor")
def send_mailing(mailing_id: int) -> dict[str, int | str]:
    """Send one batch, then queue the next (now, or when retries are due).

    Running it twice sends nothing twice: each run sends only what it claimed.
    """
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is None or mailing.status != Mailing.Status.SENDING:
        return {"mailing_id": mailing_id, "outcome": "nothing to do"}
    report = mailing_send_batch(mailing=mailing)
    if report.next_run is not None:
        mailing_enqueue(mailing=mailing, at=report.next_run)
    return {
        "mailing_id": mailing_id,
        "outcome": "smtp down" if report.smtp_down else "sent",
        "sent": report.sent,
        "failed": report.failed,
        "deferred": report.deferred,
        "remaining": report.remaining,
    }
