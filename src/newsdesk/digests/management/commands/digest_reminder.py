from django.core.management.base import BaseCommand
from django.utils import timezone

from newsdesk.digests.reminders import digest_reminder_send


class Command(BaseCommand):
    help = (
        "Mail the editors that the week's digest is due, with the count of "
        "clippings not yet in it, when today is NEWSDESK_DIGEST_REMINDER_DAY. "
        "The scheduler runs it once a day."
    )

    def handle(self, *args, **options):
        if digest_reminder_send(now=timezone.now()):
            self.stdout.write(self.style.SUCCESS("Reminder mailed to the editors."))
        else:
            self.stdout.write("No reminder today.")
