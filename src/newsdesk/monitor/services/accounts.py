"""Follow a social account: add the feed (or channel page) the monitor polls."""

from __future__ import annotations

from django.db import transaction

from ..models import Feed, Outlet, SourceKind
from ..social import account_feed_url


@transaction.atomic
def feed_for_account(
    *, platform: str, account: str, outlet: Outlet | None = None, language: str = ""
) -> Feed:
    """Return the feed that follows `account` on `platform`, adding it if new.

    Running it twice gives the same feed: the address is unique.
    """
    if platform not in SourceKind.values or platform in ("feed", "page"):
        raise ValueError(
            f"{platform!r} is not a platform: choose mastodon, bluesky, "
            "youtube or telegram."
        )
    url = account_feed_url(platform=platform, account=account)
    feed, _created = Feed.objects.get_or_create(
        url=url,
        defaults={"source": platform, "outlet": outlet, "language": language},
    )
    return feed
