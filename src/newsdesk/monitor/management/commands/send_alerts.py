from django.core.management.base import BaseCommand
from django.utils import timezone

from newsdesk.monitor.services import alerts_send


class Command(BaseCommand):
    help = (
        "Mail the watchlist alerts that are due (the scheduler does this every "
        "tick). Safe to run again: a story is mailed once to each person."
    )

    def handle(self, *args, **options):
        sent = alerts_send(now=timezone.now())
        self.stdout.write(self.style.SUCCESS(f"{sent} alert mail(s) sent."))
