"""The catalogue's and finance's filter forms, as django-filter FilterSets.

The query strings are the ones the hand-made forms used (`?area=3&month=2026-05`,
`?raised_from=2026-01-01&status=pending`), so bookmarks keep working. A value that does not
clean (an unknown area, a month that is not offered, a date like 2026-02-31) is reported on its
field and that filter alone is left out; the others still apply."""

from datetime import date, time, timedelta

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

from bookings.models import Charge, ChargeStatus, Course, Session
from lms.formatting import at_partnership_time
from lms.models import LocalAuthority, Organisation


def _day_starts(day: date):
    """Midnight starting `day` on the partnership's clock: a range on the stored moment uses its
    index, where comparing each row's local date could not."""
    return at_partnership_time(day, time.min)


def _charged_organisations(request=None):
    """The organisations with a charge, each found by one probe of the charges' organisation
    index rather than by joining every charge."""
    return (
        Organisation.objects.filter(Exists(Charge.objects.filter(organisation=OuterRef("pk"))))
        .select_related("local_authority")
        .order_by("name", "pk")
    )


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
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return queryset.filter(starts_at__gte=_day_starts(first), starts_at__lt=_day_starts(following))


class ChargeFilter(django_filters.FilterSet):
    raised_from = django_filters.DateFilter(
        label="Raised from",
        method="raised_on_or_after",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Raised from must be a real date, like 2026-03-27"},
    )
    raised_to = django_filters.DateFilter(
        label="Raised to",
        method="raised_on_or_before",
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
        queryset=_charged_organisations,
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

    def raised_on_or_after(self, queryset, name, value):
        return queryset.filter(raised_at__gte=_day_starts(value))

    def raised_on_or_before(self, queryset, name, value):
        return queryset.filter(raised_at__lt=_day_starts(value + timedelta(days=1)))
