from django.core.management.base import BaseCommand, CommandError

from newsdesk.monitor.models import Topic
from newsdesk.monitor.services import BackfillReport, topic_backfill


class Command(BaseCommand):
    help = (
        "Re-check the stories already stored against a watchlist topic (or "
        "every topic), with a running count. Safe to run again: adds nothing twice."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--topic", metavar="NAME", help="The topic's name.")
        which.add_argument("--all", action="store_true", help="Every topic.")

    def handle(self, *args, topic, all, **options):
        topics = Topic.objects.all() if all else Topic.objects.filter(name=topic)
        if not topics.exists():
            raise CommandError(
                f"No topic is named {topic!r}: see the names under Watchlist in "
                "the admin, or use --all."
            )
        for each in topics:
            self.stdout.write(f"{each.name}:")
            report = topic_backfill(topic=each, progress=self.show)
            self.stdout.write(
                self.style.SUCCESS(
                    f"{each.name}: {report.checked} stories checked, "
                    f"{report.added} matches added, {report.removed} removed."
                )
            )

    def show(self, report: BackfillReport) -> None:
        self.stdout.write(f"  {report.checked}/{report.total} checked")
