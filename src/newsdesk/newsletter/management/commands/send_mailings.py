from django.core.management.base import BaseCommand
from django.utils import timezone

from newsdesk.newsletter.models import Mailing
from newsdesk.newsletter.sending import mailing_send_batch
from newsdesk.newsletter.services import mailings_resume


class Command(BaseCommand):
    help = (
        "Send the mailings that are being sent, batch after batch, in this process "
        "(or, with --resume, queue the task again for mailings whose worker died). "
        "Safe to run at any time: nobody is mailed twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--resume",
            action="store_true",
            help="Only queue the sending task for stalled mailings (the scheduler "
            "does this every tick).",
        )

    def handle(self, *args, resume: bool, **options):
        if resume:
            ids = mailings_resume(now=timezone.now())
            if ids and options["verbosity"]:
                self.stdout.write(f"Queued again: mailing(s) {ids}.")
            return
        for mailing in Mailing.objects.filter(status=Mailing.Status.SENDING):
            self.send(mailing)

    def send(self, mailing: Mailing) -> None:
        self.stdout.write(f"{mailing.subject} (#{mailing.pk}):")
        totals = {"sent": 0, "failed": 0, "deferred": 0, "skipped": 0}
        while True:
            report = mailing_send_batch(mailing=mailing)
            for key in totals:
                totals[key] += getattr(report, key)
            self.stdout.write(
                f"  {totals['sent']} sent, {report.remaining} left", ending="\n"
            )
            if report.smtp_down:
                self.stderr.write(f"  mail server unavailable: {report.smtp_down}")
                break
            if report.next_run is None or report.next_run > timezone.now():
                break
        summary = ", ".join(f"{value} {key}" for key, value in totals.items())
        self.stdout.write(self.style.SUCCESS(f"  done for now: {summary}"))
