"""What `newsdesk start` runs beside the web server: demo outlets and the worker."""

from __future__ import annotations

import subprocess
import sys
from typing import TextIO

from django.conf import settings

from newsdesk import conf
from newsdesk.monitor.models import Outlet

from .outlets import serve_outlets
from .watch import demo_watch_load

# The demo's outlets exist only where the demo was loaded.
DEMO_OUTLET = "Saltreach Courier"


def start_background(*, demo: bool, stdout: TextIO) -> None:
    """Start the demo outlets (on a demo site) and the worker; never raise."""
    if demo and Outlet.objects.filter(name=DEMO_OUTLET).exists():
        _start_demo_outlets(stdout)
    log = open(settings.VAR_DIR / "worker.log", "a")
    subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "worker", "--exit-with-parent"],
        stdout=log,
        stderr=log,
    )
    stdout.write(f"Worker started (log: {settings.VAR_DIR / 'worker.log'}).\n")


def _start_demo_outlets(stdout: TextIO) -> None:
    host, _, port = conf.get("DEMO_OUTLETS_BIND").rpartition(":")
    try:
        server = serve_outlets(host or "127.0.0.1", int(port))
    except (OSError, ValueError) as exc:
        stdout.write(
            f"Demo outlets not started ({exc}); set NEWSDESK_DEMO_OUTLETS_BIND.\n"
        )
        return
    demo_watch_load(base_url=server.base_url)
    stdout.write(f"Demo outlets on {server.base_url}/ (the inbox fills in a minute).\n")
