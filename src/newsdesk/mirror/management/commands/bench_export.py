import json

from django.core.management.base import BaseCommand, CommandError

from newsdesk.mirror import bench


class Command(BaseCommand):
    help = (
        "Measure the static export on the current database (what `make "
        "bench-export` runs): full, then incremental after one new clipping "
        "(deleted afterwards); with the peers' hugo-bench.sh, Hugo too."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-hugo", action="store_true")

    def handle(self, *args, no_hugo: bool, **options):
        def report(line):
            self.stdout.write(json.dumps(line, ensure_ascii=False))

        try:
            bench.run(report=report, hugo=not no_hugo)
        except LookupError as error:
            raise CommandError(str(error)) from error
