"""The subscribe form, with the comment form's two anti-spam fields."""

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from newsdesk import conf
from newsdesk.text.languages import NAMES


def language_name_translated(code: str) -> str:
    """Return a language's name in the interface language (Django's names)."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return NAMES.get(code, code)


def language_choices() -> list[tuple[str, str]]:
    return [(code, language_name_translated(code)) for code in conf.get("LANGUAGES")]


class SubscribeForm(forms.Form):
    """An address and, optionally, the languages to receive."""

    email = forms.EmailField(label=_("Email address"), max_length=254)
    languages = forms.MultipleChoiceField(
        label=_("Only these languages (optional)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to receive every language."),
    )
    # Hidden from people by CSS; robots that fill every field give themselves away.
    nickname = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        # Its own ids: the footer form shares pages with the comment form.
        kwargs.setdefault("auto_id", "subscribe_%s")
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = language_choices()
        self.fields["email"].widget.attrs["autocomplete"] = "email"
