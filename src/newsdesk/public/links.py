"""Which link targets the public pages may carry."""

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

SAFE_SCHEMES = ("http://", "https://", "mailto:")


def is_safe_link(url: str) -> bool:
    """Tell whether `url` may be an href on a public page (http, https, mailto)."""
    return url.strip().lower().startswith(SAFE_SCHEMES)


def validate_link(value: str) -> None:
    """Accept a web address (http/https) or a mailto: address, nothing else."""
    if value.lower().startswith("mailto:"):
        EmailValidator(message="Enter a valid address after mailto:.")(value[7:])
        return
    URLValidator(
        schemes=["http", "https"],
        message="Enter a web address (https://…) or an email link (mailto:…).",
    )(value)
    if not is_safe_link(value):
        raise ValidationError("Only http, https and mailto links are allowed.")
