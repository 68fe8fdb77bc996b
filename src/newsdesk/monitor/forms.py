"""The inbox's filter form and its form for acting on several stories."""

from django import forms

from newsdesk import conf
from newsdesk.text.languages import language_name

from .models import Outlet, Story, StoryStatus, Topic
from .selectors import InboxFilters, inbox_editors


class InboxFilterForm(forms.Form):
    q = forms.CharField(label="Search", required=False)
    topic = forms.ModelChoiceField(Topic.objects.all(), required=False)
    language = forms.ChoiceField(required=False)
    outlet = forms.ModelChoiceField(Outlet.objects.all(), required=False)
    status = forms.ChoiceField(
        choices=[("", "any")] + list(StoryStatus.choices), required=False
    )
    since = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    mine = forms.BooleanField(label="My stories", required=False)

    story = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = conf.get("LANGUAGES")
        self.fields["language"].choices = [("", "any")] + [
            (code, language_name(code)) for code in codes
        ]

    def filters(self, *, user=None) -> InboxFilters:
        """Return the filters the editor chose (none when the form is invalid)."""
        if not self.is_valid():
            return InboxFilters()
        data = self.cleaned_data
        mine = data["mine"] and user is not None
        return InboxFilters(
            topic=data["topic"].pk if data["topic"] else None,
            language=data["language"].strip(),
            outlet=data["outlet"].pk if data["outlet"] else None,
            status=data["status"],
            since=data["since"],
            until=data["until"],
            query=data["q"].strip(),
            story=data["story"],
            assignee=user.pk if mine else None,
        )


class InboxBulkForm(forms.Form):
    """Dismiss the chosen stories, or give them to an editor (or to nobody)."""

    story = forms.ModelMultipleChoiceField(
        Story.objects.all(),
        error_messages={"required": "Choose at least one story first."},
    )
    action = forms.ChoiceField(choices=[("dismiss", "Dismiss"), ("assign", "Assign")])
    assignee = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Assign to",
        empty_label="nobody",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = inbox_editors()
