import json

from django.core.management.base import BaseCommand, CommandError

from newsdesk.newsletter import bench
from newsdesk.newsletter.models import Subscriber


class Command(BaseCommand):
    help = (
        "Measure the newsletter on this machine (what `make bench` runs): "
        "messages/s rendered, and sent to a local SMTP server, for N subscribers. "
        "Needs an empty database; prints one JSON line per figure."
    )

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, subscribers: int, batch_size: int, **options):
        if Subscriber.objects.exists():
            raise CommandError(
                "The database has subscribers: run the bench on an empty one "
                "(`make bench-newsletter` uses a fresh temporary folder)."
            )
        self.stderr.write(f"Newsletter, {subscribers:,} subscribers…")
        for figure in bench.run(subscribers, batch_size):
            self.stdout.write(json.dumps(figure.as_dict()))
