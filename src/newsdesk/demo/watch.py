"""Give the demo's outlets their feeds on the demo-outlets server, and a watchlist."""

from __future__ import annotations

from django.db import transaction

from newsdesk.monitor.models import Feed, Outlet, Term, Topic
from newsdesk.monitor.services import term_aliases_sync

from . import outlets_content
from .outlets import BROKEN_PATHS, feed_paths


@transaction.atomic
def demo_watch_load(*, base_url: str) -> int:
    """Create the demo outlets' feeds and the demo watchlist; return feeds created.

    Running it twice creates nothing twice.
    """
    created = 0
    for name, path in feed_paths().items():
        outlet, _ = Outlet.objects.get_or_create(name=name)
        created += _feed(base_url + path, outlet=outlet)
    courier = Outlet.objects.get(name="Saltreach Courier")
    for path in BROKEN_PATHS:
        created += _feed(base_url + path, outlet=courier)
    _watchlist()
    return created


def _feed(url: str, *, outlet: Outlet) -> int:
    _, created = Feed.objects.get_or_create(
        url=url, defaults={"outlet": outlet, "language": outlet.language}
    )
    return int(created)


def _watchlist() -> None:
    spec = outlets_content.WATCHLIST
    topic, _ = Topic.objects.get_or_create(
        name=spec["name"], defaults={"exclusions": spec["exclusions"]}
    )
    for order, (label, aliases) in enumerate(spec["terms"].items()):
        term, _ = Term.objects.get_or_create(
            topic=topic,
            label=label,
            defaults={"aliases_text": aliases, "sort_order": order},
        )
        term_aliases_sync(term=term)
