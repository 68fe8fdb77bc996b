import time

from django.core.management.base import BaseCommand, CommandError

from newsdesk import conf
from newsdesk.demo.outlets import serve_outlets
from newsdesk.demo.watch import demo_watch_load


class Command(BaseCommand):
    help = (
        "Serve the demo's fictional outlets (feeds and article pages) on "
        "127.0.0.1 and give the demo outlets their feeds and a watchlist, so "
        "`newsdesk poll` or the worker fills the inbox with no network access."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind",
            default=conf.get("DEMO_OUTLETS_BIND"),
            help="HOST:PORT to serve on (default: %(default)s).",
        )
        parser.add_argument(
            "--no-feeds", action="store_true", help="Serve only; add no feeds."
        )

    def handle(self, *args, bind: str, no_feeds: bool, **options):
        host, _, port = bind.rpartition(":")
        try:
            server = serve_outlets(host or "127.0.0.1", int(port))
        except (OSError, ValueError) as exc:
            raise CommandError(
                f"Cannot serve the demo outlets on {bind}: {exc}. "
                "Choose another address with --bind HOST:PORT."
            ) from exc
        self.stdout.write(f"Demo outlets on {server.base_url}/")
        if not no_feeds:
            created = demo_watch_load(base_url=server.base_url)
            self.stdout.write(f"{created} demo feeds added (the others were known).")
        self.stdout.write("Run `newsdesk poll` in another terminal; Ctrl-C stops.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            server.shutdown()
