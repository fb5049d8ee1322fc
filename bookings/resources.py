"""Finance exports and imports with django-import-export. Every exported cell that a
spreadsheet could run as a formula is neutralised; import-export's own setting covers '='."""

from import_export import fields, resources

from bookings.models import Charge
from lms.formatting import on_partnership_clock
from lms.spreadsheets import neutralise, neutralise_dataset


class ChargeResource(resources.ModelResource):
    reference = fields.Field(attribute="pk", column_name="Charge reference")
    raised = fields.Field(column_name="Raised on")
    organisation = fields.Field(attribute="organisation__name", column_name="Organisation")
    council = fields.Field(column_name="Council (LBC)")
    attendee = fields.Field(attribute="booking__full_name", column_name="Practitioner")
    course = fields.Field(attribute="booking__session__course__title", column_name="Course")
    session_date = fields.Field(column_name="Session date")
    reason = fields.Field(column_name="Reason")
    amount = fields.Field(attribute="amount", column_name="Amount (GBP)")
    status = fields.Field(column_name="Status")
    batch = fields.Field(attribute="export_batch_id", column_name="Export batch")
    invoice_reference = fields.Field(attribute="invoice_reference", column_name="Invoice reference")

    class Meta:
        model = Charge
        fields = export_order = (
            "reference",
            "raised",
            "organisation",
            "council",
            "attendee",
            "course",
            "session_date",
            "reason",
            "amount",
            "status",
            "batch",
            "invoice_reference",
        )

    def dehydrate_raised(self, charge):
        return on_partnership_clock(charge.raised_at).date().isoformat()

    def dehydrate_council(self, charge):
        return "Yes" if charge.organisation_is_council else "No"

    def dehydrate_session_date(self, charge):
        return on_partnership_clock(charge.booking.session.starts_at).date().isoformat()

    def dehydrate_reason(self, charge):
        return charge.get_reason_display()

    def dehydrate_status(self, charge):
        return charge.get_status_display()

    def dehydrate_amount(self, charge):
        return f"{charge.amount:.2f}"

    def export_row(self, charge) -> list:
        return [neutralise(value) for value in self.export_resource(charge)]

    def export_dataset(self, queryset):
        return neutralise_dataset(self.export(queryset=queryset))


def charges_for_export(queryset):
    return queryset.select_related("organisation", "booking__session__course").order_by("pk")
