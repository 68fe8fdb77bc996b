"""Private feeds: an editor's saved inbox filter as RSS, at a secret address."""

from __future__ import annotations

from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from .forms import InboxFilterForm
from .models import InboxFeed, Story
from .services.alerts import inbox_link

FEED_ITEMS = 50


@method_decorator(never_cache, name="__call__")
class InboxFeedView(Feed):
    """The stories of a saved inbox filter, newest first, for its owner's reader.

    The address's token is the only key, so the feed answers only while its
    owner may still open the admin; a revoked token is a 404.
    """

    def get_object(self, request: HttpRequest, token: str) -> InboxFeed:  # type: ignore[override]
        feed = get_object_or_404(InboxFeed.objects.select_related("user"), token=token)
        owner = feed.user
        if not owner.is_active or not owner.has_perm("wagtailadmin.access_admin"):
            raise Http404("no such feed")
        return feed

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().__call__(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Referrer-Policy"] = "no-referrer"
        return response

    def title(self, obj: InboxFeed) -> str:
        return f"Inbox: {obj.name}"

    def link(self, obj: InboxFeed) -> str:
        return f"{reverse('monitor_inbox')}?{obj.query}"

    def description(self, obj: InboxFeed) -> str:
        return f"Matched stories for the saved filter “{obj.name}”."

    def items(self, obj: InboxFeed) -> list[Story]:
        from .selectors import inbox_stories

        filters = InboxFilterForm(QueryDict(obj.query)).filters()
        return list(inbox_stories(filters=filters)[:FEED_ITEMS])

    def item_title(self, item: Story) -> str:
        return item.title or item.url

    def item_description(self, item: Story) -> str:
        return "\n".join(
            f"{match.topic}: {match.alias} — {match.context}"
            for match in item.matches.all()
        )

    def item_link(self, item: Story) -> str:
        return item.url

    def item_guid(self, item: Story) -> str:
        return inbox_link(story=item)

    def item_guid_is_permalink(self, item: Story) -> bool:
        return True

    def item_pubdate(self, item: Story) -> Any:
        return item.published_at or item.created_at
