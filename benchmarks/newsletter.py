"""Measure the newsletter (`make bench-newsletter`): messages/s rendered and sent.

`python -m benchmarks.newsletter [--subscribers N] [--batch-size N]` on an
empty, migrated database prints one JSON line per figure. Everything is
local: an aiosmtpd server on 127.0.0.1 counts what it accepts; the database
is the configured one (`make bench-newsletter` points it at a fresh
temporary folder). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .django_setup import django_setup

django_setup()

from django.conf import settings  # noqa: E402 - needs Django set up
from django.utils import timezone  # noqa: E402

from newsdesk.newsletter.compose import Composer  # noqa: E402
from newsdesk.newsletter.models import Delivery, Mailing, Subscriber  # noqa: E402
from newsdesk.newsletter.sending import mailing_send_batch  # noqa: E402
from newsdesk.newsletter.services import (  # noqa: E402
    Part,
    mailing_create,
    mailing_send,
)

LANGUAGES = ["", "", "en", "fa", "fr", "ar", "sq", "en fa"]


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "bench": "newsletter",
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
        }


class _Counter:
    """An SMTP handler that accepts and counts every message."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 OK"


@contextmanager
def smtp_server() -> Iterator[_Counter]:
    """Run a counting SMTP server on 127.0.0.1 and point Django's mail at it."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    counter = _Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    try:
        yield counter
    finally:
        controller.stop()


def subscribers_create(count: int) -> None:
    """Add `count` confirmed fictional subscribers with a mix of languages."""
    now = timezone.now()
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"reader{n:05d}@example.org",
                languages=LANGUAGES[n % len(LANGUAGES)],
                created_at=now,
                confirmed_at=now,
            )
            for n in range(count)
        ],
        batch_size=1000,
    )


def _mailing() -> Mailing:
    paragraph = "The heron count on the north shore rose again this week. " * 6
    parts = [Part(language="", html="<p>Weekly Digest – 1</p>", text="Digest 1")]
    for code in ("en", "fa", "fr", "ar", "sq"):
        items = "".join(
            f"<p><a href='https://example.org/{i}'>{paragraph}</a></p>"
            for i in range(8)
        )
        parts.append(Part(language=code, html=items, text=paragraph * 8))
    return mailing_create(subject="Weekly Digest – 1", parts=parts)


def bench_render(mailing: Mailing) -> Figure:
    """Render every delivery's message to bytes, without sending."""
    composer = Composer(mailing)
    deliveries = list(
        Delivery.objects.filter(mailing=mailing).select_related("subscriber")
    )
    started = time.perf_counter()
    for delivery in deliveries:
        message = composer.message(delivery)
        if message is not None:
            message.message().as_bytes()
    elapsed = time.perf_counter() - started
    return Figure("messages rendered per second", len(deliveries) / elapsed, "msg/s")


def bench_send(mailing: Mailing, counter: _Counter) -> list[Figure]:
    """Send the whole mailing in batches to the local SMTP server."""
    started = time.perf_counter()
    batches = 0
    while True:
        report = mailing_send_batch(mailing=mailing)
        batches += 1
        if report.next_run is None or report.smtp_down:
            break
    elapsed = time.perf_counter() - started
    return [
        Figure(
            "messages sent per second (claim, render, SMTP, mark)",
            counter.count / elapsed,
            "msg/s",
        ),
        Figure("messages accepted by the SMTP server", counter.count, "msg"),
        Figure("batches", batches, "batches"),
        Figure("total sending time", elapsed, "s"),
    ]


def run(subscribers: int, batch_size: int) -> list[Figure]:
    """Create the subscribers and a mailing, then measure rendering and sending."""
    settings.NEWSDESK = {
        **settings.NEWSDESK,
        "NEWSLETTER_MESSAGES_PER_SECOND": 0,
        "NEWSLETTER_BATCH_SIZE": batch_size,
    }
    started = time.perf_counter()
    subscribers_create(subscribers)
    mailing = _mailing()
    mailing_send(mailing=mailing)
    figures = [
        Figure("subscribers and deliveries created", time.perf_counter() - started, "s")
    ]
    figures.append(bench_render(mailing))
    with smtp_server() as counter:
        figures += bench_send(mailing, counter)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args(argv)
    if Subscriber.objects.exists():
        sys.exit(
            "The database has subscribers: run the bench on an empty one "
            "(`make bench-newsletter` uses a fresh temporary folder)."
        )
    print(f"Newsletter, {args.subscribers:,} subscribers…", file=sys.stderr)
    for figure in run(args.subscribers, args.batch_size):
        print(json.dumps(figure.as_dict()), flush=True)


if __name__ == "__main__":
    main()
