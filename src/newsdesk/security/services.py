"""Write paths for staff accounts' second factor: set it up, check it, recover."""

from typing import Any

import django_otp
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from newsdesk import conf

from .audit import audit_log

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


@transaction.atomic
def totp_device_pending(*, user: Any) -> TOTPDevice:
    """Return the user's unconfirmed authenticator device, creating it once."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=APP_DEVICE_NAME, confirmed=False
        )
    return device


@transaction.atomic
def totp_device_confirm(*, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm the device with a code from the app; return fresh recovery codes.

    Return None when the code is wrong. Any older authenticator device of the
    user is removed: one app, one secret.
    """
    if not device.verify_token(token.strip()):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    audit_log(
        instance=device.user, action="newsdesk.security.2fa_enabled", user=device.user
    )
    return recovery_codes_create(user=device.user)


@transaction.atomic
def recovery_codes_create(*, user: Any) -> list[str]:
    """Replace the user's recovery codes with new one-time codes; return them.

    The codes are shown once: only the device keeps them, for checking.
    """
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
    codes = [StaticToken.random_token() for _ in range(conf.get("RECOVERY_CODES"))]
    StaticToken.objects.bulk_create(
        [StaticToken(device=device, token=code) for code in codes]
    )
    audit_log(instance=user, action="newsdesk.security.recovery_codes", user=user)
    return codes


def second_factor_check(*, user: Any, token: str) -> Any:
    """Return the device (app or recovery code) that accepts `token`, or None.

    A recovery code is used up by the check; each device throttles repeated
    failures on its own.
    """
    token = token.strip().replace(" ", "")
    if not token:
        return None
    for device in django_otp.devices_for_user(user):
        verified = django_otp.verify_token(user, device.persistent_id, token)
        if verified is not None:
            return verified
    return None
