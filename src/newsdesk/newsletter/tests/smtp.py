"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what it accepts."""

import asyncio
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Recorder:
    """Accept mail, except for addresses told to fail; can drop the connection.

    `delay` makes each DATA take that many seconds, as a slow server does.
    """

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.replies: dict[str, str] = {}
        self.drop_after: int | None = None
        self.delay = 0.0

    @property
    def recipients(self) -> list[str]:
        return [message["To"] for message in self.messages]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.drop_after is not None and len(self.messages) >= self.drop_after:
            # The server goes away mid-DATA: the message is not accepted.
            server.transport.close()
            return "421 Going away"
        self.messages.append(
            message_from_bytes(envelope.content, policy=policy.default)
        )
        return "250 Message accepted"


class SmtpServer:
    def __init__(self) -> None:
        self.recorder = Recorder()
        self.port = free_port()
        self.controller = Controller(
            self.recorder, hostname="127.0.0.1", port=self.port
        )

    def __enter__(self) -> "SmtpServer":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
