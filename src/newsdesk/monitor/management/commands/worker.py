import os
import signal
import socket
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from newsdesk.monitor.scheduler import scheduler_run


class Command(BaseCommand):
    help = (
        "Run the background work: the task worker for the monitor's queue and, "
        "in the same process, the scheduler (single-instance by lease)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="Run only the task worker (when another process schedules).",
        )
        parser.add_argument(
            "--exit-with-parent",
            action="store_true",
            help="Stop when the process that started this one ends (newsdesk start).",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Run the queued tasks, then exit (no scheduler).",
        )

    def handle(
        self, *args, no_scheduler: bool, batch: bool, exit_with_parent: bool, **options
    ):
        stop = threading.Event()
        if exit_with_parent:
            threading.Thread(target=_watch_parent, args=(stop,), daemon=True).start()
        thread = None
        if not (no_scheduler or batch):
            holder = f"{socket.gethostname()}:{os.getpid()}"
            thread = threading.Thread(
                target=scheduler_run,
                kwargs={"holder": holder, "stop": stop},
                name="newsdesk-scheduler",
                daemon=True,
            )
            thread.start()
            self.stdout.write(f"Scheduler {holder} started.")
        try:
            command, arguments = worker_command(batch=batch)
            # The task worker writes where this command was told to write
            # (call_command's stdout/stderr); else to the process's own.
            streams = {
                name: options[name]
                for name in ("stdout", "stderr")
                if options.get(name)
            }
            call_command(command, *arguments, **streams)
        finally:
            stop.set()
            if thread is not None:
                thread.join(timeout=10)


def worker_command(*, batch: bool) -> tuple[str, list[str]]:
    """Return the worker command for the monitor's configured task backend."""
    backend = settings.TASKS["monitor"]["BACKEND"]
    if backend == "django_tasks_rq.RQBackend":
        queues = settings.TASKS["monitor"].get("QUEUES", ["default"])
        # --with-scheduler: tasks queued with run_after (the newsletter's next
        # batch, retries) wait in RQ's scheduled registry until due.
        arguments = [*queues, "--job-class=django_tasks_rq.Job", "--with-scheduler"]
        if batch:
            # Burst: run what is queued, then exit; in this process, no fork.
            arguments += ["--burst", "--worker-class=rq.worker.SimpleWorker"]
        return "rqworker", arguments
    # Options as arguments: db_worker checks its --backend while parsing, and
    # its default ("default") is not a database backend.
    arguments = ["--backend=monitor", "--no-reload"]
    if batch:
        arguments += ["--batch", "--no-startup-delay"]
    return "db_worker", arguments


def _watch_parent(stop: threading.Event) -> None:
    """Stop this process the way Ctrl-C would, once its parent is gone."""
    parent = os.getppid()
    while not stop.wait(1):
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGTERM)
            return
