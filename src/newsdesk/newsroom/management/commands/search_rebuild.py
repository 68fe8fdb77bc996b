"""Make every search entry afresh from the pages (after an upgrade or a restore)."""

from django.core.management.base import BaseCommand

from newsdesk.newsroom.services.search import search_entries_rebuild


class Command(BaseCommand):
    help = (
        "Make the search entries afresh: one per live, public post (safe to run again)."
    )

    def handle(self, *args, **options):
        found = search_entries_rebuild()
        self.stdout.write(f"Search entries: {found} posts can be found.")
