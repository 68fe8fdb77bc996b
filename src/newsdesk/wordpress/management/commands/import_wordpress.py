from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.wordpress.report import ImportOptions, ImportReport
from newsdesk.wordpress.services import wordpress_import
from newsdesk.wordpress.wxr import read_wxr


class Command(BaseCommand):
    help = (
        "Import a WordPress site from a WXR export file or, with --url, from its "
        "REST API. Safe to run again: updates what changed, creates nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="The WXR export (.xml).")
        parser.add_argument(
            "--url",
            default="",
            help="The site's address; without FILE, import from its REST API.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change; write nothing.",
        )
        parser.add_argument(
            "--section-map",
            nargs="*",
            default=[],
            metavar="WP_SLUG=SECTION_SLUG",
            help="Put a WordPress category's posts in the section with this slug.",
        )
        parser.add_argument(
            "--uploads",
            default="",
            help="WordPress's uploads folder, or its URL, to import images from.",
        )
        parser.add_argument(
            "--create-users",
            action="store_true",
            help="Create an inactive user for every WordPress author.",
        )

    def handle(self, *args, **options):
        import_options = ImportOptions(
            site_url=options["url"],
            dry_run=options["dry_run"],
            section_map=self._section_map(options["section_map"]),
            uploads=options["uploads"],
            create_users=options["create_users"],
        )
        self._file, self._size = None, 0
        records = self._records(options["file"], options["url"])
        verb = "Checking" if import_options.dry_run else "Importing"
        self.stdout.write(f"{verb} {options['file'] or options['url']}…")
        try:
            report = wordpress_import(
                records=records, options=import_options, progress=self._progress
            )
        finally:
            if self._file:
                self._file.close()
        self._summary(report, dry_run=import_options.dry_run)

    def _records(self, file, url):
        if file:
            if not Path(file).is_file():
                raise CommandError(
                    f"No such file: {file}. Give the path of a WXR export."
                )
            # Read through an open file, so progress can show how far it got.
            self._file = open(file, "rb")  # closed once the import is done
            self._size = Path(file).stat().st_size or 1
            return read_wxr(self._file)
        if url:
            from newsdesk.wordpress.rest import read_rest

            return read_rest(url)
        raise CommandError("Give a WXR export file, or --url https://your-site/.")

    def _section_map(self, pairs):
        mapping = {}
        for pair in pairs:
            wp_slug, sep, section = pair.partition("=")
            if not sep or not wp_slug or not section:
                raise CommandError(
                    f"--section-map takes WP_SLUG=SECTION_SLUG pairs, not {pair!r}."
                )
            mapping[wp_slug.strip()] = section.strip()
        return mapping

    def _bar(self) -> str:
        """Return `[#####-----]  50%` for the share of the file read, if known."""
        if not self._file or self._file.closed:
            return ""
        share = min(self._file.tell() / self._size, 1.0)
        filled = int(share * 20)
        return f"[{'#' * filled}{'-' * (20 - filled)}] {share:4.0%} "

    def _progress(self, report: ImportReport) -> None:
        """Keep a bar and running counts on a terminal; a line per 100 items else."""
        done = report.items_read
        created, updated = report.total("created"), report.total("updated")
        line = (
            f"{self._bar()}{done} items: {created} created, {updated} updated, "
            f"{report.total('unchanged')} unchanged, {len(report.skipped)} skipped"
        )
        if self.stdout.isatty():
            self.stdout.write(f"\r  {line}", ending="")
            self.stdout.flush()
        elif done % 100 == 0:
            self.stdout.write(f"  {line}")

    def _summary(self, report: ImportReport, *, dry_run: bool) -> None:
        if self.stdout.isatty():
            self.stdout.write("")
        for line in report.summary_lines():
            self.stdout.write(f"  {line}")
        created, updated = report.total("created"), report.total("updated")
        unchanged, skipped = report.total("unchanged"), len(report.skipped)
        verdict = "Dry run, nothing written" if dry_run else "Done"
        text = (
            f"{verdict}: {report.items_read} items read; {created} created, "
            f"{updated} updated, {unchanged} unchanged, {skipped} skipped."
        )
        if report.nothing_imported():
            self.stdout.write(self.style.ERROR(text))
            raise CommandError(self._nothing_imported(report), returncode=1)
        style = self.style.WARNING if report.errors else self.style.SUCCESS
        self.stdout.write(style(text))

    @staticmethod
    def _nothing_imported(report: ImportReport) -> str:
        """Say in one sentence why no item was imported."""
        skips = report.skips_by_kind()
        if skips:
            (kind, reason), n = skips.most_common(1)[0]
            why = f"{n} {kind} items skipped because {reason}"
        else:
            why = "reading stopped before any item could be imported"
        return (
            f"{report.items_read} items read and none imported: {why} "
            "(the summary above counts every reason)."
        )
