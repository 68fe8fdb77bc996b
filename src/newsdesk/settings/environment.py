"""Read deployment values from the environment, in one place, and turn the
URLs among them (DATABASE_URL, REDIS_URL) into Django's settings entries.

Every variable read here is documented in the README; a test checks that.
"""

import base64
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# What a checkout's demo and the tests may fetch: this machine's loopback.
LOOPBACK_NETWORKS = ["127.0.0.0/8", "::1/128"]
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    """Return the variable's value, or the default when it is unset."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    """Return the variable as a boolean (1/0, true/false, yes/no, on/off)."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean: use one of 1/0, true/false, yes/no, on/off."
    )


def env_int(name: str, default: int) -> int:
    """Return the variable as an integer."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated variable as a list of non-empty items."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_networks(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated list of CIDR networks, each one checked."""
    import ipaddress

    networks = env_list(name, default)
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}: {network!r} is not a network; write comma-separated "
                "CIDRs such as 10.0.0.0/8,fd00::/8."
            ) from None
    return networks


def random_secret() -> str:
    """Return a new random secret for SECRET_KEY."""
    return secrets.token_urlsafe(50)


def fernet_key() -> str:
    """Return a new Fernet key (32 random bytes, URL-safe base64)."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


def secret_from_file(path: Path, generate: Callable[[], str] = random_secret) -> str:
    """Return the secret kept in `path`, generating it on first use.

    The embedded default never ships a fixed secret: each installation makes
    its own, keeps it in var/ (mode 0600) and reuses it on every later start.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(generate() + "\n")
        try:
            # link() refuses to overwrite: when two processes start at once,
            # the first one's secret wins and both read it back below.
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    value = path.read_text().strip()
    if not value:
        raise ImproperlyConfigured(f"{path} is empty: delete it to generate a new one.")
    return value


EMAIL_SCHEMES = {
    "smtp": (False, False),
    "smtp+tls": (True, False),
    "submission": (True, False),
    "smtps": (False, True),
}


def email_settings(url: str) -> dict[str, object]:
    """Return Django's EMAIL_* settings for an EMAIL_URL.

    `smtp://user:password@host:port` (plain), `smtp+tls://…` (STARTTLS),
    `smtps://…` (TLS from the start), `file:///path` (one file per message,
    for the demo), `console://` and `locmem://` (development and tests).
    """
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parts.path),
        }
    if scheme in ("console", "locmem"):
        return {"EMAIL_BACKEND": f"django.core.mail.backends.{scheme}.EmailBackend"}
    if scheme not in EMAIL_SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL={url!r}: use smtp://, smtp+tls://, smtps:// or file:///path."
        )
    use_tls, use_ssl = EMAIL_SCHEMES[scheme]
    default_port = 465 if use_ssl else (587 if use_tls else 25)
    try:
        port = parts.port or default_port
    except ValueError:
        raise ImproperlyConfigured(f"EMAIL_URL={url!r} has a bad port.") from None
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }


def database_from_url(url: str) -> dict[str, Any]:
    """Return Django's DATABASES entry for `url`, tuned for its engine."""
    config: dict[str, Any] = dict(
        dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers and one writer work at once; IMMEDIATE takes the
        # write lock at BEGIN, so concurrent writers wait instead of failing.
        # Connections are kept (CONN_MAX_AGE from above) like PostgreSQL's:
        # opening one per request cost an uncached page about 1.3 ms.
        config["CONN_HEALTH_CHECKS"] = False
        config["OPTIONS"] = {
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA busy_timeout=20000;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return config


def cache_from_url(url: str, folder: Path) -> dict[str, Any]:
    """Return Django's CACHES entry: Redis at `url`, else files in `folder`."""
    if url:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "newsdesk",
        }
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(folder),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }


def memory_cache_from_url(url: str, name: str, entries: int) -> dict[str, Any]:
    """Return a CACHES entry for what every process may keep apart: the shared
    Redis at `url`, else this process's memory (at most `entries`).

    Whole pages and the theme's `{% cache %}` fragments go there: their keys
    carry the content's generation or version, read from the shared "default"
    cache on every request, so a copy in one process is never stale. Not the
    file cache: with many entries, its every write lists the whole folder.
    """
    if url:
        return cache_from_url(url, Path())
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"newsdesk-{name}",
        "OPTIONS": {"MAX_ENTRIES": entries},
    }
