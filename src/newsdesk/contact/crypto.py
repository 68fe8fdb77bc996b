"""Seal and open contact messages with the Fernet keys in settings.CONTACT_KEYS.

The first key encrypts; every key is tried to decrypt (MultiFernet), so a new
key goes in front and the old one stays behind it until `newsdesk
contact_rekey` has re-encrypted every message.
"""

import hashlib
import hmac
import json
import re
import unicodedata

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

GENERATE_HINT = (
    'python -c "from cryptography.fernet import Fernet; '
    'print(Fernet.generate_key().decode())"'
)
PHONE = re.compile(r"[0-9+()\-.\s/]+")


class MessageUnreadable(Exception):
    """No configured key opens this message."""


def keyring() -> MultiFernet:
    """Return the configured keys, newest first; explain a missing or bad key."""
    keys = list(getattr(settings, "CONTACT_KEYS", []))
    if not keys:
        raise ImproperlyConfigured(
            f"Set NEWSDESK_CONTACT_KEY to a Fernet key, for example: {GENERATE_HINT}"
        )
    fernets = []
    for position, key in enumerate(keys, start=1):
        try:
            fernets.append(Fernet(key))
        except (ValueError, TypeError):
            raise ImproperlyConfigured(
                f"Key {position} in NEWSDESK_CONTACT_KEY is not a Fernet key "
                f"(32 bytes in URL-safe base64); make one with: {GENERATE_HINT}"
            ) from None
    return MultiFernet(fernets)


def seal(fields: dict[str, str]) -> str:
    """Encrypt the fields with the newest key; return the token as text."""
    plain = json.dumps(fields, ensure_ascii=False).encode()
    return keyring().encrypt(plain).decode("ascii")


def unseal(token: str) -> dict[str, str]:
    """Decrypt a sealed message; raise MessageUnreadable if no key opens it."""
    try:
        plain = keyring().decrypt(token.encode("ascii"))
    except InvalidToken:
        raise MessageUnreadable(
            "None of the keys in NEWSDESK_CONTACT_KEY opens this message: add the "
            "key it was written with after the current one, then run "
            "`newsdesk contact_rekey`."
        ) from None
    fields: dict[str, str] = json.loads(plain)
    return fields


def reseal(token: str) -> str:
    """Re-encrypt a sealed message with the newest key."""
    try:
        return keyring().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise MessageUnreadable("No key in NEWSDESK_CONTACT_KEY opens it.") from None


def normalise_reach(value: str) -> str:
    """Return the comparable form of an address: e-mail lowercased, phone digits."""
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    text = text.removeprefix("mailto:").removeprefix("tel:").strip()
    if text and PHONE.fullmatch(text) and any(c.isdigit() for c in text):
        return re.sub(r"[^0-9+]", "", text)
    return " ".join(text.split())


def reach_hash(value: str) -> str:
    """Return a keyed hash (HMAC-SHA256 with SECRET_KEY) of the normalised address.

    It finds one person's messages for export or erasure without decrypting
    the others; it changes with SECRET_KEY.
    """
    key = settings.SECRET_KEY.encode()
    data = b"newsdesk.contact.reach\0" + normalise_reach(value).encode()
    return hmac.new(key, data, hashlib.sha256).hexdigest()
