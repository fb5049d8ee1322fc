from django import forms

from bookings.formatting import govuk_datetime


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="Reason for declining",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="The practitioner will see this.",
        error_messages={"required": "Enter a reason for declining"},
    )


class CatalogueFilterForm(forms.Form):
    area = forms.ModelChoiceField(queryset=None, required=False, empty_label="All areas", label="Area")
    month = forms.ChoiceField(required=False, label="Month")

    def __init__(self, *args, months, **kwargs):
        from lms.models import LocalAuthority

        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = LocalAuthority.objects.order_by("name")
        self.fields["month"].choices = [("", "Any month"), *months]


class BookingRequestForm(forms.Form):
    job_role = forms.CharField(
        label="Job role", max_length=150, error_messages={"required": "Enter your job role"}
    )
    manager_name = forms.CharField(
        label="Line manager's full name",
        max_length=150,
        error_messages={"required": "Enter your line manager's full name"},
    )
    manager_email = forms.EmailField(
        label="Line manager's email address",
        help_text="We email them a link to approve your place.",
        error_messages={
            "required": "Enter your line manager's email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    access_needs = forms.CharField(
        label="Access or dietary needs (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    acknowledged_policy = forms.BooleanField(
        error_messages={"required": "Confirm that you have read the cancellation policy"},
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        course = session.course
        if course.charges_apply:
            self.fields["acknowledged_policy"].label = (
                f"I understand that if I cancel at or after {govuk_datetime(session.cutoff_at)}, "
                f"or do not attend, my organisation will be charged £{course.charge_amount}"
            )
        else:
            self.fields["acknowledged_policy"].label = "I have read the cancellation policy"


class CancelForm(forms.Form):
    confirm = forms.BooleanField(
        label="Yes, cancel my place", error_messages={"required": "Confirm that you want to cancel"}
    )


class WalkInForm(forms.Form):
    email = forms.EmailField(
        label="Email address of the person who walked in",
        help_text="They need an account with a completed profile.",
        error_messages={"required": "Enter the email address of the person who walked in"},
    )
