import time

from django.core.management.base import BaseCommand

from newsdesk.demo.archive import demo_archive_generate
from newsdesk.demo.services import demo_is_loaded, demo_load
from newsdesk.newsroom.models import HomePage


class Command(BaseCommand):
    help = "Load the fictional demo site (safe to run again: creates nothing twice)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page.",
        )
        parser.add_argument(
            "--size",
            type=int,
            default=0,
            help="Also fill a 'Press archive' section up to N generated clippings "
            "(over 15 years, with sources, tags and comments) for benchmarks.",
        )

    def handle(self, *args, if_empty: bool, size: int, **options):
        if if_empty and demo_is_loaded():
            self.stdout.write("The site already has content; demo not loaded.")
        else:
            self.load()
        if size > 0:
            self.generate(size)

    def generate(self, size: int) -> None:
        self.stdout.write(f"Generating an archive of {size} clippings…")
        started = time.monotonic()
        report = demo_archive_generate(
            home=HomePage.objects.first(), size=size, progress=self.show_progress
        )
        seconds = time.monotonic() - started
        if self.stdout.isatty():
            self.stdout.write("")
        rate = report.created / seconds if seconds else 0
        self.stdout.write(
            self.style.SUCCESS(
                f"Archive: {report.created} clippings created ({report.total} in all, "
                f"{report.outlets} outlets, {report.tags} tags, {report.comments} "
                f"comments) in {seconds:.1f} s, {rate:.0f} clippings/s."
            )
        )

    def load(self) -> None:
        self.stdout.write("Loading the demo site…")
        report = demo_load(progress=self.show_progress)
        if self.stdout.isatty():
            self.stdout.write("")
        for kind, number in report.created.items():
            self.stdout.write(f"  created {number} {kind}")
        for kind, number in report.existing.items():
            self.stdout.write(f"  kept {number} existing {kind}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo ready: {report.total_created} items created.")
        )

    def show_progress(self, done: int, total: int) -> None:
        """Keep one running count on a terminal; a line every 20 posts in a log."""
        if self.stdout.isatty():
            self.stdout.write(f"\r  {done}/{total} posts", ending="")
            self.stdout.flush()
        elif done % 20 == 0 or done == total or total > 1000:
            self.stdout.write(f"  {done}/{total} posts")
