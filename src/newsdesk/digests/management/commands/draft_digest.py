from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsdesk.digests.services import DigestError, digest_redraft


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"{value!r} is not a date: write it as 2026-11-16."
        ) from None


class Command(BaseCommand):
    help = (
        "Draft the weekly digest issue for a week (this one by default) from its "
        "published clippings. Run again, it adds to the week's draft the clippings "
        "published since it was last drafted; a live issue is kept as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--week", type=_day, help="Any day of the week to draft (YYYY-MM-DD)."
        )

    def handle(self, *args, week: date | None, **options):
        day = week or timezone.localdate()
        try:
            result = digest_redraft(week_start=day)
        except DigestError as error:
            raise CommandError(str(error)) from None
        issue = result.issue
        verb = "drafted" if result.created else "kept the existing"
        sections = len(issue.body)
        items = sum(len(block.value["items"]) for block in issue.body)
        added = ""
        if not result.created and not result.live:
            added = f"{result.added} clippings published since the last draft added; "
        self.stdout.write(
            self.style.SUCCESS(
                f"{issue.title} ({verb} issue, week of {issue.week_label}): "
                f"{added}{sections} language sections, {items} items; "
                f"{'live' if issue.live else 'draft'}."
            )
        )
