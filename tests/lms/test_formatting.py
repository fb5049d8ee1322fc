"""GOV.UK dates and times on the London clock, in summer and winter."""

from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template

from lms import formatting


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2027, 3, 4, 9, 30, tzinfo=UTC), "9:30am on 4 March 2027"),  # GMT
        (datetime(2027, 7, 1, 17, 0, tzinfo=UTC), "6pm on 1 July 2027"),  # BST: an hour on
        (datetime(2027, 7, 1, 11, 0, tzinfo=UTC), "midday on 1 July 2027"),
        (datetime(2027, 7, 1, 23, 30, tzinfo=UTC), "12:30am on 2 July 2027"),  # the next day in London
    ],
)
def test_when_reads_the_london_clock(moment, expected):
    assert formatting.govuk_datetime(moment) == expected


def test_day_and_time_and_span():
    starts = datetime(2027, 3, 4, 9, 30, tzinfo=UTC)
    assert formatting.govuk_day_and_time(starts) == "Thursday 4 March 2027 at 9:30am"
    assert (
        formatting.govuk_span(starts, datetime(2027, 3, 4, 11, tzinfo=UTC))
        == "9:30am to 11am on 4 March 2027"
    )


def test_the_filters_render_in_templates_and_leave_empty_values_empty():
    template = Template(
        "{% load govuk_dates %}{{ at|when }}|{{ at|clock }}|{{ day|govuk_date }}|"
        "{{ at|day_and_time }}|{{ none|when }}"
    )
    rendered = template.render(
        Context({"at": datetime(2027, 3, 4, 12, tzinfo=UTC), "day": date(2027, 3, 4), "none": None})
    )
    assert rendered == "midday on 4 March 2027|midday|4 March 2027|Thursday 4 March 2027 at midday|"
