"""The first administrator of a local installation, with a generated password."""

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction


@dataclass(frozen=True)
class AdminLogin:
    username: str
    password: str
    path: Path
    url: str
    password_current: bool


def _password(path: Path) -> str:
    """Return the password kept in `path`, generating it the first time."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(15) + "\n")
    return path.read_text().strip()


@transaction.atomic
def admin_login_ensure(*, username: str = "admin") -> AdminLogin:
    """Create the administrator `username` unless a superuser already exists.

    Idempotent: later runs create nothing and report the same password, or
    say that it was changed since.
    """
    path = Path(settings.VAR_DIR) / "admin-password"
    password = _password(path)
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None and not User.objects.filter(is_superuser=True).exists():
        user = User.objects.create_superuser(
            username=username, email=f"{username}@localhost", password=password
        )
    current = bool(user and user.check_password(password))
    return AdminLogin(
        username=user.username if user else username,
        password=password,
        path=path,
        url=f"{settings.BASE_URL}/admin/",
        password_current=current,
    )
