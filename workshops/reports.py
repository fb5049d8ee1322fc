"""Workshops delivered and people reached, by area and month, for the Partnership Board."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from lms.formatting import at_partnership_time, on_partnership_clock, partnership_zone
from lms.spreadsheets import neutralise
from workshops.models import WorkshopRequest
from workshops.models.requests import OUTSIDE

CSV_HEADER = ["Month", "Area", "Workshops delivered", "People reached"]


@dataclass(frozen=True)
class ReportRow:
    month: date
    area: str
    workshops: int
    people: int


def delivered_by_area_and_month(start: date | None = None, end: date | None = None) -> list[ReportRow]:
    """One row per month and area with any delivered workshop, months on the London clock."""
    delivered = WorkshopRequest.objects.delivered()
    if start:
        delivered = delivered.filter(starts_at__gte=at_partnership_time(start, time.min))
    if end:
        delivered = delivered.filter(starts_at__lt=at_partnership_time(end + timedelta(days=1), time.min))
    grouped = (
        delivered.annotate(month=TruncMonth("starts_at", tzinfo=partnership_zone()))
        .values("month", "local_authority__name")
        .annotate(workshops=Count("pk"), people=Sum("attendance"))
        .order_by()
    )
    rows = [
        ReportRow(
            month=on_partnership_clock(row["month"]).date()
            if isinstance(row["month"], datetime)
            else row["month"],
            area=row["local_authority__name"] or OUTSIDE,
            workshops=row["workshops"],
            people=row["people"] or 0,
        )
        for row in grouped
    ]
    # Areas in name order, with "outside" last, within each month.
    return sorted(rows, key=lambda row: (row.month, row.area == OUTSIDE, row.area))


def totals(rows: list[ReportRow]) -> dict[str, int]:
    return {"workshops": sum(row.workshops for row in rows), "people": sum(row.people for row in rows)}


def totals_by_area(rows: list[ReportRow]) -> list[tuple[str, int, int]]:
    areas: dict[str, list[int]] = {}
    for row in rows:
        counts = areas.setdefault(row.area, [0, 0])
        counts[0] += row.workshops
        counts[1] += row.people
    return sorted(
        ((area, w, p) for area, (w, p) in areas.items()), key=lambda item: (item[0] == OUTSIDE, item[0])
    )


def csv_rows(rows: list[ReportRow]) -> Iterator[list]:
    """The same table for a spreadsheet (lms.spreadsheets.streamed_csv), with a total. Area
    names are typed by staff, so every cell is neutralised against formulas like the finance
    exports."""
    for row in rows:
        yield [neutralise(value) for value in (f"{row.month:%Y-%m}", row.area, row.workshops, row.people)]
    total = totals(rows)
    yield ["Total", "", total["workshops"], total["people"]]
