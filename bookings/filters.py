"""The catalogue's and finance's filter forms, as django-filter FilterSets.

The query strings are the ones the hand-made forms used (`?area=3&month=2026-05`,
`?raised_from=2026-01-01&status=pending`), so bookmarks keep working. A value that does not
clean (an unknown area, a month that is not offered, a date like 2026-02-31) is reported on its
field and that filter alone is left out; the others still apply."""

import django_filters
from django import forms

from bookings.models import Charge, ChargeStatus, Course, Session
from lms.models import LocalAuthority, Organisation


def _areas(request=None):
    return LocalAuthority.objects.order_by("name")


class SessionFilter(django_filters.FilterSet):
    area = django_filters.ModelChoiceFilter(
        label="Area",
        field_name="local_authority",
        queryset=_areas,
        empty_label="All areas",
        error_messages={"invalid_choice": "Choose an area from the list"},
    )
    month = django_filters.ChoiceFilter(
        label="Month",
        method="in_month",
        empty_label="Any month",
        error_messages={"invalid_choice": "Choose a month from the list"},
    )

    class Meta:
        model = Session
        fields = []

    def __init__(self, *args, months: list[tuple[str, str]], **kwargs):
        """`months` are the `YYYY-MM` months that have bookable sessions, as (value, label)."""
        super().__init__(*args, **kwargs)
        self.filters["month"].extra["choices"] = months

    def in_month(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        return queryset.filter(starts_at__year=year, starts_at__month=month)


class ChargeFilter(django_filters.FilterSet):
    raised_from = django_filters.DateFilter(
        label="Raised from",
        field_name="raised_at",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Raised from must be a real date, like 2026-03-27"},
    )
    raised_to = django_filters.DateFilter(
        label="Raised to",
        field_name="raised_at",
        lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Raised to must be a real date, like 2026-03-27"},
    )
    course = django_filters.ModelChoiceFilter(
        label="Course",
        field_name="booking__session__course",
        queryset=lambda request: Course.objects.order_by("title"),
        empty_label="All courses",
        error_messages={"invalid_choice": "Choose a course from the list"},
    )
    organisation = django_filters.ModelChoiceFilter(
        label="Organisation",
        queryset=lambda request: (
            Organisation.objects.filter(charges__isnull=False).distinct().select_related("local_authority")
        ),
        empty_label="All organisations",
        error_messages={"invalid_choice": "Choose an organisation from the list"},
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=ChargeStatus.choices,
        empty_label="Any status",
        error_messages={"invalid_choice": "Choose a status from the list"},
    )

    class Meta:
        model = Charge
        fields = []
