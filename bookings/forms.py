from django import forms

from bookings.services import BookingError, check_manager_address
from lms import addresses, validators
from lms.formatting import govuk_datetime
from lms.spreadsheets import UPLOAD_LIMITS, check_upload


class ManagerDecisionForm(forms.Form):
    """ "Do you approve this place?" Yes or no; a reason only for no, and then a reason is needed.
    The field names are the ones the approval page has always posted (action, reason)."""

    action = forms.ChoiceField(
        label="Do you approve this place?",
        choices=[("approve", "Yes"), ("decline", "No")],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select yes if you approve this place",
            "invalid_choice": "Select yes or no",
        },
    )
    reason = forms.CharField(
        label="Reason for declining",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
        help_text="The practitioner will see this.",
        validators=validators.TEXT,
    )

    def clean(self):
        data = super().clean()
        if data.get("action") == "approve":
            # The reason box belongs to "No": whatever was left in it does not stop a "Yes".
            self.errors.pop("reason", None)
            data["reason"] = ""
        elif data.get("action") == "decline" and not data.get("reason", "").strip():
            self.add_error("reason", "Enter a reason for declining")
        return data


class RequestDeclineForm(forms.Form):
    """The decline box under each request on "Requests for your approval" (a reason is optional
    there). Build it with `auto_id=f"%s-{booking.pk}"`: one page holds a box per request."""

    reason = forms.CharField(
        label="Reason for declining",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=validators.TEXT,
    )


class BookingRequestForm(forms.Form):
    job_role = forms.CharField(
        label="Job role",
        max_length=150,
        error_messages={"required": "Enter your job role"},
        validators=validators.PERSON_TEXT,
    )
    manager_name = forms.CharField(
        label="Line manager's full name",
        max_length=150,
        error_messages={"required": "Enter your line manager's full name"},
        validators=validators.PERSON_TEXT,
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
        validators=validators.TEXT,
    )
    acknowledged_policy = forms.BooleanField(
        error_messages={"required": "Confirm that you have read the cancellation policy"},
    )

    def __init__(self, *args, session, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        course = session.course
        if course.charges_apply:
            self.fields["acknowledged_policy"].label = (
                f"I understand that if I cancel at or after {govuk_datetime(session.cutoff_at)}, "
                f"or do not attend, my organisation will be charged £{course.charge_amount}"
            )
        else:
            self.fields["acknowledged_policy"].label = "I have read the cancellation policy"

    def clean_manager_email(self):
        """One spelling of the manager's mailbox, and never the practitioner's own: the service's
        rule, asked here so the refusal sits on the field with what was typed kept."""
        email = addresses.normalise(self.cleaned_data["manager_email"])
        if self.user is not None:
            try:
                check_manager_address(self.user, email)
            except BookingError as error:
                raise forms.ValidationError(str(error)) from error
        return email


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


class AttendanceForm(forms.Form):
    """The register's choices, one per person, posted as `attendance-<booking id>`. Where the
    transition rules let nobody mark a person yet (before the session starts), the choices show
    but cannot be changed: `can_mark(booking)` asks those rules."""

    def __init__(self, *args, people, choices, can_mark, **kwargs):
        super().__init__(*args, auto_id="%s", **kwargs)
        self.people = list(people)
        for booking in self.people:
            self.fields[f"attendance-{booking.pk}"] = forms.ChoiceField(
                label=f"Attendance for {booking.full_name}",
                choices=choices,
                required=False,
                initial=booking.status,
                disabled=not can_mark(booking),
                widget=forms.RadioSelect(attrs={"class": "govuk-radios--small govuk-radios--inline"}),
            )

    def rows(self):
        """Each person with their bound attendance field, in register order."""
        return [(booking, self[f"attendance-{booking.pk}"]) for booking in self.people]


class WaiveForm(forms.Form):
    reason = forms.CharField(
        label="Reason for waiving",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": "Enter a reason for waiving the charge"},
        validators=validators.TEXT,
    )


class InvoiceImportForm(forms.Form):
    file = forms.FileField(
        label="Spreadsheet of invoice references",
        help_text=(
            "CSV or XLSX with the columns 'Charge reference' and 'Invoice reference', as in an "
            f"export; {UPLOAD_LIMITS}."
        ),
        error_messages={"required": "Choose a file to upload"},
    )

    def clean_file(self):
        return check_upload(self.cleaned_data["file"])


class TransferForm(forms.Form):
    email = forms.EmailField(
        label="Your colleague's email address",
        help_text="They need an account on this site with a completed profile. Your manager will be told.",
        error_messages={"required": "Enter your colleague's email address"},
    )


class CancelSessionForm(forms.Form):
    reason = forms.CharField(
        label="Reason, sent to everyone booked",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": "Enter a reason: everyone booked will be told"},
        validators=validators.TEXT,
    )
