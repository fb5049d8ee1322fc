"""Booking rules: request, manager approval, seats and the waiting list, cancellation and the
charge, transfer, attendance, waivers and finance's exports. Every change locks the session row
first, so seats are counted under a lock and capacity is never exceeded however many approvals
arrive at once.

One module per concern; callers use `from bookings import services; services.approve(...)`.
"""

from bookings.links import approval_days, approval_token, booking_for_token
from bookings.models.bookings import BookingError
from bookings.models.charges import ATTENDANCE_CORRECTED
from bookings.services.attendance import add_walk_in, can_run_register, mark_attendance
from bookings.services.cancellation import cancel, cancel_session
from bookings.services.charges import (
    INVOICE_PREVIEW_KIND,
    InvoiceImport,
    charge_if_cancelled_now,
    export_pending,
    read_invoice_references,
    record_invoice_reference,
    save_invoice_references,
    waive,
)
from bookings.services.common import NOT_SENT, SENT, email_outcome, with_manager_email_outcome
from bookings.services.requests import (
    approve,
    check_manager_address,
    decline,
    expire_stale,
    request_place,
    send_reminders,
)
from bookings.services.seats import accept_offer, offer_hours, places_left
from bookings.services.transfers import NOT_TRANSFERABLE, rename_in_transfers, transfer

__all__ = [
    "ATTENDANCE_CORRECTED",
    "INVOICE_PREVIEW_KIND",
    "NOT_SENT",
    "NOT_TRANSFERABLE",
    "SENT",
    "BookingError",
    "InvoiceImport",
    "accept_offer",
    "add_walk_in",
    "approval_days",
    "approval_token",
    "approve",
    "booking_for_token",
    "can_run_register",
    "cancel",
    "cancel_session",
    "charge_if_cancelled_now",
    "check_manager_address",
    "decline",
    "email_outcome",
    "expire_stale",
    "export_pending",
    "mark_attendance",
    "offer_hours",
    "places_left",
    "read_invoice_references",
    "record_invoice_reference",
    "rename_in_transfers",
    "request_place",
    "save_invoice_references",
    "send_reminders",
    "transfer",
    "waive",
    "with_manager_email_outcome",
]
