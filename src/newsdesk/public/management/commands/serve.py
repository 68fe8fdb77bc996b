"""Serve the site with stock gunicorn, configured by `newsdesk/gunicorn.conf.py`."""

import runpy
from pathlib import Path

from django.core.management.base import BaseCommand
from gunicorn.app.base import BaseApplication

import newsdesk

CONFIG = Path(newsdesk.__file__).resolve().parent / "gunicorn.conf.py"


class Server(BaseApplication):
    """gunicorn reading `gunicorn.conf.py`, with the command line's overrides."""

    def __init__(self, overrides: dict):
        self.overrides = overrides
        super().__init__()

    def load_config(self):
        found = runpy.run_path(str(CONFIG))
        given = {name: value for name, value in self.overrides.items() if value}
        for name, value in {**found, **given}.items():
            if name in self.cfg.settings and value is not None:
                self.cfg.set(name, value)

    def load(self):
        from newsdesk.wsgi import application

        return application


class Command(BaseCommand):
    help = "Serve the site with gunicorn (settings: newsdesk/gunicorn.conf.py)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", help="address:port (default NEWSDESK_BIND)")
        parser.add_argument("--workers", type=int, help="processes")
        parser.add_argument("--threads", type=int, help="threads per process")

    def handle(self, *args, bind: str | None, workers, threads, **options):
        shown = bind or runpy.run_path(str(CONFIG))["bind"][0]
        self.stdout.write(f"Serving on http://{shown}/ (Ctrl-C stops)")
        self.stdout.flush()
        Server({"bind": bind, "workers": workers, "threads": threads}).run()
