"""The contact form, with the same anti-spam fields as the comment form."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ContactForm(forms.Form):
    """What a reader types; `nickname` is the honeypot, `stamp` the signed time."""

    name = forms.CharField(label=_("Name"), max_length=200)
    reach = forms.CharField(
        label=_("How to reach you"),
        max_length=300,
        help_text=_("An email address, a phone number, a Signal name… as you prefer."),
    )
    message = forms.CharField(
        label=_("Message"), max_length=10_000, widget=forms.Textarea
    )
    # Hidden from people by CSS; robots that fill every field give themselves away.
    nickname = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)
