import os
import socket
import threading

from django.core.management.base import BaseCommand

from newsdesk.monitor.scheduler import (
    scheduler_lock_release,
    scheduler_run,
    scheduler_tick,
)


class Command(BaseCommand):
    help = (
        "Queue the polls of due feeds and publish scheduled pages, every tick. "
        "Only one scheduler acts at a time; others wait for its lease."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Do one round, then stop."
        )
        parser.add_argument(
            "--tick", type=float, default=None, help="Seconds between rounds."
        )

    def handle(self, *args, once: bool, tick: float | None, **options):
        holder = f"{socket.gethostname()}:{os.getpid()}"
        if once:
            try:
                queued = scheduler_tick(holder=holder)
            finally:
                scheduler_lock_release(holder=holder)
            if queued is None:
                self.stdout.write("Another scheduler holds the lease; nothing done.")
            else:
                self.stdout.write(self.style.SUCCESS(f"{queued} feeds queued."))
            return
        self.stdout.write(f"Scheduler {holder} running; Ctrl-C stops it.")
        stop = threading.Event()
        try:
            scheduler_run(holder=holder, stop=stop, tick=tick)
        except KeyboardInterrupt:
            stop.set()
