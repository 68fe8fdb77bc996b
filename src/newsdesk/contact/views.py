"""Receive a reader's message: check it, store it encrypted, say "received"."""

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import timezone

from newsdesk.engagement import antispam
from newsdesk.engagement.views import HttpResponseSeeOther
from newsdesk.security.network import client_ip, ip_hash

from .forms import ContactForm
from .services import contact_message_receive

FORM = "contact"
REFUSED = (
    "Your message could not be accepted. Please reload the page, wait a few "
    "seconds and send it again."
)


def contact_form(page, request: HttpRequest) -> HttpResponse:
    """Show the form (GET) or take a message from it (POST)."""
    if request.method == "POST":
        return _post(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return _render(page, request, ContactForm())


def contact_received(page, request: HttpRequest) -> HttpResponse:
    """Say that the message was received, and nothing more."""
    context = page.get_context(request)
    return TemplateResponse(request, "contact/contact_received.html", context)


def _render(page, request: HttpRequest, form: ContactForm, status: int = 200):
    """Show the form, bound to what the reader typed when it comes back."""
    context = page.get_context(request)
    context["form"] = form
    context["stamp"] = antispam.stamp(page_id=page.pk, now=timezone.now(), form=FORM)
    return TemplateResponse(
        request, "contact/contact_page.html", context, status=status
    )


def _post(page, request: HttpRequest) -> HttpResponse:
    form = ContactForm(request.POST)
    if not form.is_valid():
        return _render(page, request, form, status=400)
    data = form.cleaned_data
    now = timezone.now()
    reason = antispam.rejection_reason(
        honeypot=data["nickname"],
        stamp_value=data["stamp"],
        page_id=page.pk,
        address_hash=ip_hash(client_ip(request)),
        now=now,
        form=FORM,
    )
    if reason:
        antispam.rejection_record(reason=reason, now=now, form=FORM)
        form.add_error(None, REFUSED)
        return _render(page, request, form, status=400)
    contact_message_receive(
        page=page,
        name=data["name"],
        reach=data["reach"],
        message=data["message"],
        now=now,
    )
    return HttpResponseSeeOther(page.url + page.reverse_subpage("contact_received"))
