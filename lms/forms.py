from allauth.account import forms as allauth_forms
from allauth.account.adapter import get_adapter
from django import forms
from django.db import transaction

from lms import addresses, validators
from lms.adapters import address_taken
from lms.fields import UKPhoneNumberField
from lms.models import AgencyType, LocalAuthority, Organisation, PractitionerProfile


class GovukMessagesMixin:
    """GOV.UK style: no placeholders, and an error that says what to do ("Enter your …")."""

    required_messages: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in self.required_messages:
                field.error_messages["required"] = self.required_messages[name]


class SignupForm(GovukMessagesMixin, allauth_forms.SignupForm):
    """allauth's sign-up form with a full name, in GOV.UK wording."""

    full_name = forms.CharField(
        label="Full name",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        validators=validators.PERSON_TEXT,
    )
    field_order = ["full_name", "email", "password1", "password2"]
    required_messages = {
        "full_name": "Enter your full name",
        "email": "Enter your email address",
        "password1": "Enter a password",
        "password2": "Enter the password again to confirm it",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address"
        self.fields[
            "password1"
        ].help_text = "At least 10 characters. Avoid common passwords and ones like your name or email."
        self.fields["password2"].label = "Confirm password"
        self.order_fields(self.field_order)

    def validate_unique_email(self, value):
        """allauth treats an address as taken when any account holds it, even one that only
        asked to add it and was never confirmed: the owner's sign-up then created nothing. Such
        a claim does not stop the owner (AccountAdapter.save_user removes it)."""
        if address_taken(value):
            return super().validate_unique_email(value)
        self.account_already_exists = False
        return get_adapter().validate_unique_email(value)


class LoginForm(GovukMessagesMixin, allauth_forms.LoginForm):
    required_messages = {"login": "Enter your email address", "password": "Enter your password"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address"
        self.fields["password"].help_text = ""  # the page links to password reset itself


class SearchForm(forms.Form):
    """The site search box; its button sits beside the box (templates/lms/search_field.html)."""

    q = forms.CharField(
        label="Search the guidance and pages",
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "id": "search-query", "class": "govuk-!-width-two-thirds"}
        ),
        template_name="lms/search_field.html",
        validators=validators.SINGLE_LINE,
    )


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name}, {obj.local_authority.name}"


class ProfileForm(GovukMessagesMixin, forms.ModelForm):
    """The practitioner profile; a missing organisation can be added here and is flagged for review."""

    organisation = OrganisationChoiceField(
        queryset=Organisation.objects.listed(),
        required=False,
        empty_label="Choose your organisation",
        help_text="If your organisation is not listed, leave this empty and add it below.",
    )
    new_organisation_name = forms.CharField(
        label="Organisation name", max_length=200, required=False, validators=validators.PERSON_TEXT
    )
    new_organisation_type = forms.ChoiceField(
        label="Type of organisation",
        choices=[("", "Choose a type"), *AgencyType.choices],
        required=False,
    )
    new_organisation_is_council = forms.BooleanField(
        label="This organisation is part of the council",
        required=False,
    )
    phone = UKPhoneNumberField(
        label="Phone number (optional)",
        required=False,
        help_text="Only used by trainers if a session changes at short notice.",
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "class": "govuk-input--width-20"}
        ),
    )

    class Meta:
        model = PractitionerProfile
        fields = ["organisation", "job_role", "local_authority", "manager_name", "manager_email", "phone"]
        labels = {
            "job_role": "Job role",
            "local_authority": "Local authority area you work in",
            "manager_name": "Line manager's full name",
            "manager_email": "Line manager's email address",
        }
        help_texts = {
            "manager_email": "We email your line manager to approve course bookings.",
        }
        widgets = {
            "job_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "manager_email": forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        }

    required_messages = {
        "job_role": "Enter your job role",
        "local_authority": "Choose the local authority area you work in",
        "manager_name": "Enter your line manager's full name",
        "manager_email": "Enter your line manager's email address",
    }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["local_authority"].empty_label = "Choose an area"
        self.fields["local_authority"].queryset = LocalAuthority.objects.order_by("name")

    def clean_manager_email(self):
        email = addresses.normalise(self.cleaned_data["manager_email"])
        if addresses.belongs_to(self.user, email):
            raise forms.ValidationError(
                "Enter your line manager's email address, not your own: they approve your bookings."
            )
        return email

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation")
        new_name = (cleaned.get("new_organisation_name") or "").strip()
        if organisation and new_name:
            self.add_error(
                "new_organisation_name",
                "Either choose your organisation from the list or add a new one, not both.",
            )
        elif not organisation and not new_name:
            self.add_error("organisation", "Choose your organisation, or add it if it is not listed.")
        elif new_name:
            if not cleaned.get("new_organisation_type"):
                self.add_error("new_organisation_type", "Choose the type of your organisation.")
            area = cleaned.get("local_authority")
            if area and Organisation.objects.filter(name__iexact=new_name, local_authority=area).exists():
                self.add_error(
                    "new_organisation_name",
                    f"{new_name} is already listed for {area}. Choose it from the list.",
                )
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.user = self.user
        new_name = (self.cleaned_data.get("new_organisation_name") or "").strip()
        if new_name:
            profile.organisation = Organisation.objects.create(
                name=new_name,
                agency_type=self.cleaned_data["new_organisation_type"],
                local_authority=self.cleaned_data["local_authority"],
                is_council=self.cleaned_data["new_organisation_is_council"],
                needs_review=True,
                added_by=self.user,
            )
        if commit:
            profile.save()
        return profile
