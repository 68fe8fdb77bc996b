"""The reader's comment form, with its two anti-spam fields."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CommentForm(forms.Form):
    """What a reader types; `nickname` is the honeypot, `stamp` the signed time."""

    name = forms.CharField(label=_("Name"), max_length=100)
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        max_length=254,
        help_text=_("Optional, never shown."),
    )
    url = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Optional."),
    )
    body = forms.CharField(label=_("Comment"), max_length=5000, widget=forms.Textarea)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Hidden from people by CSS; robots that fill every field give themselves away.
    nickname = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_url(self) -> str:
        value: str = self.cleaned_data["url"]
        if value and not value.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(
                _("Enter a web address starting with https://.")
            )
        return value
