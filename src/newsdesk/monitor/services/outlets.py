"""Outlets: find one by what a page says of itself, or add one."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from django.db import transaction
from tld import get_fld

from newsdesk.text.folding import fold

from ..models import Feed, Outlet


def registered_domain(url: str) -> str:
    """Return the registered domain of `url`'s host: `news.bbc.co.uk` -> `bbc.co.uk`.

    The Public Suffix List is the copy the `tld` package ships (never fetched
    at run time). Addresses, single labels and unlisted suffixes (`.example`)
    give the host itself, or its last two labels.
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return host
    found = get_fld(host, fix_protocol=True, fail_silently=True)
    if found:
        return str(found)
    labels = host.removeprefix("www.").split(".")
    return ".".join(labels[-2:])


def outlet_named(name: str) -> Outlet | None:
    """Return the outlet called `name`, compared folded (case, marks, spacing)."""
    wanted = fold(name)
    if not wanted:
        return None
    for outlet in Outlet.objects.all():
        if fold(outlet.name) == wanted:
            return outlet
    return None


def outlets_on_domain(domain: str) -> list[Outlet]:
    """Return the outlets whose home page or a feed is on `domain`."""
    if not domain:
        return []
    found: dict[int, Outlet] = {}
    for outlet in Outlet.objects.exclude(url=""):
        if registered_domain(outlet.url) == domain:
            found.setdefault(outlet.pk, outlet)
    feeds = Feed.objects.filter(outlet__isnull=False).select_related("outlet")
    for feed in feeds:
        if feed.outlet is not None and registered_domain(feed.url) == domain:
            found.setdefault(feed.outlet.pk, feed.outlet)
    return sorted(found.values(), key=lambda outlet: outlet.name)


@transaction.atomic
def outlet_create(*, name: str, url: str = "", language: str = "en") -> Outlet:
    """Add the outlet `name`, or return the one already called so (folded)."""
    name = " ".join(name.split())[:200]
    if not name:
        raise ValueError("Give the outlet a name.")
    existing = outlet_named(name)
    if existing is not None:
        return existing
    outlet = Outlet(name=name, url=url[:500], language=language or "en")
    outlet.full_clean()
    outlet.save()
    return outlet


def outlet_for_platform(*, platform: str) -> Outlet:
    """Return the outlet standing for a social platform ("Telegram"), adding it.

    A post's attribution names the platform where a piece names its outlet:
    "Author (@handle), Telegram, December 5 2026". Running it twice gives the
    same outlet.
    """
    from newsdesk import conf

    from ..social import platform_home, platform_name

    languages = conf.get("LANGUAGES")
    return outlet_create(
        name=platform_name(platform),
        url=platform_home(platform),
        language=str(languages[0]) if languages else "en",
    )
