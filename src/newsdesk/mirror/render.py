"""Render the public site's addresses in-process, through the real URLconf.

The mirror goes through Django's test Client, so each file is exactly what
the live site answers; `exporting()` tells the templates (through the
`mirror` context processor) to leave out or redirect the forms that need the
live site.

While exporting, the middleware that only adds headers, keeps sessions,
serves the page cache or static files, or guards the admin is left out
(`HEADERS_ONLY`): it cannot change a body, and a mirror has no headers,
no sessions and no admin. Whatever else the site lists (common, redirects,
anything added later) still runs, and every reader is anonymous.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches as django_caches
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.core.handlers.base import BaseHandler
from django.test import RequestFactory
from django.test.utils import override_settings
from django.utils.encoding import iri_to_uri

from newsdesk.public.i18n import default_language_only

# The live site's address while exporting ("" when there is none), else None.
_EXPORTING: ContextVar[str | None] = ContextVar("newsdesk_mirror", default=None)
LOCAL_CACHE = "django.core.cache.backends.locmem.LocMemCache"
ANONYMOUS = "newsdesk.mirror.render.AnonymousReaderMiddleware"
# Middleware that never changes what a static file holds: headers, sessions,
# signing in, the page cache, static files (read apart), the admin's guards.
HEADERS_ONLY = {
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsdesk.public.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsdesk.public.middleware.ContentSecurityPolicyMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "newsdesk.security.middleware.TwoFactorMiddleware",
    "newsdesk.security.middleware.AdminHeadersMiddleware",
    "newsdesk.security.middleware.AdministratorsOnlyMiddleware",
    "axes.middleware.AxesMiddleware",
}
AUTHENTICATION = "django.contrib.auth.middleware.AuthenticationMiddleware"


def is_exporting() -> bool:
    """Tell whether the current rendering is for the static mirror."""
    return _EXPORTING.get() is not None


def mirror_context(request: Any) -> dict[str, Any]:
    """Give templates `mirror.active` and `mirror.live_url` (a context processor).

    The theme checks them, in one place per form: on the live site forms
    show as always; in the mirror they post to `live_url`, or are left out.
    """
    live_url = _EXPORTING.get()
    return {"mirror": {"active": live_url is not None, "live_url": live_url or ""}}


@contextmanager
def exporting(base_url: str, live_url: str = "") -> Iterator[None]:
    """Render for the mirror: any host accepted, the live site's cache untouched.

    A page rendered for the mirror lacks its forms; it must never be stored
    in, or served from, the live site's cache. Each cache is replaced by one
    in this process's memory, new for this export and emptied after it (so
    Wagtail's site lookups are not read from the database for every page).
    """
    token = _EXPORTING.set(live_url.rstrip("/"))
    run = uuid.uuid4().hex
    caches = {
        alias: {"BACKEND": LOCAL_CACHE, "LOCATION": f"newsdesk-mirror-{run}-{alias}"}
        for alias in getattr(settings, "CACHES", None) or {"default": None}
    }
    try:
        # The mirror holds the default language's pages only (for now: the
        # other languages stay on the live site, issue #21).
        with (
            default_language_only(),
            override_settings(
                ALLOWED_HOSTS=[urlsplit(base_url).hostname or "*"],
                CACHES=caches,
                SECURE_SSL_REDIRECT=False,
                MIDDLEWARE=lean_middleware(settings.MIDDLEWARE),
            ),
        ):
            try:
                yield
            finally:
                for cache in django_caches.all(initialized_only=True):
                    cache.clear()
    finally:
        _EXPORTING.reset(token)


def lean_middleware(middleware: list[str]) -> list[str]:
    """Return `middleware` without what cannot change a body (`HEADERS_ONLY`).

    Signing in becomes `AnonymousReaderMiddleware`: templates still find
    `request.user`, always anonymous, without a session to read.
    """
    return [
        ANONYMOUS if name == AUTHENTICATION else name
        for name in middleware
        if name not in HEADERS_ONLY
    ]


class AnonymousReaderMiddleware:
    """Make every request an anonymous reader's (the mirror's only reader)."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        request.user = AnonymousUser()
        return self.get_response(request)


@dataclass(frozen=True)
class Answer:
    """The site's answer for one address; `links` and `digest` once prepared."""

    status: int
    content_type: str
    body: bytes
    location: str = ""
    links: tuple[str, ...] = ()
    digest: str = ""


class Renderer:
    """Ask the site for one address at a time, as a reader at `base_url` would.

    Each request goes through Django's request handler with the (lean)
    middleware and the real URLconf, as the test `Client` would send it,
    without the client's own work per request: its request signals (which
    close and reopen the database connection every time), cookies and
    template recording. A view's error is the site's error page (500). The
    database connection stays open for the whole export (read-only work).
    """

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.secure = parts.scheme == "https"
        self.factory = RequestFactory(HTTP_HOST=parts.netloc)
        self.handler = BaseHandler()
        self.handler.load_middleware()
        self.request: Any = None  # the last page's request (`assemble.py` reads it)
        self.listing: Any = None  # the listing page it showed, if any

    def get(self, path: str) -> Answer:
        """Return the site's answer for `path` (a Unicode path, no query)."""
        if path.startswith(settings.STATIC_URL):
            return _file(static_source(path.removeprefix(settings.STATIC_URL)), path)
        if path.startswith(settings.MEDIA_URL):
            return _file(media_source(path.removeprefix(settings.MEDIA_URL)), path)
        request = self.factory.get(iri_to_uri(path), secure=self.secure)
        self.request = request
        # Not `response.close()`: it sends `request_finished`, which closes
        # the database connection (a GET holds no other resource).
        response = self.handler.get_response(request)
        # A listing's TemplateResponse names the page of posts it shows.
        context = getattr(response, "context_data", None) or {}
        self.listing = context.get("listing")
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        return Answer(
            status=response.status_code,
            content_type=response.get("Content-Type", ""),
            body=body,
            location=response.get("Location", ""),
        )


def static_source(name: str) -> bytes | None:
    """Return a static file's bytes, collected or straight from the apps."""
    found = finders.find(name)
    if isinstance(found, str):
        with open(found, "rb") as handle:
            return handle.read()
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as handle:
            data: bytes = handle.read()
            return data
    return None


def media_source(name: str) -> bytes | None:
    """Return an uploaded file's bytes from the media storage."""
    try:
        if not name or not default_storage.exists(name):
            return None
        with default_storage.open(name) as handle:
            data: bytes = handle.read()
            return data
    except (OSError, SuspiciousFileOperation):
        return None


def _file(data: bytes | None, path: str) -> Answer:
    if data is None:
        return Answer(status=404, content_type="", body=b"")
    kind = "text/css" if path.endswith(".css") else "application/octet-stream"
    return Answer(status=200, content_type=kind, body=data)
