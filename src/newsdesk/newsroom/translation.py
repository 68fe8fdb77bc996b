"""Machine translation as a suggestion: the provider interface and LibreTranslate.

A translator turns the title and the excerpt of a foreign-language clipping
into the site's language; the editor then edits what it suggests. Only
LibreTranslate's HTTP API (open source, self-hosted) is implemented:
`POST /translate` with `q`, `source`, `target`, `format` and `api_key`,
answered `{"translatedText": ...}` or, on failure, `{"error": ...}`.

Every request goes through the guarded outbound client. Nothing here
raises anything but `TranslationError`, whose message an editor can read.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Protocol

import nh3
from django.conf import settings

from newsdesk import conf
from newsdesk.security.outbound import (
    GuardedClient,
    OutboundError,
    OutboundLimits,
    OutboundResponse,
    OutboundTimeout,
)
from newsdesk.text.languages import primary_subtag

log = logging.getLogger(__name__)

# What a translated excerpt may keep: the excerpt's own rich-text features.
EXCERPT_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ol", "ul", "li"} | {
    "blockquote"
}
EXCERPT_ATTRIBUTES = {"a": {"href", "linktype", "id"}}


class TranslationError(Exception):
    """A translation that could not be had; the message says why, for a person."""


class Translator(Protocol):
    """Translate text or an HTML fragment from one language to another."""

    def translate(self, text: str, *, source: str, target: str, html: bool) -> str:
        """Return `text` in `target`; raise `TranslationError`."""
        ...


def site_language() -> str:
    """Return the language translations are made into (the site's own)."""
    return primary_subtag(settings.LANGUAGE_CODE)


def clean_excerpt_html(html: str) -> str:
    """Return translated HTML reduced to what an excerpt may hold."""
    return nh3.clean(
        html,
        tags=EXCERPT_TAGS,
        attributes=EXCERPT_ATTRIBUTES,
        link_rel=None,
        url_schemes={"http", "https", "mailto"},
    ).strip()


@dataclass(frozen=True)
class LibreTranslate:
    """A LibreTranslate server at `url` (its root, e.g. http://10.0.0.5:5000)."""

    url: str
    api_key: str = ""
    timeout: float = 20.0

    def translate(self, text: str, *, source: str, target: str, html: bool) -> str:
        """Return `text` translated from `source` to `target` by the server."""
        payload = {
            "q": text,
            "source": primary_subtag(source),
            "target": primary_subtag(target),
            "format": "html" if html else "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        answer = self._post(json.dumps(payload).encode())
        return translated_text(answer)

    def _post(self, body: bytes) -> OutboundResponse:
        endpoint = f"{self.url.rstrip('/')}/translate"
        limits = OutboundLimits.from_settings(
            total_timeout=self.timeout,
            connect_timeout=min(self.timeout, conf.get("FETCH_CONNECT_TIMEOUT")),
            max_bytes=1024 * 1024,
        )
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        try:
            with GuardedClient(limits=limits) as client:
                return client.post(endpoint, body=body, headers=headers)
        except OutboundTimeout:
            raise TranslationError(
                f"The translation service did not answer within {self.timeout:g} "
                "seconds. Try again later, or translate by hand."
            ) from None
        except OutboundError as exc:
            log.warning("translation request failed url=%s reason=%s", endpoint, exc)
            raise TranslationError(
                f"The translation service could not be reached ({exc}). Check "
                "NEWSDESK_TRANSLATE_URL, or translate by hand."
            ) from None


def translated_text(answer: OutboundResponse) -> str:
    """Return the `translatedText` of a LibreTranslate answer, or raise."""
    try:
        data = json.loads(answer.body)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        data = {}
    if answer.status != 200 or "error" in data:
        reason = data.get("error") or f"HTTP {answer.status}"
        raise TranslationError(f"The translation service refused: {reason}.")
    text = data.get("translatedText")
    if not isinstance(text, str) or not text.strip():
        raise TranslationError(
            "The translation service answered without a translation."
        )
    return text


def translator_from_settings() -> Translator | None:
    """Return the configured translator, or None when translation is off."""
    url = conf.get("TRANSLATE_URL")
    if not url:
        return None
    return LibreTranslate(
        url=url,
        api_key=conf.get("TRANSLATE_KEY"),
        timeout=float(conf.get("TRANSLATE_TIMEOUT")),
    )
