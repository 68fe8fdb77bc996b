"""Build each subscriber's message: their languages' parts, headers, links."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from newsdesk import conf
from newsdesk.text.languages import direction, primary_subtag

from .models import Delivery, Mailing
from .tokens import unsubscribe_token

# Replaced per recipient, so each language selection is rendered only once.
UNSUBSCRIBE_MARK = "NEWSDESK-UNSUBSCRIBE-URL"


def parts_for(
    parts: list[dict[str, str]], languages: list[str]
) -> list[dict[str, str]]:
    """Return the parts meant for a reader of `languages` (none chosen: every part)."""
    chosen = {primary_subtag(code) for code in languages}
    return [
        part
        for part in parts
        if not part.get("language")
        or not chosen
        or primary_subtag(part["language"]) in chosen
    ]


def unsubscribe_url(subscriber_id: int) -> str:
    """Return the absolute address of a subscriber's unsubscribe page."""
    token = unsubscribe_token(subscriber_id)
    return settings.BASE_URL + reverse("newsletter:unsubscribe", args=[token])


class Composer:
    """Render one mailing's messages, caching the body per language selection."""

    def __init__(self, mailing: Mailing) -> None:
        self.mailing = mailing
        self._bodies: dict[tuple[str, ...], tuple[str, str] | None] = {}

    def bodies(self, languages: list[str]) -> tuple[str, str] | None:
        """Return (text, html) for a language selection, or None if nothing fits."""
        key = tuple(sorted(languages))
        if key not in self._bodies:
            self._bodies[key] = self._render(languages)
        return self._bodies[key]

    def _render(self, languages: list[str]) -> tuple[str, str] | None:
        parts = parts_for(list(self.mailing.parts), languages)
        if not any(part.get("language") for part in parts) and any(
            part.get("language") for part in self.mailing.parts
        ):
            # Only the parts for everyone fit: no issue content in their languages.
            return None
        context: dict[str, Any] = {
            "mailing": self.mailing,
            "parts": [
                {**part, "dir": direction(part.get("language") or "en")}
                for part in parts
            ],
            "unsubscribe_url": UNSUBSCRIBE_MARK,
        }
        text = render_to_string("newsletter/mail/mailing.txt", context)
        html = render_to_string("newsletter/mail/mailing.html", context)
        return text, html

    def message(self, delivery: Delivery) -> EmailMultiAlternatives | None:
        """Return the delivery's message, or None when no part is in its languages."""
        bodies = self.bodies(delivery.subscriber.language_list)
        if bodies is None:
            return None
        url = unsubscribe_url(delivery.subscriber_id)
        text, html = (body.replace(UNSUBSCRIBE_MARK, url) for body in bodies)
        message = EmailMultiAlternatives(
            subject=self.mailing.subject,
            body=text,
            from_email=self.mailing.from_email or None,
            to=[delivery.email],
            headers=self.headers(delivery, url),
        )
        message.attach_alternative(html, "text/html")
        return message

    def headers(self, delivery: Delivery, url: str) -> dict[str, str]:
        """Return the Message-ID and the RFC 8058 one-click unsubscribe headers."""
        targets = [f"<{url}>"]
        mailto = conf.get("NEWSLETTER_UNSUBSCRIBE_MAILTO")
        if mailto:
            targets.append(f"<mailto:{mailto}?subject=unsubscribe>")
        return {
            "Message-ID": delivery.message_id,
            "List-Unsubscribe": ", ".join(targets),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
