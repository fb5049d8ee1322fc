import re

from django import forms
from django.db.models import Q

from certificates.models import AccreditationScheme
from lms import validators
from lms.spreadsheets import UPLOAD_LIMITS, check_upload


class StatusChangeForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
        help_text="Kept in the accreditation's history. Needed to suspend or revoke.",
        validators=validators.TEXT,
    )


class AccreditationImportForm(forms.Form):
    scheme = forms.ModelChoiceField(
        queryset=AccreditationScheme.objects.all(),
        label="Accreditation",
        empty_label=None,
        error_messages={"required": "Choose the accreditation the people in the list hold"},
    )
    file = forms.FileField(
        label="Spreadsheet of accredited practitioners",
        help_text=(
            "CSV or XLSX with the columns Name, Email, Organisation, Date trained (DD/MM/YYYY) and "
            "Trainer, and optionally Area when two organisations share a name; "
            f"{UPLOAD_LIMITS}. Dates trained from 01/01/2000 to today."
        ),
        error_messages={"required": "Choose a file to upload"},
    )

    def clean_file(self):
        return check_upload(self.cleaned_data["file"])


CERTIFICATE_NUMBER = re.compile(r"(?:SLH-)?(?P<year>\d{4})-(?P<serial>\d{1,12})", re.IGNORECASE)


class CertificateSearchForm(forms.Form):
    q = forms.CharField(
        label="Certificate number, name or email",
        max_length=150,
        help_text="For example SLH-2026-000123, or part of the holder's name.",
        error_messages={"required": "Enter a certificate number, name or email"},
        validators=validators.SINGLE_LINE,
    )

    def filter(self, queryset):
        query = self.cleaned_data["q"].strip()
        number = CERTIFICATE_NUMBER.fullmatch(query)
        if number and 2000 <= int(number["year"]) <= 9999:
            return queryset.filter(pk=int(number["serial"]), issued_at__year=int(number["year"]))
        return queryset.filter(
            Q(holder_name__icontains=query)
            | Q(holder__full_name__icontains=query)
            | Q(holder__email__iexact=query)
        )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Reason for revoking",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="Kept with the certificate. The public check page says only that it was revoked.",
        error_messages={"required": "Enter a reason for revoking the certificate"},
        validators=validators.TEXT,
    )
