"""Kill the worker in the middle of a mailing, start it again: each mail once.

Runs the real `newsdesk` command (migrate, worker) in a fresh folder, on the
test run's engine (SQLite, or a fresh PostgreSQL database in CI's second
pass), against a real SMTP server on 127.0.0.1 that holds the third message
until the worker is killed (so that message is never accepted).
"""

import asyncio
import signal
import subprocess
import threading

import pytest

from newsdesk.tests.processes import (
    child_database,
    child_environment,
    newsdesk_command,
    newsdesk_process,
)

from .smtp import Recorder, SmtpServer


class Holding(Recorder):
    """Accept two messages, then hold the third until released, and refuse it."""

    def __init__(self) -> None:
        super().__init__()
        self.holding = True
        self.reached = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.holding and len(self.messages) == 2:
            self.reached.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "421 The worker is gone"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def server():
    server = SmtpServer()
    server.recorder = Holding()
    server.controller.handler = server.recorder
    with server:
        yield server


@pytest.fixture
def database(tmp_path):
    with child_database(tmp_path) as database:
        yield database


@pytest.fixture
def env(tmp_path, server, database):
    env = child_environment(
        tmp_path, EMAIL_URL=f"smtp://127.0.0.1:{server.port}", **database.env
    )
    newsdesk_command(env, "migrate", "--verbosity=0")
    return env


STATUSES = "select status, count(*) from newsletter_delivery group by status"


SETUP = (
    "from django.utils import timezone;"
    "from newsdesk.newsletter.models import Subscriber;"
    "from newsdesk.newsletter.services import Part, mailing_create, mailing_send;"
    "[Subscriber.objects.create(email=f'r{n}@example.org', created_at=timezone.now())"
    " for n in range(6)];"
    "m = mailing_create(subject='Weekly Digest – 3',"
    " parts=[Part(language='', html='<p>Hi</p>', text='Hi')]);"
    "mailing_send(mailing=m)"
)


def test_a_killed_worker_mails_nobody_twice_and_skips_nobody(env, database, server):
    newsdesk_command(env, "shell", "-c", SETUP)
    worker = newsdesk_process(
        env, "worker", "--batch", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        assert server.recorder.reached.wait(timeout=120), "the third mail never came"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        server.recorder.release.set()
        if worker.poll() is None:
            worker.kill()
    assert len(server.recorder.messages) == 2
    assert dict(database.rows(STATUSES)) == {"sent": 2, "sending": 4}
    # The killed worker's lease runs out (pushed here instead of waiting).
    database.rows("update newsletter_delivery set lease_until = '2000-01-01'")
    database.rows("update newsletter_mailing set next_batch_at = '2000-01-01'")
    server.recorder.holding = False
    newsdesk_command(env, "send_mailings", "--resume")
    newsdesk_command(env, "worker", "--batch")
    # The third message was in the server's hands when the worker died: by
    # default it is flagged for a person to check, never sent again; the
    # three the worker had only claimed go out once.
    assert dict(database.rows(STATUSES)) == {"sent": 5, "uncertain": 1}
    uncertain = "select email from newsletter_delivery where status = 'uncertain'"
    assert database.rows(uncertain) == [("r2@example.org",)]
    assert sorted(server.recorder.recipients) == [
        f"r{n}@example.org" for n in (0, 1, 3, 4, 5)
    ]
