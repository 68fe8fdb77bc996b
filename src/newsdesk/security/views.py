"""Admin views: set up and check the second factor; readers' personal data."""

import json

import django_otp
import segno
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .forms import PersonalDataForm, TokenForm
from .personal_data import personal_data_erase, personal_data_export
from .services import (
    recovery_codes_create,
    second_factor_check,
    totp_device_confirm,
    totp_device_pending,
)

WRONG_CODE = "That code is not valid. Check your device's clock and try again."


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


def two_factor_setup(request):
    """Show the secret as a QR code; confirm it with a first code."""
    if django_otp.user_has_device(request.user):
        return HttpResponseRedirect(reverse("security_2fa_verify"))
    device = totp_device_pending(user=request.user)
    form = TokenForm(request.POST or None)
    if form.is_valid():
        codes = totp_device_confirm(device=device, token=form.cleaned_data["token"])
        if codes is not None:
            django_otp.login(request, device)
            return _recovery_codes_page(request, codes)
        form.add_error("token", WRONG_CODE)
    qr = segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#000")
    context = {
        "form": form,
        "qr_svg": mark_safe(qr),  # noqa: S308 - segno's own SVG, no outside text
        "secret": _base32(device),
        "next": _next(request),
    }
    return render(request, "security/two_factor_setup.html", context)


def two_factor_verify(request):
    """Ask for a code from the app or a recovery code; then go on."""
    form = TokenForm(request.POST or None)
    if form.is_valid():
        device = second_factor_check(
            user=request.user, token=form.cleaned_data["token"]
        )
        if device is not None:
            django_otp.login(request, device)
            return HttpResponseRedirect(_next(request))
        form.add_error("token", WRONG_CODE)
    return render(
        request,
        "security/two_factor_verify.html",
        {"form": form, "next": _next(request)},
    )


def recovery_codes(request):
    """Make new recovery codes (the old ones stop working) and show them once."""
    if request.method != "POST":
        return render(request, "security/recovery_codes_new.html")
    if not request.user.is_verified():
        raise PermissionDenied("Confirm a code first.")
    return _recovery_codes_page(request, recovery_codes_create(user=request.user))


def _recovery_codes_page(request, codes):
    response = render(
        request,
        "security/recovery_codes.html",
        {"codes": codes, "next": _next(request)},
    )
    response["Cache-Control"] = "no-store"
    return response


def _base32(device) -> str:
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def personal_data(request):
    """Export or erase what is stored about an email address (administrators)."""
    if not request.user.is_superuser:
        raise PermissionDenied("Personal data is for administrators.")
    form = PersonalDataForm(request.POST or None)
    if form.is_valid():
        email = form.cleaned_data["email"]
        if form.cleaned_data["action"] == "export":
            return _export_download(email, request.user)
        report = personal_data_erase(email=email, user=request.user)
        messages.success(request, f"Erased or anonymised {report.total} records.")
        return HttpResponseRedirect(reverse("security_personal_data"))
    return render(
        request,
        "security/personal_data.html",
        {"form": form, "header_title": "Personal data", "header_icon": "user"},
    )


def _export_download(email, user):
    records = personal_data_export(email=email, user=user)
    body = json.dumps(records, ensure_ascii=False, indent=2, default=str)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
    response["Cache-Control"] = "no-store"
    return response
