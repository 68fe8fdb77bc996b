"""Admin: the "Draft this week's digest" action; issues are never copied."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views
from .models import DigestIssuePage


@hooks.register("register_admin_urls")
def register_digest_urls():
    return [
        path("digests/draft/", views.draft, name="digests_draft"),
        path("digests/<int:page_id>/send/", views.send, name="digests_send"),
        path(
            "digests/quote/<int:story_id>/", views.quote_post, name="digests_quote_post"
        ),
    ]


class DraftMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_draft(request.user)


@hooks.register("register_admin_menu_item")
def register_draft_menu_item():
    return DraftMenuItem(
        "Draft this week's digest",
        reverse("digests_draft"),
        icon_name="doc-full",
        order=195,
    )


@hooks.register("before_copy_page")
def refuse_to_copy_issues(request, page):
    """A copy would share the original's number and week; draft a new issue."""
    if isinstance(page.specific, DigestIssuePage):
        messages.error(
            request,
            "A digest issue cannot be copied: use “Draft this week's digest”.",
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("register_page_header_buttons")
def send_issue_button(page, user, view_name=None, next_url=None):
    """Offer "Send to subscribers" on a live issue to those who may publish it."""
    specific = page.specific_deferred
    if (
        isinstance(specific, DigestIssuePage)
        and page.live
        and page.permissions_for_user(user).can_publish()
    ):
        yield Button(
            "Send to subscribers",
            reverse("digests_send", args=[page.pk]),
            icon_name="mail",
            priority=60,
        )


@hooks.register("construct_inbox_buttons")
def add_quote_buttons(rows, user):
    """Offer "Quote in digest" on the social posts of the inbox."""
    if not views.may_draft(user):
        return
    for row in rows:
        if row.story.is_post:
            url = reverse("digests_quote_post", args=[row.story.pk])
            row.buttons.append(
                Button("Quote in digest", url, classname="inbox-post", priority=30)
            )
