"""Settings for the test suite: real SQLite, nothing shared with var/."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import NEWSDESK
from .environment import (
    LOOPBACK_NETWORKS,
    cache_from_url,
    database_from_url,
    env_networks,
    env_str,
    fernet_key,
    memory_cache_from_url,
    secret_from_file,
)

SECRET_KEY = "test-only-secret-key-not-used-anywhere-else"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
# Each test run gets its own folder: tests never touch a developer's var/.
VAR_DIR = Path(tempfile.mkdtemp(prefix="newsdesk-test-"))
MEDIA_ROOT = VAR_DIR / "media"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir()
DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'test.sqlite3'}")
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the suite runs SQLite in WAL mode, as deployed.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Fetch tests talk to servers on 127.0.0.1; the SSRF tests narrow this.
NEWSDESK = {
    **NEWSDESK,
    "FETCH_ALLOWED_NETWORKS": env_networks(
        "NEWSDESK_FETCH_ALLOWED_NETWORKS", LOOPBACK_NETWORKS
    ),
}
CONTACT_KEYS = [secret_from_file(VAR_DIR / "contact-key", generate=fernet_key)]
# The shared cache as deployed: files in this run's folder, or the Redis at
# REDIS_URL in CI's second pass (each test starts with it emptied: conftest.py).
CACHES = {
    "default": cache_from_url(env_str("REDIS_URL", ""), VAR_DIR / "cache"),
    "pages": memory_cache_from_url(env_str("REDIS_URL", ""), "pages", 5_000),
    "template_fragments": memory_cache_from_url(
        env_str("REDIS_URL", ""), "fragments", 20_000
    ),
}
