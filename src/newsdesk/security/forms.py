from django import forms


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code",
        max_length=16,
        help_text="The 6-digit code from your authenticator app, or a recovery code.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label="Email address")
    action = forms.ChoiceField(
        choices=[("export", "Export (download JSON)"), ("erase", "Erase")],
        widget=forms.RadioSelect,
        initial="export",
    )
    confirm = forms.BooleanField(
        required=False,
        label="Yes, erase everything stored about this address. It cannot be undone.",
    )

    def clean(self):
        data = super().clean()
        if data.get("action") == "erase" and not data.get("confirm"):
            self.add_error("confirm", "Tick the box to confirm the erasure.")
        return data
