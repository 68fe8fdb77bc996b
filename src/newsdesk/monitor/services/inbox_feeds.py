"""Writes for private feeds: an editor's saved inbox filter, behind a secret."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.http import QueryDict

from ..models import InboxFeed
from ..models.alerts import new_feed_token

log = logging.getLogger(__name__)

# The inbox's filter fields; anything else in a saved address is dropped.
FILTER_FIELDS = ("q", "topic", "language", "outlet", "status", "since", "until")


@transaction.atomic
def inbox_feed_create(*, user: Any, name: str, query: str) -> InboxFeed:
    """Save the inbox filter in `query` (an address's query string) as a feed."""
    given = QueryDict(query)
    kept = QueryDict(mutable=True)
    for field in FILTER_FIELDS:
        if given.get(field):
            kept[field] = given[field]
    feed = InboxFeed.objects.create(
        user=user, name=name.strip()[:200] or "Inbox", query=kept.urlencode()[:2000]
    )
    log.info("private feed saved", extra={"inbox_feed_id": feed.pk, "user": user.pk})
    return feed


@transaction.atomic
def inbox_feed_revoke(*, feed: InboxFeed, user: Any) -> InboxFeed:
    """Give the feed a new secret address; the old one stops working at once."""
    feed.token = new_feed_token()
    feed.save(update_fields=["token"])
    log.info("private feed revoked", extra={"inbox_feed_id": feed.pk, "user": user.pk})
    return feed
