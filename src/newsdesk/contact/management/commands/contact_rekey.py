"""Re-encrypt every contact message with the newest key in NEWSDESK_CONTACT_KEY."""

from django.core.management.base import BaseCommand, CommandError

from newsdesk.contact.crypto import MessageUnreadable
from newsdesk.contact.services import contact_messages_rekey


class Command(BaseCommand):
    help = (
        "Re-encrypt every contact message with the first key of "
        "NEWSDESK_CONTACT_KEY, so older keys can then be removed. Safe to run again."
    )

    def handle(self, *args, **options):
        def progress(done: int, total: int) -> None:
            if options["verbosity"] and (done % 100 == 0 or done == total):
                self.stdout.write(f"{done}/{total} re-encrypted")

        try:
            count = contact_messages_rekey(progress=progress)
        except MessageUnreadable as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Re-encrypted {count} contact message(s) with the newest key."
        )
