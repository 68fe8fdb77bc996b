"""The reader's comment form, with its two anti-spam fields."""

from django import forms


class CommentForm(forms.Form):
    """What a reader types; `nickname` is the honeypot, `stamp` the signed time."""

    name = forms.CharField(max_length=100)
    email = forms.EmailField(
        required=False, max_length=254, help_text="Optional, never shown."
    )
    url = forms.URLField(
        label="Website",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="Optional.",
    )
    body = forms.CharField(label="Comment", max_length=5000, widget=forms.Textarea)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Hidden from people by CSS; robots that fill every field give themselves away.
    nickname = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_url(self) -> str:
        value: str = self.cleaned_data["url"]
        if value and not value.lower().startswith(("http://", "https://")):
            raise forms.ValidationError("Enter a web address starting with https://.")
        return value
