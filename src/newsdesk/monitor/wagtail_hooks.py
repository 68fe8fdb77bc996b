from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Feed, Outlet, Topic
from .services import term_aliases_sync


class OutletViewSet(SnippetViewSet):
    model = Outlet
    icon = "site"
    menu_label = "Outlets"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "language", "country", "url"]
    list_filter = ["language", "country"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(OutletViewSet)


class FeedViewSet(SnippetViewSet):
    model = Feed
    icon = "link"
    menu_label = "Feeds"
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "url",
        "outlet",
        "source",
        "kind",
        "last_polled_at",
        "last_new_story_at",
        "last_status",
        "failure_count",
        "last_error",
        "next_poll_at",
        "enabled",
    ]
    list_filter = ["source", "kind", "enabled", "outlet"]
    search_fields = ["url", "outlet_name"]
    ordering = ["-failure_count", "url"]


register_snippet(FeedViewSet)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Watchlist"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "backfill_progress"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def sync_topic_aliases(request, instance):
    """Keep the stored aliases in step with the editor's; re-check stored stories."""
    if isinstance(instance, Topic):
        for term in instance.terms.all():
            term_aliases_sync(term=term)
        from .tasks import backfill_topic  # the tasks module needs the app ready

        backfill_topic.enqueue(instance.pk)


@hooks.register("register_admin_urls")
def register_monitor_urls():
    return [
        path("monitor/inbox/", views.inbox, name="monitor_inbox"),
        path("monitor/inbox/bulk/", views.bulk, name="monitor_inbox_bulk"),
        path(
            "monitor/inbox/<int:story_id>/dismiss/",
            views.dismiss,
            name="monitor_dismiss",
        ),
        path("monitor/inbox/feeds/", views.inbox_feeds, name="monitor_inbox_feeds"),
        path(
            "monitor/inbox/feeds/save/",
            views.inbox_feed_save,
            name="monitor_inbox_feed_save",
        ),
        path(
            "monitor/inbox/feeds/<int:feed_id>/",
            views.inbox_feed_change,
            name="monitor_inbox_feed_change",
        ),
        path(
            "monitor/feeds/<int:feed_id>/poll/",
            views.feed_poll_now,
            name="monitor_feed_poll",
        ),
        path(
            "monitor/stories/<int:story_id>/snapshot/",
            views.snapshot,
            name="monitor_snapshot",
        ),
        path(
            "monitor/stories/<int:story_id>/snapshot.html",
            views.snapshot_html,
            name="monitor_snapshot_html",
        ),
        path(
            "monitor/stories/<int:story_id>/snapshot.warc.gz",
            views.snapshot_warc,
            name="monitor_snapshot_warc",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return MenuItem("Inbox", reverse("monitor_inbox"), icon_name="mail", order=190)


@hooks.register("register_snippet_listing_buttons")
def feed_poll_button(snippet, user, next_url=None):
    if isinstance(snippet, Feed) and user.has_perm("monitor.change_feed"):
        yield Button(
            "Poll now",
            reverse("monitor_feed_poll", args=[snippet.pk]),
            icon_name="resubmit",
            priority=50,
        )
