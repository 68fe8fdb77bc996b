"""Which language a public page is in: its address decides, nothing else.

The first of `settings.LANGUAGES` is served at `/`, every other under its
own prefix (`/fa/`, `/ar/`, …; `i18n_patterns` in `newsdesk/urls.py`). No
cookie or `Accept-Language` is consulted, unlike Django's `LocaleMiddleware`:
an address always answers in one language, so the page cache and nginx,
which key pages by address, never mix languages and need no `Vary`.

An item (a clipping or an article) is shown in the interface of its own
language wherever it is reached (`item_language_activate`, a Wagtail
`before_serve_page` hook): its address names it, so the rule still holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation

# Set while rendering for a reader of the default language only (the static
# mirror exports the site in its default language: `default_language_only`).
ONE_LANGUAGE: ContextVar[bool] = ContextVar("newsdesk_one_language", default=False)


@contextmanager
def default_language_only() -> Iterator[None]:
    """Render every page in the default language, without a language switcher
    or alternates: the static mirror's pages (`newsdesk export`)."""
    token = ONE_LANGUAGE.set(True)
    try:
        yield
    finally:
        ONE_LANGUAGE.reset(token)


def one_language() -> bool:
    """Tell whether only the default language is being served."""
    return ONE_LANGUAGE.get()


def default_language() -> str:
    """Return the language served without a prefix."""
    return str(settings.LANGUAGE_CODE)


def site_languages() -> list[str]:
    """Return the codes of the site's languages, the default first."""
    return [code for code, _name in settings.LANGUAGES]


def language_of_path(path: str) -> str:
    """Return the language an address is in: its prefix's, else the default."""
    first = path.lstrip("/").split("/", 1)[0]
    if first != default_language() and first in site_languages():
        return first
    return default_language()


def interface_language(tag: str) -> str:
    """Return the site language that serves content in `tag` (BCP 47).

    `fa-IR` is served by `fa`; a language the site has no interface in
    (German, say) by the default language.
    """
    try:
        found = translation.get_supported_language_variant(tag.replace("_", "-"))
    except LookupError:
        return default_language()
    return found if found in site_languages() else default_language()


def language_activate(request: HttpRequest, language: str) -> None:
    """Make `language` the language of the rest of this request."""
    translation.activate(language)
    request.LANGUAGE_CODE = translation.get_language()


class LanguageMiddleware:
    """Activate the language the address is in, and say it in the response."""

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> Any:
        language = language_of_path(request.path_info)
        language_activate(request, default_language() if one_language() else language)
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


def item_language_activate(
    page: Any, request: HttpRequest, serve_args: Any, serve_kwargs: Any
) -> None:
    """Serve an item (a page with a `language`) in its language's interface:
    the language readers see first, a translation's when it has one."""
    language = getattr(page, "display_language", "") or getattr(page, "language", "")
    if language and not one_language():
        language_activate(request, interface_language(language))


def language_home(language: str) -> str:
    """Return the address of the home page in `language`."""
    return "/" if language == default_language() else f"/{language}/"


def path_in_language(path: str, language: str) -> str:
    """Return the address of the page at `path` in `language` (Django's
    `translate_url`), or that language's home when the path has no twin."""
    found = translate_url(path, language)
    if found == path and language_of_path(path) != language:
        return language_home(language)
    return found
