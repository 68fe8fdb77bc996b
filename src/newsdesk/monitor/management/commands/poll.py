from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsdesk.monitor.models import Feed
from newsdesk.monitor.selectors import feeds_due
from newsdesk.monitor.services import PollReport, PollTotals, feeds_poll


class Command(BaseCommand):
    help = (
        "Poll feeds now: the feeds that are due (default), every feed (--all) "
        "or one (--feed URL). Safe to run again: stores nothing twice."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--feed", metavar="URL", help="Poll only this feed.")
        which.add_argument(
            "--all-due", action="store_true", help="Poll the feeds that are due."
        )
        which.add_argument(
            "--all", action="store_true", help="Poll every enabled feed."
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help=(
                "Poll once and exit (what this command always does; the "
                "name the scheduler and the issue use)."
            ),
        )
        parser.add_argument(
            "--no-articles",
            action="store_true",
            help="Store what the feeds say; do not fetch the article pages.",
        )

    def handle(self, *args, feed, all, no_articles, once, **options):
        feeds = self.feeds(url=feed, every=all)
        total = feeds.count()
        self.stdout.write(f"Polling {total} feed{'s' * (total != 1)}…")
        self.total = total
        totals = feeds_poll(
            feeds=feeds.iterator(), fetch_articles=not no_articles, progress=self.show
        )
        self.stdout.write(self.style.SUCCESS(self.summary(totals)))

    def feeds(self, *, url, every):
        if url:
            feeds = Feed.objects.filter(url=url)
            if not feeds.exists():
                raise CommandError(
                    f"No feed has the address {url}: add it in the admin "
                    "(Monitor › Feeds) or with `newsdesk import_opml FILE`."
                )
            return feeds
        if every:
            return Feed.objects.filter(enabled=True)
        return feeds_due(now=timezone.now())

    def show(self, feed: Feed, report: PollReport, totals: PollTotals) -> None:
        line = f"  [{totals.feeds}/{self.total}] {feed.url}: {report.outcome}"
        if report.outcome == "failed":
            line += f" ({report.error[:200]})"
        elif report.outcome == "polled":
            line += f", {report.new} new, {report.matched} matched"
        self.stdout.write(line)

    @staticmethod
    def summary(totals: PollTotals) -> str:
        return (
            f"{totals.feeds} feeds: {totals.polled} polled, {totals.unchanged} "
            f"unchanged, {totals.failed} failed; {totals.new} new stories, "
            f"{totals.matched} matched, {totals.clustered} grouped."
        )
