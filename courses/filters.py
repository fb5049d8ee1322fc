"""The item analysis page's date range, as a django-filter FilterSet over submitted attempts.

The dates are GOV.UK date inputs (`?submitted_from_day=1&submitted_from_month=4&...`). A date
that does not clean is reported on its field and that end of the range alone is left out, as
the other filters on the site do."""

import django_filters
from django import forms

from courses.models import Attempt
from lms.fields import GovUKDateField


class GovUKDateFilter(django_filters.Filter):
    field_class = GovUKDateField


class DateRangeForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("submitted_from"), cleaned.get("submitted_to")
        if since and until and until < since:
            self.add_error("submitted_to", "The end date must be the same as or after the start date")
        return cleaned


class AttemptDateFilter(django_filters.FilterSet):
    submitted_from = GovUKDateFilter(
        label="From",
        field_name="submitted_at",
        lookup_expr="date__gte",
        help_text="For example, 1 4 2026",
        name_in_errors="the start date",
    )
    submitted_to = GovUKDateFilter(
        label="To",
        field_name="submitted_at",
        lookup_expr="date__lte",
        help_text="For example, 30 6 2026",
        name_in_errors="the end date",
    )

    class Meta:
        model = Attempt
        fields = []
        form = DateRangeForm

    def range(self) -> tuple:
        """The dates that cleaned, for the page's summary and the CSV's file name."""
        if not self.is_bound:
            return None, None
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        return cleaned.get("submitted_from"), cleaned.get("submitted_to")
