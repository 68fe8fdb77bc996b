"""Receive a reader's comment: check it, store it, send the reader back."""

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseForbidden,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from newsdesk.security.network import client_ip, from_another_site, ip_hash

from . import antispam
from .forms import CommentForm
from .models import Comment
from .services import CommentsClosed, comment_submit

REFUSED = (
    "Your comment could not be accepted. Please reload the page, wait a few "
    "seconds and send it again."
)
CLOSED = "Comments are closed on this page."


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def _page(page_id: int) -> Page:
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not hasattr(page, "comments_open"):
        raise Http404("No page takes comments here.")
    return page


def _parent(page: Page, parent_id: int | None) -> Comment | None:
    if not parent_id:
        return None
    return Comment.objects.filter(
        pk=parent_id, page_id=page.pk, status=Comment.Status.APPROVED
    ).first()


def _again(request: HttpRequest, page: Page, form: CommentForm, error: str = ""):
    """Show the form again with the errors and everything the reader typed."""
    if error:
        form.add_error(None, error)
    now = timezone.now()
    return render(
        request,
        "public/comment_form.html",
        {
            "page": page,
            "form": form,
            "stamp": antispam.stamp(page_id=page.pk, now=now),
        },
        status=400,
    )


# The comment form carries no per-reader CSRF token, so the page that shows it
# stays in the page cache for every reader: the form acts for no account, and
# the origin check (security.network) plus the signed stamp stand in for the token.
@csrf_exempt
@require_POST
def comment_post(request: HttpRequest, page_id: int) -> HttpResponse:
    """Store a comment from the page's form; redirect (303) back to the page."""
    if from_another_site(request):
        return HttpResponseForbidden("Comments are taken only from this site's pages.")
    page = _page(page_id)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _again(request, page, form)
    now = timezone.now()
    address = client_ip(request)
    data = form.cleaned_data
    reason = antispam.rejection_reason(
        honeypot=data["nickname"],
        stamp_value=data["stamp"],
        page_id=page.pk,
        address_hash=ip_hash(address),
        now=now,
    )
    if reason:
        antispam.rejection_record(reason=reason, now=now)
        return _again(request, page, form, REFUSED)
    try:
        comment_submit(
            page=page,
            parent=_parent(page, data["parent"]),
            name=data["name"],
            email=data["email"],
            url=data["url"],
            body=data["body"],
            ip=address,
            now=now,
        )
    except CommentsClosed:
        return _again(request, page, form, CLOSED)
    return HttpResponseSeeOther(f"{page.url}?comment=received#comments")
