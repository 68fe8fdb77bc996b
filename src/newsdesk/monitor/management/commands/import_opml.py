from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.monitor.services import feeds_import_opml


class Command(BaseCommand):
    help = (
        "Add the outlets and feeds listed in an OPML file (the issue's "
        "`outlets import-opml`). Safe to run again: known feeds are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The OPML file to read.")

    def handle(self, *args, file: Path, **options):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from exc
        report = feeds_import_opml(data=data)
        for problem in report.problems:
            self.stderr.write(f"  {problem}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.feeds} feeds and {report.outlets} outlets added; "
                f"{report.known} feeds already known."
            )
        )
