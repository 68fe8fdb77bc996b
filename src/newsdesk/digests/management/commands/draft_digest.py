from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsdesk.digests.drafting import week_of
from newsdesk.digests.selectors import issue_for_week
from newsdesk.digests.services import DigestError, digest_draft


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
        "published clippings. Safe to run again: an existing issue is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--week", type=_day, help="Any day of the week to draft (YYYY-MM-DD)."
        )

    def handle(self, *args, week: date | None, **options):
        day = week or timezone.localdate()
        try:
            existing = issue_for_week(week_of(day)[0])
            issue = digest_draft(week_start=day)
        except DigestError as error:
            raise CommandError(str(error)) from None
        verb = "kept the existing" if existing else "drafted"
        sections = len(issue.body)
        items = sum(len(block.value["items"]) for block in issue.body)
        self.stdout.write(
            self.style.SUCCESS(
                f"{issue.title} ({verb} issue, week of {issue.week_label}): "
                f"{sections} language sections, {items} items; "
                f"{'live' if issue.live else 'draft'}."
            )
        )
