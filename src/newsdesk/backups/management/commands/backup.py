import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.backups.services import BackupError, backup_create


class Command(BaseCommand):
    help = "Write the database and the media files to one archive (tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the archive to write")

    def handle(self, *args, file: Path, **options):
        if file.is_dir():
            raise CommandError(f"{file} is a folder: name the archive to write.")
        self.last = 0.0
        try:
            summary = backup_create(path=file, progress=self.progress)
        except (BackupError, OSError) as error:
            raise CommandError(f"Backup failed, nothing written: {error}") from error
        self.stdout.write("")
        self.stdout.write(
            f"backup {file}: database ({summary.method}) and {summary.media_files} "
            f"media files ({summary.media_bytes / 1e6:.1f} MB), archive "
            f"{summary.archive_bytes / 1e6:.1f} MB, in {summary.seconds:.1f} s"
        )

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5 or done == total:
            self.last = now
            self.stdout.write(f"\r  media files {done} of {total}", ending="")
            self.stdout.flush()
