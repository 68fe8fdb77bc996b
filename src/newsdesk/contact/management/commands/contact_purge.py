"""Delete the contact messages older than NEWSDESK["CONTACT_RETENTION_DAYS"]."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from newsdesk import conf
from newsdesk.contact.services import contact_messages_purge


class Command(BaseCommand):
    help = (
        "Delete contact messages older than the retention period "
        "(NEWSDESK['CONTACT_RETENTION_DAYS']). Safe to run again."
    )

    def handle(self, *args, **options):
        deleted = contact_messages_purge(now=timezone.now())
        days = conf.get("CONTACT_RETENTION_DAYS")
        if options["verbosity"]:
            self.stdout.write(
                f"Deleted {deleted} contact message(s) older than {days} days."
            )
