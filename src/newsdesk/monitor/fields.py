"""Model fields shared by newsroom models."""

from django.core.exceptions import ValidationError
from django.db import models

from newsdesk.text.languages import is_valid_tag


def validate_language_tag(value: str) -> None:
    """Reject anything that is not a BCP 47 language tag."""
    if not is_valid_tag(value):
        raise ValidationError(
            "%(value)s is not a language tag: use a BCP 47 code such as "
            "en, fa, ar, fr, sq or pt-BR.",
            params={"value": value},
        )


class LanguageField(models.CharField):
    """A BCP 47 language tag (`en`, `fa`, `pt-BR`)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 35)
        kwargs.setdefault("default", "en")
        kwargs.setdefault("validators", [validate_language_tag])
        kwargs.setdefault(
            "help_text", "A BCP 47 language code: en, fa, ar, fr, sq, pt-BR…"
        )
        super().__init__(*args, **kwargs)
