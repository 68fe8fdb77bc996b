from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsdesk.monitor import bench
from newsdesk.monitor.models import Feed


class Command(BaseCommand):
    help = (
        "Measure the monitor on this machine (what `make bench` runs): stories/s "
        "end to end beside trafilatura alone, feeds/s unchanged and changed, "
        "clustering time and memory. Needs an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=200)
        parser.add_argument("--stories", type=int, default=100_000)

    def handle(self, *args, pages: int, stories: int, **options):
        if Feed.objects.exists():
            raise CommandError(
                "The database has feeds: run the bench on an empty one "
                "(`make bench` uses a fresh temporary folder)."
            )
        # Every request goes to one local host: no politeness delay here.
        settings.NEWSDESK = {**settings.NEWSDESK, "FETCH_HOST_DELAY": 0}
        for title, run in (
            (f"Pipeline, {pages} pages", lambda: bench.bench_pipeline(pages)),
            ("Feeds", bench.bench_feeds),
            (f"Clustering, {stories:,} stories", lambda: bench.bench_cluster(stories)),
        ):
            self.stdout.write(f"{title}…")
            for figure in run():
                self.stdout.write(f"  {figure}")
        self.stdout.write(self.style.SUCCESS("Bench done."))
