import gc
import logging
import resource
import sys
import time

from django.core.management.base import BaseCommand
from django.db import connections
from django.urls import get_resolver
from gunicorn.app.base import BaseApplication

from newsdesk import conf
from newsdesk.public.balance import balance_start
from newsdesk.public.listings import listings_fill

logger = logging.getLogger(__name__)


def objects_freeze() -> None:
    """Load the URLconf, then move every object loaded so far out of the
    garbage collector's sight.

    The application is loaded before gunicorn forks its workers. Python's
    full collections would otherwise walk those hundreds of thousands of
    long-lived objects again and again (about 0.3 s each on a 2-core machine,
    a pause every request in flight waits for), and touch their memory so
    the workers stop sharing it with the master. See `gc.freeze`.
    """
    get_resolver().url_patterns  # noqa: B018 - imports every view module
    gc.collect()
    gc.freeze()


class Server(BaseApplication):
    """gunicorn, configured from NEWSDESK settings instead of a config file."""

    def __init__(self, application, options: dict):
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


class Command(BaseCommand):
    help = "Serve the site with gunicorn (production-grade WSGI server)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=conf.get("SERVE_BIND"))
        parser.add_argument("--workers", type=int, default=conf.get("SERVE_WORKERS"))
        parser.add_argument("--threads", type=int, default=conf.get("SERVE_THREADS"))

    def fill(self) -> None:
        """Build the listings' shared pieces once, before the workers fork.

        Each worker starts with every listing's order and item (shared,
        copy-on-write, with the master), as if each listing had been asked
        for once; a change to public content empties them as usual.
        """
        self.last = 0.0
        try:
            filled = listings_fill(progress=self.progress)
        except Exception as error:  # a speed-up only: serve without it
            logger.exception("serve_fill_failed", extra={"error": str(error)})
            self.stderr.write(f"Listings not filled ahead ({error}); serving anyway")
            return
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        self.stdout.write(
            f"Filled {filled.items} listing items and {filled.orders} listing "
            f"orders of {filled.sites} site(s) in {filled.seconds:.1f} s "
            f"(server process {rss} MiB)"
        )
        self.stdout.flush()
        logger.info(
            "serve_filled",
            extra={"items": filled.items, "orders": filled.orders, "rss_mib": rss},
        )

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= 1.0 or done == total:
            self.last = now
            self.stdout.write(f"  listing items {done} of {total}")

    def handle(self, *args, bind: str, workers: int, threads: int, **options):
        from newsdesk.wsgi import application

        if conf.get("SERVE_WARM"):
            self.fill()
        # Workers are forked: none may inherit the master's database connection.
        connections.close_all()
        objects_freeze()
        # A thread waiting for the GIL (a cached hit behind a page being
        # rendered) waits at most this long: 5 ms by default, 0.5 ms here.
        sys.setswitchinterval(float(conf.get("SERVE_SWITCH_INTERVAL")))
        self.stdout.write(f"Serving on http://{bind}/ (Ctrl-C stops)")
        # Threaded workers share kept-alive connections evenly (balance.py).
        balanced = balance_start(workers) if workers > 1 and threads > 1 else {}
        Server(
            application,
            {
                **balanced,
                "bind": bind,
                "workers": workers,
                "threads": threads,
                "accesslog": "-",
                # The same lines as gunicorn's own logger, built leaner.
                "logger_class": "newsdesk.public.access_log.AccessLog",
                "errorlog": "-",
                "timeout": 60,
                "graceful_timeout": 10,
            },
        ).run()
