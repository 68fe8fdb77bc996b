"""What the theme's `{% cache %}` fragments are keyed by (a context processor).

A shared piece of a page (the navigation, the aside, a listing item, a
post's body) is cached with Django's `{% cache fragment_seconds name …
fragment_version %}`. `fragment_version` names the request's site and the
site-wide content version, which every change to public content renews
(publishing, moving, moderating a comment, saving the settings: see
`signals.py`), so a fragment is never older than the page around it, and
the interface language, so a fragment is never in another language; the
old ones are never read again and expire after `FRAGMENT_CACHE_SECONDS`.
"""

import time
import uuid
from typing import Any

from django.http import HttpRequest
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from newsdesk import conf

from .cache import REQUEST_GENERATION, cache_generation

STAMP_SECONDS = 600  # a form's signed stamp is renewed at least this often


def content_version(request: HttpRequest | None) -> str:
    """Return the fragments' version for `request`: its site, the content's,
    and the interface language (a fragment holds translated labels)."""
    if getattr(request, "is_preview", False):
        return f"preview.{uuid.uuid4().hex}"  # an editor's unsaved page: never reused
    site = Site.find_for_request(request) if request is not None else None
    # The page cache already read the generation for this request.
    generation = getattr(request, REQUEST_GENERATION, None) or cache_generation()
    return f"{site.pk if site else 0}.{generation}.{translation.get_language()}"


def fragment_cache(request: HttpRequest) -> dict[str, Any]:
    """Give templates `fragment_version`, `fragment_seconds` and `stamp_period`."""
    return {
        # Read only when a template asks, once per request.
        "fragment_version": SimpleLazyObject(lambda: content_version(request)),
        "fragment_seconds": int(conf.get("FRAGMENT_CACHE_SECONDS")),
        "stamp_period": int(time.time() // STAMP_SECONDS),
    }
