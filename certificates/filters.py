"""The accreditation register's search, as a django-filter FilterSet.

Same query string as the form it replaces (`?name=&organisation=&area=&status=&can_lead=on`);
a value that does not clean is reported on its field and only that filter is left out."""

import django_filters
from django import forms

from certificates.models import Accreditation, AccreditationStatus
from lms.models import LocalAuthority


class AccreditationFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(
        label="Name",
        field_name="holder_name",
        lookup_expr="icontains",
        max_length=150,
        error_messages={"max_length": "Name must be 150 characters or fewer"},
    )
    organisation = django_filters.CharFilter(
        label="Organisation",
        field_name="organisation__name",
        lookup_expr="icontains",
        max_length=200,
        error_messages={"max_length": "Organisation must be 200 characters or fewer"},
    )
    area = django_filters.ModelChoiceFilter(
        label="Area",
        field_name="organisation__local_authority",
        queryset=lambda request: LocalAuthority.objects.order_by("name"),
        empty_label="All areas",
        error_messages={"invalid_choice": "Choose an area from the list"},
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=AccreditationStatus.choices,
        empty_label="Any status",
        error_messages={"invalid_choice": "Choose a status from the list"},
    )
    can_lead = django_filters.BooleanFilter(
        label="Only people who can lead a GCP2 assessment today",
        method="leading_on",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Accreditation
        fields = []

    def __init__(self, *args, on, **kwargs):
        """`on` is the day "can lead" is judged on (today, in London)."""
        super().__init__(*args, **kwargs)
        self.on = on

    def leading_on(self, queryset, name, value):
        if not value:
            return queryset
        return queryset & queryset.model.objects.can_lead_on(self.on)
