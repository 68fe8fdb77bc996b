"""The editor's forms for clipping a story, a group or an address."""

from __future__ import annotations

from django import forms

from newsdesk.monitor.fields import validate_language_tag
from newsdesk.monitor.models import Outlet

from .models import SectionPage
from .services.clip_url import OutletChoice, OutletGuess


def sections_for(user) -> list[SectionPage]:
    """Return the sections where `user` may add a clipping."""
    return [
        section
        for section in SectionPage.objects.order_by("path")
        if section.permissions_for_user(user).can_add_subpage()
    ]


class SectionChoiceMixin:
    """Offer only the sections the editor may add pages to."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = [section.pk for section in sections_for(user)]
        field = self.fields["section"]
        field.queryset = SectionPage.objects.filter(pk__in=allowed).order_by("path")
        if allowed and not self.initial.get("section"):
            field.initial = allowed[0]


class ClipForm(SectionChoiceMixin, forms.Form):
    section = forms.ModelChoiceField(queryset=SectionPage.objects.none())
    title = forms.CharField(max_length=255, required=False)
    passage = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
        help_text="The passage to quote: keep, trim or replace the lead paragraphs.",
    )


class TranslatedClipForm(ClipForm):
    """The clip form of a story in another language than the site's."""

    translated_title = forms.CharField(max_length=255, required=False)
    translated_passage = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
        help_text="The passage in the site's language; fill both or neither. "
        "“Suggest translation” fills whichever of the two is empty.",
    )

    def __init__(self, *args, language_name: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["translated_title"].label = f"Title in {language_name}"
        self.fields["translated_passage"].label = f"Passage in {language_name}"

    def clean(self):
        data = super().clean()
        title = data.get("translated_title", "").strip()
        passage = data.get("translated_passage", "").strip()
        if title and not passage:
            self.add_error("translated_passage", "Translate the passage too.")
        if passage and not title:
            self.add_error("translated_title", "Translate the title too.")
        return data


class ClipUrlForm(SectionChoiceMixin, forms.Form):
    url = forms.URLField(label="Address", max_length=2000, assume_scheme="https")
    section = forms.ModelChoiceField(queryset=SectionPage.objects.none())


class OutletOfferForm(forms.Form):
    """The editor's answer when the page names an outlet not known yet."""

    ACTIONS = [
        ("create", "Add this outlet"),
        ("existing", "Use an outlet already listed"),
        ("none", "No outlet"),
    ]
    action = forms.ChoiceField(
        choices=ACTIONS, initial="create", widget=forms.RadioSelect
    )
    name = forms.CharField(label="New outlet's name", max_length=200, required=False)
    url = forms.URLField(
        label="Its home page", max_length=500, required=False, assume_scheme="https"
    )
    language = forms.CharField(
        label="Its language",
        max_length=35,
        required=False,
        validators=[validate_language_tag],
    )
    outlet = forms.ModelChoiceField(
        label="Outlet already listed", queryset=Outlet.objects.all(), required=False
    )

    @classmethod
    def offering(cls, guess: OutletGuess) -> OutletOfferForm:
        """Return the form prefilled with the outlet the page names."""
        initial = {
            "action": "create",
            "name": guess.name,
            "url": guess.home_url,
            "language": guess.language,
            "outlet": guess.nearby[0].pk if guess.nearby else None,
        }
        return cls(prefix="outlet", initial=initial)

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action == "create" and not (data.get("name") or "").strip():
            self.add_error("name", "Give the new outlet a name.")
        if action == "existing" and not data.get("outlet"):
            self.add_error("outlet", "Choose the outlet.")
        return data

    def choice(self) -> OutletChoice:
        """Return the editor's answer as the clip service takes it."""
        data = self.cleaned_data
        if data["action"] == "existing":
            return OutletChoice(outlet=data["outlet"])
        if data["action"] == "create":
            return OutletChoice(
                name=data["name"], url=data["url"], language=data["language"]
            )
        return OutletChoice()
