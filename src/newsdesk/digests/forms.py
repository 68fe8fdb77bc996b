from django import forms
from django.utils import timezone


class DraftForm(forms.Form):
    """Which week to draft: any day of it (this week by default)."""

    week = forms.DateField(
        label="A day of the week",
        help_text="The issue covers Monday to Sunday of this day's week.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"week": timezone.localdate()})
        super().__init__(*args, **kwargs)
