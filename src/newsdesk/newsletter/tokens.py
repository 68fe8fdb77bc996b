"""Signed tokens in the newsletter's links: confirm (expiring) and unsubscribe."""

from datetime import datetime
from typing import Any

from django.core import signing

from newsdesk import conf

CONFIRM_SALT = "newsdesk.newsletter.confirm"
UNSUBSCRIBE_SALT = "newsdesk.newsletter.unsubscribe"


class InvalidToken(Exception):
    """The link was tampered with, has expired, or was never ours."""


class _Clock(signing.TimestampSigner):  # type: ignore[misc]
    """A TimestampSigner whose clock is the `now` it is given (tests fake time)."""

    def __init__(self, now: datetime) -> None:
        super().__init__(salt=CONFIRM_SALT)
        self.now = now

    def timestamp(self) -> str:
        return signing.b62_encode(int(self.now.timestamp()))


def confirm_token(*, email: str, languages: list[str], now: datetime) -> str:
    """Return a signed, timestamped token carrying the address and languages."""
    return str(_Clock(now).sign_object({"e": email, "l": languages}, compress=True))


def confirm_read(token: str, *, now: datetime) -> tuple[str, list[str]]:
    """Return the (email, languages) a confirm token carries; raise InvalidToken."""
    signer = _Clock(now)
    try:
        data: Any = signer.unsign_object(token)
        stamped = signing.b62_decode(token.rsplit(signer.sep, 2)[1])
    except (signing.BadSignature, ValueError, IndexError):
        raise InvalidToken("bad signature") from None
    if now.timestamp() - stamped > conf.get("NEWSLETTER_CONFIRM_MAX_AGE"):
        raise InvalidToken("expired")
    if not isinstance(data, dict) or not isinstance(data.get("e"), str):
        raise InvalidToken("bad payload")
    languages = [str(code) for code in data.get("l") or []]
    return data["e"], languages


def unsubscribe_token(subscriber_id: int) -> str:
    """Return the token of a subscriber's unsubscribe link (it never expires)."""
    return str(signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscriber_id)))


def unsubscribe_read(token: str) -> int:
    """Return the subscriber id an unsubscribe token names; raise InvalidToken."""
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        raise InvalidToken("bad signature") from None
