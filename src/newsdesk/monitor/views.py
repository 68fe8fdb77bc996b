"""Admin views: the inbox, dismissing stories, and stored snapshots."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail import hooks

from .forms import InboxBulkForm, InboxFilterForm
from .models import Feed, InboxFeed, Snapshot, Story
from .scheduler import feed_enqueue
from .selectors import inbox_rows, inbox_stories
from .services import (
    inbox_feed_create,
    inbox_feed_revoke,
    stories_assign,
    stories_dismiss,
    story_dismiss,
)
from .snapshot import SnapshotError, read_snapshot

PAGE_SIZE = 50


def inbox(request):
    form = InboxFilterForm(request.GET or None)
    stories = inbox_stories(filters=form.filters(user=request.user))
    page = Paginator(stories, PAGE_SIZE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    rows = inbox_rows(page)
    # Apps downstream (the newsroom's "Clip") add their buttons to the rows.
    for construct in hooks.get_hooks("construct_inbox_buttons"):
        construct(rows, request.user)
    return TemplateResponse(
        request,
        "monitor/inbox.html",
        {
            "header_title": "Inbox",
            "page_title": "Inbox",
            "header_icon": "mail",
            "form": form,
            "bulk": InboxBulkForm(),
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
        },
    )


@require_POST
def dismiss(request, story_id: int):
    if not request.user.has_perm("monitor.change_story"):
        raise PermissionDenied
    story = get_object_or_404(Story, pk=story_id)
    whole_group = request.POST.get("group") == "1"
    count = story_dismiss(story=story, whole_group=whole_group, user=request.user)
    messages.success(request, f"{count} stor{'y' if count == 1 else 'ies'} dismissed.")
    return _back(request)


@require_POST
def bulk(request):
    """Dismiss the chosen stories, or assign them, then go back to the inbox."""
    if not request.user.has_perm("monitor.change_story"):
        raise PermissionDenied
    form = InboxBulkForm(request.POST)
    if form.is_valid():
        ids = [story.pk for story in form.cleaned_data["story"]]
        messages.success(request, _bulk_apply(request, form, ids))
    else:
        errors = [e for field in form.errors.values() for e in field]
        messages.error(request, " ".join(errors))
    return _back(request)


def _bulk_apply(request, form: InboxBulkForm, ids: list[int]) -> str:
    if form.cleaned_data["action"] == "dismiss":
        count = stories_dismiss(story_ids=ids, user=request.user)
        return f"{count} stor{'y' if count == 1 else 'ies'} dismissed."
    assignee = form.cleaned_data["assignee"]
    count = stories_assign(story_ids=ids, assignee=assignee, user=request.user)
    to = assignee.get_full_name() or assignee.get_username() if assignee else "nobody"
    return f"{count} stor{'y' if count == 1 else 'ies'} assigned to {to}."


def _back(request):
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "monitor_inbox"
    return redirect(back)


def snapshot(request, story_id: int):
    story = get_object_or_404(Story, pk=story_id)
    snap = get_object_or_404(Snapshot, story=story)
    return TemplateResponse(
        request,
        "monitor/snapshot.html",
        {
            "header_title": f"Snapshot: {story}",
            "page_title": "Snapshot",
            "page_subtitle": str(story),
            "header_icon": "doc-full",
            "story": story,
            "snapshot": snap,
        },
    )


def snapshot_html(request, story_id: int):
    """Send the stored page as a download, never rendered on the admin's origin."""
    snap = get_object_or_404(Snapshot, story_id=story_id)
    try:
        with snap.warc.open("rb") as fileobj:
            _status, _headers, body = read_snapshot(fileobj)
    except (OSError, ValueError, SnapshotError) as exc:
        raise Http404(f"the snapshot file cannot be read: {exc}") from exc
    response = HttpResponse(body, content_type="text/plain")
    response["Content-Disposition"] = f'attachment; filename="story-{story_id}.html"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def snapshot_warc(request, story_id: int):
    """Send the snapshot's .warc.gz file as it is stored."""
    snap = get_object_or_404(Snapshot, story_id=story_id)
    try:
        fileobj = snap.warc.open("rb")
    except (OSError, ValueError) as exc:
        raise Http404(f"the snapshot file cannot be read: {exc}") from exc
    response = FileResponse(
        fileobj,
        as_attachment=True,
        filename=f"story-{story_id}.warc.gz",
        content_type="application/warc",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def feed_poll_now(request, feed_id: int):
    """Confirm, then queue a poll of one feed for the worker."""
    feed = get_object_or_404(Feed, pk=feed_id)
    if request.method == "POST":
        if not request.user.has_perm("monitor.change_feed"):
            raise PermissionDenied
        feed_enqueue(feed=feed, now=timezone.now())
        messages.success(
            request, f"{feed} is queued: the worker polls it within a minute."
        )
        return redirect("wagtailsnippets_monitor_feed:list")
    return TemplateResponse(
        request,
        "monitor/feed_poll.html",
        {
            "header_title": "Poll now",
            "page_title": "Poll now",
            "page_subtitle": str(feed),
            "header_icon": "resubmit",
            "feed": feed,
        },
    )


@require_POST
def inbox_feed_save(request):
    """Save the inbox's current filter as one of the editor's private feeds."""
    feed = inbox_feed_create(
        user=request.user,
        name=request.POST.get("name", ""),
        query=request.POST.get("query", ""),
    )
    messages.success(request, f"“{feed.name}” is saved: its address is below.")
    return redirect("monitor_inbox_feeds")


def inbox_feeds(request):
    """List the editor's private feeds with their secret addresses."""
    feeds = InboxFeed.objects.filter(user=request.user)
    return TemplateResponse(
        request,
        "monitor/inbox_feeds.html",
        {
            "header_title": "My inbox feeds",
            "page_title": "My inbox feeds",
            "header_icon": "link",
            "feeds": [
                (
                    feed,
                    request.build_absolute_uri(
                        reverse("inbox-feed", args=[feed.token])
                    ),
                )
                for feed in feeds
            ],
        },
    )


@require_POST
def inbox_feed_change(request, feed_id: int):
    """Give one of the editor's feeds a new address, or delete it."""
    feed = get_object_or_404(InboxFeed, pk=feed_id, user=request.user)
    if request.POST.get("action") == "delete":
        feed.delete()
        messages.success(request, f"“{feed.name}” is deleted; its address is dead.")
    else:
        inbox_feed_revoke(feed=feed, user=request.user)
        messages.success(
            request, f"“{feed.name}” has a new address; the old one no longer works."
        )
    return redirect("monitor_inbox_feeds")
