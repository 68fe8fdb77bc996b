"""Settings for a checkout: `make run`, `newsdesk runserver`, the demo."""

from .base import *  # noqa: F403
from .base import CONTACT_KEYS, VAR_DIR
from .environment import env_str, fernet_key, secret_from_file

SECRET_KEY = env_str("NEWSDESK_SECRET_KEY", "") or secret_from_file(
    VAR_DIR / "secret-key"
)
CONTACT_KEYS = CONTACT_KEYS or [
    secret_from_file(VAR_DIR / "contact-key", generate=fernet_key)
]
