"""gunicorn's settings for newsdesk: stock gunicorn, threaded workers.

Read by `newsdesk serve` (which may override bind, workers and threads from
its command line) and usable as is: `gunicorn -c src/newsdesk/gunicorn.conf.py`.
Values come from the NEWSDESK settings (README: "Serving").
"""

import gc
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings.dev")

from django.conf import settings

wsgi_app = "newsdesk.wsgi:application"
bind = [settings.NEWSDESK["SERVE_BIND"]]
workers = settings.NEWSDESK["SERVE_WORKERS"]
threads = settings.NEWSDESK["SERVE_THREADS"]
worker_class = "gthread"
# Load Django once, in the master, before forking: workers start at once and
# share the loaded code's memory.
preload_app = True
# No access log by default (gunicorn's own default; nginx keeps one in front):
# NEWSDESK_ACCESS_LOG=- prints it, or names a file.
accesslog = settings.NEWSDESK["SERVE_ACCESS_LOG"] or None
errorlog = "-"
timeout = 60
graceful_timeout = 10
# gunicorn's runtime control socket sits at one path per user
# (~/.gunicorn/gunicorn.ctl): two servers on one machine would share it.
control_socket_disable = True


def when_ready(server):
    """Import every view, then hide the loaded objects from the collector.

    Python's full collections would otherwise walk the hundreds of thousands
    of long-lived objects loaded so far again and again (a pause every
    request in flight waits for), and touch their memory so the workers stop
    sharing it with the master. No database connection crosses the fork.
    """
    from django.db import connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module
    connections.close_all()
    gc.collect()
    gc.freeze()


def post_worker_init(worker):
    """Let a thread waiting for the GIL (a cached page behind a render) wait less."""
    sys.setswitchinterval(float(settings.NEWSDESK["SERVE_SWITCH_INTERVAL"]))
