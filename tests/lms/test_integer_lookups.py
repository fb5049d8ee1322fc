"""An id too large for the database column matches nothing, in a list as it does on its own:
Django already answers `pk=<huge>` with no rows, but `pk__in=[<huge>]` reached the database
and gave a server error on SQLite (a tampered multiple-choice field in an admin form)."""

import pytest
from django import forms

from lms.models import Organisation, User
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

HUGE = 99999999999999999999999999


def test_a_list_of_ids_too_large_for_the_column_matches_nothing():
    organisation = OrganisationFactory()
    assert list(Organisation.objects.filter(pk__in=[HUGE])) == []
    assert list(Organisation.objects.filter(pk__in=[HUGE, organisation.pk])) == [organisation]
    assert list(Organisation.objects.filter(pk__in=[-HUGE])) == []


def test_a_multiple_choice_of_an_id_too_large_is_a_form_error():
    field = forms.ModelMultipleChoiceField(queryset=User.objects.all())
    with pytest.raises(forms.ValidationError) as error:
        field.clean([str(HUGE)])
    assert error.value.code == "invalid_choice"
