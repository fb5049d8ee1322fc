from django import forms


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="Reason for declining",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="The practitioner will see this.",
        error_messages={"required": "Enter a reason for declining"},
    )
