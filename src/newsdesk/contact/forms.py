"""The contact form (with the comment form's anti-spam fields); the case forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CaseStatus
from .selectors import case_assignees


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


class CaseForm(forms.Form):
    """A Contact reader sets where a case stands and who answers it."""

    status = forms.ChoiceField(choices=CaseStatus.choices)
    assignee = forms.ModelChoiceField(
        queryset=None, required=False, empty_label="Nobody yet"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = case_assignees()


class NoteForm(forms.Form):
    """An internal note, seen only by Contact readers."""

    text = forms.CharField(
        label="Internal note", max_length=10_000, widget=forms.Textarea
    )


class ReplyForm(forms.Form):
    """A reply mailed to the sender."""

    subject = forms.CharField(max_length=200)
    body = forms.CharField(label="Reply", max_length=20_000, widget=forms.Textarea)
