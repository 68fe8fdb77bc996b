from django.core.management.base import BaseCommand

from newsdesk.demo.services import demo_is_loaded, demo_load


class Command(BaseCommand):
    help = "Load the fictional demo site (safe to run again: creates nothing twice)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page.",
        )

    def handle(self, *args, if_empty: bool, **options):
        if if_empty and demo_is_loaded():
            self.stdout.write("The site already has content; demo not loaded.")
            return
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
        elif done % 20 == 0 or done == total:
            self.stdout.write(f"  {done}/{total} posts")
