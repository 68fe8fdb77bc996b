"""Settings for a checkout: `make run`, `newsdesk runserver`, the demo."""

from .base import *  # noqa: F403
from .base import CONTACT_KEYS, NEWSDESK, VAR_DIR
from .environment import (
    LOOPBACK_NETWORKS,
    env_networks,
    env_str,
    fernet_key,
    secret_from_file,
)

SECRET_KEY = env_str("NEWSDESK_SECRET_KEY", "") or secret_from_file(
    VAR_DIR / "secret-key"
)
CONTACT_KEYS = CONTACT_KEYS or [
    secret_from_file(VAR_DIR / "contact-key", generate=fernet_key)
]
# The demo outlets are served on 127.0.0.1: a checkout may fetch loopback
# unless NEWSDESK_FETCH_ALLOWED_NETWORKS says otherwise.
NEWSDESK = {
    **NEWSDESK,
    "FETCH_ALLOWED_NETWORKS": env_networks(
        "NEWSDESK_FETCH_ALLOWED_NETWORKS", LOOPBACK_NETWORKS
    ),
}
