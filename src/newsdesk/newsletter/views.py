"""Subscribe, confirm and unsubscribe pages; none of them needs a login."""

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsdesk import conf
from newsdesk.engagement import antispam
from newsdesk.security.network import client_ip, from_another_site, ip_hash
from newsdesk.security.ratelimit import rate_limited

from .forms import SubscribeForm
from .models import Subscriber
from .services import (
    subscriber_confirm,
    subscriber_unsubscribe,
    subscription_request,
)
from .tokens import InvalidToken, unsubscribe_read

# Stamps of the subscribe form are signed for this pseudo page id.
FORM_ID = 0
REFUSED = (
    "Your request could not be accepted. Please wait a few seconds and send it again."
)


def form_context(form: SubscribeForm | None = None) -> dict:
    """Return what the subscribe form template needs: the form and a fresh stamp."""
    return {
        "subscribe_form": form or SubscribeForm(),
        "subscribe_stamp": antispam.stamp(page_id=FORM_ID, now=timezone.now()),
    }


def _again(request: HttpRequest, form: SubscribeForm, error: str, status: int):
    if error:
        form.add_error(None, error)
    return render(
        request, "newsletter/subscribe.html", form_context(form), status=status
    )


# The subscribe form is in every page's footer and carries no per-reader CSRF
# token, so pages stay in the page cache: it acts for no account, and the
# origin check, the signed stamp and double opt-in stand in for the token.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    """Show the form; on POST mail a confirmation link, whoever the address is."""
    if request.method == "GET":
        return render(request, "newsletter/subscribe.html", form_context())
    if from_another_site(request):
        return HttpResponseForbidden("Subscriptions are taken only from this site.")
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return _again(request, form, "", 400)
    now = timezone.now()
    data = form.cleaned_data
    if data["nickname"]:
        # A robot: answer as if it worked, mail nobody.
        return render(request, "newsletter/subscribe_sent.html")
    if antispam.stamp_reason(value=data["stamp"], page_id=FORM_ID, now=now):
        return _again(request, form, REFUSED, 400)
    limit = conf.get("NEWSLETTER_SUBSCRIBE_RATE_PER_IP")
    address = ip_hash(client_ip(request))
    if rate_limited(key=f"newsletter-ip:{address}", limit=limit, now=now):
        return _again(request, form, "Too many requests; please try again later.", 429)
    subscription_request(email=data["email"], languages=data["languages"], now=now)
    return render(request, "newsletter/subscribe_sent.html")


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Show a button (mail scanners follow links); confirm on POST."""
    if request.method == "GET":
        return render(request, "newsletter/confirm.html", {"token": token})
    try:
        subscriber = subscriber_confirm(
            token=token, ip=client_ip(request), now=timezone.now()
        )
    except InvalidToken:
        return render(request, "newsletter/confirm_invalid.html", status=400)
    return render(request, "newsletter/confirmed.html", {"subscriber": subscriber})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Show a button on GET; unsubscribe on POST (also RFC 8058 one-click).

    CSRF-exempt on purpose: mail clients post here without a form, and the
    signed token is what authorises the request.
    """
    try:
        subscriber = Subscriber.objects.get(pk=unsubscribe_read(token))
    except (InvalidToken, Subscriber.DoesNotExist):
        return render(request, "newsletter/unsubscribe_invalid.html", status=404)
    if request.method == "GET":
        context = {"token": token, "subscriber": subscriber}
        return render(request, "newsletter/unsubscribe.html", context)
    subscriber_unsubscribe(subscriber=subscriber, now=timezone.now())
    return render(request, "newsletter/unsubscribed.html", {"subscriber": subscriber})
