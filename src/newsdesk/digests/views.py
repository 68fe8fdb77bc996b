"""Admin view: draft the week's digest, then open it in the editor."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.models import Page

from newsdesk.monitor.models import Story
from newsdesk.newsletter.selectors import confirmed_subscriber_count
from newsdesk.newsroom.models import HomePage

from .forms import DraftForm
from .models import DigestIssuePage
from .selectors import digest_index
from .sending import NotPublished, issue_mailing, issue_send
from .services import (
    DigestError,
    Redraft,
    digest_quote_post,
    digest_redraft,
)


def may_draft(user) -> bool:
    """Tell whether `user` may add an issue (or the digest section)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    parent: Page | None = digest_index() or HomePage.objects.order_by("path").first()
    # Issues are not "creatable" by hand, so can_add_subpage() is always False
    # on the digest section: ask for the add permission itself.
    return parent is not None and "add" in parent.permissions_for_user(user).permissions


def draft(request):
    """Ask for the week (this one by default), draft or update it, open the editor.

    A week whose issue is live is not opened: the form comes back with the
    next week filled in.
    """
    if not may_draft(request.user):
        raise PermissionDenied
    form = DraftForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = digest_redraft(
                week_start=form.cleaned_data["week"], user=request.user
            )
        except DigestError as error:
            messages.error(request, str(error))
        else:
            if not result.live:
                messages.success(request, redraft_message(result))
                return redirect("wagtailadmin_pages:edit", result.issue.pk)
            messages.warning(request, live_message(result))
            form = DraftForm(initial={"week": result.next_week})
    return TemplateResponse(
        request,
        "digests/admin/draft.html",
        {
            "header_title": "Draft this week's digest",
            "page_title": "Draft this week's digest",
            "header_icon": "doc-full",
            "form": form,
        },
    )


def redraft_message(result: Redraft) -> str:
    """Return what drafting did, for the editor."""
    title = result.issue.title
    if result.created:
        return f"{title} is ready to edit."
    if result.added:
        clippings = "clipping" if result.added == 1 else "clippings"
        return (
            f"Added {result.added} {clippings} published since the last draft "
            f"to {title}, at the end of their language sections."
        )
    return f"No clippings were published since the last draft of {title}."


def live_message(result: Redraft) -> str:
    """Return why a live issue was not opened, and what to do instead."""
    issue = result.issue
    return (
        f"{issue.title} for {issue.week_label} is already live, so it was not "
        f"changed. The form now holds the next week: draft that one instead."
    )


def send(request, page_id: int):
    """Confirm, then mail a published issue to the subscribers (once)."""
    issue = get_object_or_404(DigestIssuePage, pk=page_id)
    if not issue.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    mailing = issue_mailing(issue)
    if request.method == "POST":
        try:
            mailing, created = issue_send(issue=issue, user=request.user)
        except NotPublished as error:
            messages.error(request, str(error))
            return redirect("wagtailadmin_pages:edit", issue.pk)
        if created:
            messages.success(request, f"{issue.title} is being sent.")
        else:
            messages.warning(request, f"{issue.title} was already sent.")
        return redirect("newsletter_mailings:inspect", mailing.pk)
    return TemplateResponse(
        request,
        "digests/admin/send.html",
        {
            "header_title": f"Send {issue.title}",
            "page_title": f"Send {issue.title}",
            "header_icon": "mail",
            "issue": issue,
            "mailing": mailing,
            "subscribers": confirmed_subscriber_count(),
        },
    )


@require_POST
def quote_post(request, story_id: int):
    """Quote a social post of the inbox in this week's issue, then go back."""
    if not may_draft(request.user):
        raise PermissionDenied
    story = get_object_or_404(Story.objects.select_related("feed"), pk=story_id)
    try:
        result = digest_quote_post(story=story, user=request.user)
    except DigestError as error:
        messages.error(request, str(error))
    else:
        if result.added:
            messages.success(request, f"The post is quoted in {result.issue.title}.")
        else:
            messages.info(request, f"The post is already in {result.issue.title}.")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "monitor_inbox"
    return redirect(back)
