"""The subscribe form, with the comment form's two anti-spam fields."""

from django import forms

from newsdesk import conf
from newsdesk.text.languages import NAMES


def language_choices() -> list[tuple[str, str]]:
    return [(code, NAMES.get(code, code)) for code in conf.get("LANGUAGES")]


class SubscribeForm(forms.Form):
    """An address and, optionally, the languages to receive."""

    email = forms.EmailField(label="Email address", max_length=254)
    languages = forms.MultipleChoiceField(
        label="Only these languages (optional)",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave all unticked to receive every language.",
    )
    # Hidden from people by CSS; robots that fill every field give themselves away.
    nickname = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        # Its own ids: the footer form shares pages with the comment form.
        kwargs.setdefault("auto_id", "subscribe_%s")
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = language_choices()
        self.fields["email"].widget.attrs["autocomplete"] = "email"
