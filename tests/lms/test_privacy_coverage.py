"""Every table that names a person (a link to an account, or an email address) is in Download my
data, or listed in lms.privacy.records with the reason it is not about the person: a new table,
such as an evaluation, cannot be left out of the download unnoticed."""

import pytest
from django.apps import apps
from django.db import models
from wagtail.models import Page

from lms.models import User
from lms.privacy import records
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"lms", "courses", "bookings", "workshops", "certificates"}
# Packages that store whatever our code hands them, names and addresses included, in free text or
# JSON no field type reveals: a background task's arguments (an email's recipients and text).
STORE_WHAT_WE_PASS = {"django_tasks_db"}


def names_a_person(model) -> bool:
    def names(field) -> bool:
        return field.related_model is User if field.is_relation else isinstance(field, models.EmailField)

    return any(field.concrete and names(field) for field in model._meta.get_fields())


def holds_personal_data(model) -> bool:
    if model._meta.app_config.name in STORE_WHAT_WE_PASS:
        return True
    return model._meta.app_label in PROJECT_APPS and not issubclass(model, Page) and names_a_person(model)


def test_every_table_that_names_a_person_is_downloaded_or_explained():
    named = {model._meta.label for model in apps.get_models() if holds_personal_data(model)}
    downloaded = {table.rows.model._meta.label for table in records.tables(UserFactory())}

    assert named - downloaded - set(records.NOT_ABOUT_THE_PERSON) == set()
    assert set(records.NOT_ABOUT_THE_PERSON) <= named  # no stale excuses
