from django import forms

from bookings.formatting import govuk_datetime
from lms.spreadsheets import check_upload


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="Reason for declining",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="The practitioner will see this.",
        error_messages={"required": "Enter a reason for declining"},
    )


class RequestDeclineForm(forms.Form):
    """The decline box under each request on "Requests for your approval" (a reason is optional
    there). Build it with `auto_id=f"%s-{booking.pk}"`: one page holds a box per request."""

    reason = forms.CharField(
        label="Reason for declining", required=False, widget=forms.Textarea(attrs={"rows": 2})
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


class AttendanceForm(forms.Form):
    """The register's choices, one per person, posted as `attendance-<booking id>`. Until the
    session starts the choices show but cannot be changed."""

    def __init__(self, *args, people, choices, started: bool, **kwargs):
        super().__init__(*args, auto_id="%s", **kwargs)
        self.people = list(people)
        for booking in self.people:
            self.fields[f"attendance-{booking.pk}"] = forms.ChoiceField(
                label=f"Attendance for {booking.full_name}",
                choices=choices,
                required=False,
                initial=booking.status,
                disabled=not started,
                widget=forms.RadioSelect(attrs={"class": "govuk-radios--small govuk-radios--inline"}),
            )

    def rows(self):
        """Each person with their bound attendance field, in register order."""
        return [(booking, self[f"attendance-{booking.pk}"]) for booking in self.people]


class ChargeFilterForm(forms.Form):
    raised_from = forms.DateField(
        label="Raised from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    raised_to = forms.DateField(
        label="Raised to", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    course = forms.ModelChoiceField(queryset=None, required=False, empty_label="All courses")
    organisation = forms.ModelChoiceField(queryset=None, required=False, empty_label="All organisations")
    status = forms.ChoiceField(required=False)

    def __init__(self, *args, **kwargs):
        from bookings.models import ChargeStatus, Course
        from lms.models import Organisation

        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = Course.objects.order_by("title")
        self.fields["organisation"].queryset = (
            Organisation.objects.filter(charges__isnull=False).distinct().select_related("local_authority")
        )
        self.fields["status"].choices = [("", "Any status"), *ChargeStatus.choices]

    def filter(self, charges):
        if not self.is_valid():
            return charges
        data = self.cleaned_data
        if data["raised_from"]:
            charges = charges.filter(raised_at__date__gte=data["raised_from"])
        if data["raised_to"]:
            charges = charges.filter(raised_at__date__lte=data["raised_to"])
        if data["course"]:
            charges = charges.filter(booking__session__course=data["course"])
        if data["organisation"]:
            charges = charges.filter(organisation=data["organisation"])
        if data["status"]:
            charges = charges.filter(status=data["status"])
        return charges


class WaiveForm(forms.Form):
    reason = forms.CharField(
        label="Reason for waiving",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": "Enter a reason for waiving the charge"},
    )


class InvoiceImportForm(forms.Form):
    file = forms.FileField(
        label="Spreadsheet of invoice references",
        help_text="CSV or XLSX with the columns 'Charge reference' and 'Invoice reference', as in an export.",
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
    )
