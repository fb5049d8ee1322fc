"""Every booking transition, including the ones the rules refuse."""

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from bookings import services
from bookings.models import Booking, BookingStatus, Charge, ChargeReason, ChargeStatus, SessionStatus
from bookings.services import BookingError
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session, request
from tests.factories import OrganisationFactory, ProfileFactory, UserFactory, with_role

pytestmark = pytest.mark.django_db


def test_a_request_needs_a_profile_and_the_policy_acknowledged(session):
    with pytest.raises(BookingError, match="Complete your profile"):
        services.request_place(
            session, UserFactory(), manager_name="B", manager_email="b@example.org", acknowledged_policy=True
        )
    user = ProfileFactory().user
    with pytest.raises(BookingError, match="cancellation policy"):
        request(session, user, acknowledged_policy=False)
    with pytest.raises(BookingError, match="not yours"):
        request(session, user, manager_email=user.email.upper())


def test_a_request_emails_the_practitioner_and_the_manager(
    session, practitioner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = request(session, practitioner)
    assert booking.status == BookingStatus.REQUESTED
    assert booking.organisation == practitioner.profile.organisation
    to = {tuple(m.to) for m in mail.outbox}
    assert to == {(practitioner.email,), ("boss@example.org",)}
    approval = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert "/bookings/approve/" in approval.body
    assert "£105.00" in approval.body


def test_booking_emails_are_plain_text_not_html_escaped(django_capture_on_commit_callbacks):
    """An apostrophe in a name or a title must not arrive as '&#x27;'."""
    session = make_session()
    session.course.title = "Parents' & carers' neglect"
    session.course.save()
    practitioner = ProfileFactory(user__full_name="Pat O'Neil", manager_email="boss@example.org").user
    with django_capture_on_commit_callbacks(execute=True):
        request(session, practitioner, manager_name="Morgan O'Brien")
    received = next(m for m in mail.outbox if m.to == [practitioner.email])
    approval = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert received.subject.endswith("Parents' & carers' neglect")
    assert "Dear Pat O'Neil," in received.body
    assert "Dear Morgan O'Brien," in approval.body and "Pat O'Neil" in approval.body
    for message in (received, approval):
        assert "&#x27;" not in message.subject + message.body and "&amp;" not in message.body


def test_one_live_request_per_person_per_session(session, practitioner):
    request(session, practitioner)
    with pytest.raises(BookingError, match="already asked"):
        request(session, practitioner)


def test_the_approval_link_works_once(session, practitioner):
    booking = request(session, practitioner)
    token = services.approval_token(booking)
    assert services.booking_for_token(token) == booking
    services.approve(services.booking_for_token(token), by_email=booking.manager_email)
    with pytest.raises(BookingError, match="already been used"):
        services.booking_for_token(token)


def test_a_tampered_link_is_refused(session, practitioner):
    token = services.approval_token(request(session, practitioner))
    with pytest.raises(BookingError, match="not valid"):
        services.booking_for_token(("X" if token[1] != "X" else "Y").join([token[:1], token[2:]]))


def test_an_expired_link_is_refused(session, practitioner):
    booking = request(session, practitioner)
    token = services.approval_token(booking)
    with (
        time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)),
        pytest.raises(BookingError, match="expired"),
    ):
        services.booking_for_token(token)


def test_approving_twice_is_refused(session, practitioner):
    booking = request(session, practitioner)
    services.approve(booking, by_email=booking.manager_email)
    with pytest.raises(BookingError, match="already been dealt with"):
        services.approve(booking, by_email=booking.manager_email)


def test_a_practitioner_can_never_approve_their_own_request(session, practitioner):
    booking = request(session, practitioner)
    with pytest.raises(BookingError, match="your own request"):
        services.approve(booking, by_email=booking.manager_email, by_user=practitioner)
    with pytest.raises(BookingError, match="your own request"):
        services.approve(booking, by_email=practitioner.email)
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_approval_records_the_managers_acceptance_and_confirms_a_seat(session, practitioner):
    booking = services.approve(request(session, practitioner), by_email="BOSS@example.org")
    assert booking.status == BookingStatus.CONFIRMED
    assert booking.manager_accepted_policy is True
    assert booking.decided_by_email == "boss@example.org"
    assert booking.events.filter(action="approved").exists()


def test_declining_needs_a_reason(session, practitioner):
    booking = request(session, practitioner)
    with pytest.raises(BookingError, match="reason"):
        services.decline(booking, by_email=booking.manager_email, reason="  ")
    booking = services.decline(booking, by_email=booking.manager_email, reason="Team is short this month")
    assert booking.status == BookingStatus.DECLINED


def test_a_full_session_waitlists_in_approval_order_and_confirms_a_freed_seat():
    session = make_session(capacity=1)
    first = confirmed(session)
    second, third = (request(session, ProfileFactory().user) for _ in range(2))
    services.approve(third, by_email=third.manager_email)
    services.approve(second, by_email=second.manager_email)
    assert list(Booking.objects.filter(session=session).waitlist()) == [third, second]

    assert services.cancel(first, by_user=first.user) is None  # 30 days out: no charge
    third.refresh_from_db()
    second.refresh_from_db()
    assert third.status == BookingStatus.CONFIRMED  # outside the window: confirmed at once
    assert second.status == BookingStatus.WAITLISTED  # and only the first in line


def test_inside_the_charge_window_a_freed_seat_is_offered_for_48_hours():
    session = make_session(capacity=1, starts_at=timezone.now() + timedelta(days=5))
    first = confirmed(session)
    waiting = request(session, ProfileFactory().user)
    services.approve(waiting, by_email=waiting.manager_email)
    charge = services.cancel(first, by_user=first.user)
    assert charge.amount == Decimal("105.00")
    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.OFFERED
    assert waiting.offer_expires_at == pytest.approx(
        timezone.now() + timedelta(hours=48), abs=timedelta(seconds=5)
    )

    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        assert services.expire_stale()["offers"] == 1
    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.CANCELLED
    assert not Charge.objects.filter(booking=waiting).exists()  # nobody pays for an offer they let go


def test_accepting_an_offer_confirms_it():
    session = make_session(capacity=1, starts_at=timezone.now() + timedelta(days=5))
    first = confirmed(session)
    waiting = request(session, ProfileFactory().user)
    services.approve(waiting, by_email=waiting.manager_email)
    services.cancel(first, by_user=first.user)
    waiting.refresh_from_db()
    assert services.accept_offer(waiting, by_user=waiting.user).status == BookingStatus.CONFIRMED


@pytest.mark.parametrize("status_before", ["requested", "waitlisted", "offered"])
def test_withdrawing_before_a_confirmed_place_is_never_charged(status_before):
    session = make_session(capacity=1, starts_at=timezone.now() + timedelta(days=2))
    holder = confirmed(session)
    booking = request(session, ProfileFactory().user)
    if status_before in ("waitlisted", "offered"):
        services.approve(booking, by_email=booking.manager_email)
    if status_before == "offered":
        services.cancel(holder, by_user=holder.user)
        booking.refresh_from_db()
        assert booking.status == BookingStatus.OFFERED
    assert services.cancel(booking, by_user=booking.user) is None
    assert not Charge.objects.filter(booking=booking).exists()


def test_cancelling_a_cancelled_booking_is_refused(session):
    booking = confirmed(session)
    services.cancel(booking, by_user=booking.user)
    with pytest.raises(BookingError, match="no longer open"):
        services.cancel(booking, by_user=booking.user)


def test_only_the_booked_person_can_cancel(session):
    booking = confirmed(session)
    with pytest.raises(BookingError):
        services.cancel(booking, by_user=UserFactory())


def test_transfer_to_a_colleague_is_free_and_tells_the_manager(django_capture_on_commit_callbacks):
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    booking = confirmed(session)
    colleague = ProfileFactory(organisation=booking.organisation).user
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.transfer(booking, colleague=colleague, by_user=booking.user)
    assert booking.user == colleague and booking.status == BookingStatus.CONFIRMED
    assert not Charge.objects.exists()
    transferred = [m for m in mail.outbox if "passed to a colleague" in m.subject]
    assert set(transferred[0].to) >= {colleague.email, booking.manager_email}


def test_a_colleague_needs_an_account_with_a_profile(session):
    booking = confirmed(session)
    with pytest.raises(BookingError, match="completed profile"):
        services.transfer(booking, colleague=UserFactory(), by_user=booking.user)


def test_organisers_cancelling_a_session_charges_nobody_and_waives_raised_charges():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    late = confirmed(session)
    charge = services.cancel(late, by_user=late.user)
    others = [confirmed(session) for _ in range(3)]
    assert services.cancel_session(session, by_user=organiser(), reason="Trainer unwell") == 3
    for booking in others:
        booking.refresh_from_db()
        assert booking.status == BookingStatus.SESSION_CANCELLED
    charge.refresh_from_db()
    assert charge.status == ChargeStatus.WAIVED
    assert Charge.objects.count() == 1


def test_did_not_attend_raises_the_charge_and_attended_sends_the_signal(django_capture_on_commit_callbacks):
    from bookings.signals import session_attended

    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    absent, present = confirmed(session), confirmed(session)
    trainer = UserFactory()
    received = []
    session_attended.connect(
        lambda sender, booking, **kw: received.append(booking), weak=False, dispatch_uid="t"
    )
    try:
        with (
            time_machine.travel(session.starts_at + timedelta(hours=8)),
            django_capture_on_commit_callbacks(execute=True),
        ):
            services.mark_attendance(absent, BookingStatus.DID_NOT_ATTEND, by_user=trainer)
            services.mark_attendance(present, BookingStatus.ATTENDED, by_user=trainer)
    finally:
        session_attended.disconnect(dispatch_uid="t")
    charge = Charge.objects.get(booking=absent)
    assert (charge.reason, charge.amount) == (ChargeReason.NON_ATTENDANCE, Decimal("105.00"))
    assert received == [present]


def test_correcting_did_not_attend_waives_the_pending_charge():
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    booking = confirmed(session)
    with time_machine.travel(session.starts_at + timedelta(hours=8)):
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=UserFactory())
        services.mark_attendance(booking, BookingStatus.ATTENDED, by_user=UserFactory())
    assert Charge.objects.get(booking=booking).status == ChargeStatus.WAIVED


def test_the_database_allows_one_charge_per_booking(session):
    booking = confirmed(session)
    fields = {
        "amount": Decimal("105.00"),
        "reason": ChargeReason.NON_ATTENDANCE,
        "organisation": booking.organisation,
        "organisation_is_council": False,
    }
    Charge.objects.create(booking=booking, **fields)
    with pytest.raises(IntegrityError):
        Charge.objects.create(booking=booking, **fields)


def test_the_amount_is_fixed_when_the_charge_is_raised():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    booking = confirmed(session)
    charge = services.cancel(booking, by_user=booking.user)
    session.course.charge_amount = Decimal("150.00")
    session.course.save()
    later = confirmed(session)
    later_charge = services.cancel(later, by_user=later.user)
    charge.refresh_from_db()
    # Each charge carries the policy in force when it was raised, never today's.
    assert (charge.amount, later_charge.amount) == (Decimal("105.00"), Decimal("150.00"))


def test_the_charge_records_the_organisation_and_whether_it_is_the_council():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    council = OrganisationFactory(council=True)
    user = ProfileFactory(organisation=council).user
    booking = confirmed(session, user)
    charge = services.cancel(booking, by_user=user)
    assert (charge.organisation, charge.organisation_is_council) == (council, True)


def test_no_charge_for_a_course_without_charges():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    session.course.charges_apply = False
    session.course.save()
    booking = confirmed(session)
    assert services.cancel(booking, by_user=booking.user) is None


def test_waiving_needs_a_reason_and_is_recorded():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    booking = confirmed(session)
    charge = services.cancel(booking, by_user=booking.user)
    finance = UserFactory()
    with pytest.raises(BookingError, match="reason"):
        services.waive(charge, by_user=finance, reason="")
    charge = services.waive(charge, by_user=finance, reason="Bereavement")
    assert (charge.status, charge.waived_by, charge.waived_reason) == (
        ChargeStatus.WAIVED,
        finance,
        "Bereavement",
    )
    assert booking.events.filter(action="charge waived").exists()
    with pytest.raises(BookingError, match="cannot be waived"):
        services.waive(charge, by_user=finance, reason="Again")


def test_unanswered_requests_close_after_seven_days_and_the_practitioner_is_told(
    session, practitioner, django_capture_on_commit_callbacks
):
    booking = request(session, practitioner)
    mail.outbox.clear()
    with (
        time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert services.expire_stale()["requests"] >= 1
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED
    told = [m for m in mail.outbox if m.to == [practitioner.email]]
    assert len(told) == 1 and "closed" in told[0].subject


def test_managers_are_reminded_once_after_three_days(
    session, practitioner, django_capture_on_commit_callbacks
):
    request(session, practitioner)
    mail.outbox.clear()
    with (
        time_machine.travel(timezone.now() + timedelta(days=3, hours=1)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.send_reminders()
        services.send_reminders()
    reminders = [m for m in mail.outbox if m.to == ["boss@example.org"]]
    assert len(reminders) == 1 and "Reminder" in reminders[0].subject


def test_attendees_are_reminded_before_the_cut_off(django_capture_on_commit_callbacks):
    session = make_session(starts_at=timezone.now() + timedelta(days=20))
    booking = confirmed(session)
    mail.outbox.clear()
    with (
        time_machine.travel(session.cutoff_at - timedelta(days=2)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.send_reminders()
    reminder = [m for m in mail.outbox if m.to == [booking.user.email]]
    assert len(reminder) == 1 and "to avoid a charge" in reminder[0].subject


class BrokenMailServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPServerDisconnected("mail server down")


def test_a_failing_mail_server_loses_no_booking(
    settings, session, practitioner, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.bookings.test_services.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        booking = request(session, practitioner)
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_a_failed_email_is_queued_again_on_a_backend_that_can_wait(
    settings, session, practitioner, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.EMAIL_BACKEND = "tests.bookings.test_services.BrokenMailServer"
    booking = request(session, practitioner)
    from bookings.tasks import send_booking_email

    with pytest.raises(Exception, match="mail server down"):
        send_booking_email.call(booking.pk, "request_received", {})  # run as the worker would
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    try:
        with pytest.raises(Exception, match="mail server down"):
            send_booking_email.func(booking.pk, "request_received", {}, 1)
        retry = DBTaskResult.objects.get()
        assert retry.run_after is not None and retry.run_after > timezone.now()
        assert retry.args_kwargs["args"][-1] == 2
    finally:
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_a_place_passes_only_within_the_organisation_whose_manager_accepted_the_policy(session):
    booking = confirmed(session)
    with pytest.raises(BookingError, match="same organisation"):
        services.transfer(booking, colleague=ProfileFactory().user, by_user=booking.user)


def test_a_request_cannot_be_approved_once_the_session_has_started():
    session = make_session(starts_at=timezone.now() + timedelta(days=2))
    booking = request(session, ProfileFactory().user)
    with time_machine.travel(session.starts_at + timedelta(hours=1)):
        with pytest.raises(BookingError, match="already started"):
            services.approve(booking, by_email=booking.manager_email)
        assert services.expire_stale()["requests"] >= 1
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED


def test_an_offer_ends_when_the_session_starts():
    session = make_session(capacity=1, starts_at=timezone.now() + timedelta(hours=20))
    holder = confirmed(session)
    waiting = request(session, ProfileFactory().user)
    services.approve(waiting, by_email=waiting.manager_email)
    services.cancel(holder, by_user=holder.user)
    waiting.refresh_from_db()
    assert waiting.offer_expires_at == session.starts_at
    with (
        time_machine.travel(session.starts_at + timedelta(hours=2)),
        pytest.raises(BookingError, match="expired"),
    ):
        services.accept_offer(waiting, by_user=waiting.user)


def test_an_expired_offer_cannot_be_accepted_before_the_daily_job_runs():
    session = make_session(capacity=1, starts_at=timezone.now() + timedelta(days=5))
    holder = confirmed(session)
    waiting = request(session, ProfileFactory().user)
    services.approve(waiting, by_email=waiting.manager_email)
    services.cancel(holder, by_user=holder.user)
    waiting.refresh_from_db()
    with time_machine.travel(waiting.offer_expires_at + timedelta(minutes=1)), pytest.raises(BookingError):
        services.accept_offer(waiting, by_user=waiting.user)


def test_marking_absent_again_after_a_correction_reinstates_the_charge():
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    booking = confirmed(session)
    trainer = UserFactory()
    with time_machine.travel(session.starts_at + timedelta(hours=8)):
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=trainer)
        services.mark_attendance(booking, BookingStatus.ATTENDED, by_user=trainer)
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=trainer)
    assert Charge.objects.get(booking=booking).status == ChargeStatus.PENDING


def test_correcting_an_exported_non_attendance_charge_waives_it():
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    booking = confirmed(session)
    with time_machine.travel(session.starts_at + timedelta(hours=8)):
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=UserFactory())
        services.export_pending(by_user=UserFactory())
        services.mark_attendance(booking, BookingStatus.ATTENDED, by_user=UserFactory())
    assert Charge.objects.get(booking=booking).status == ChargeStatus.WAIVED


def test_a_session_that_has_run_cannot_be_cancelled_by_the_organisers():
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    booking = confirmed(session)
    with time_machine.travel(session.starts_at + timedelta(hours=8)):
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=UserFactory())
        with pytest.raises(BookingError, match="already started"):
            services.cancel_session(session, by_user=organiser(), reason="Too late")
    assert Charge.objects.get(booking=booking).status == ChargeStatus.PENDING


def test_a_plus_address_of_the_practitioner_cannot_approve(session):
    user = ProfileFactory(manager_email="boss@example.org").user
    booking = request(session, user)
    local, domain = user.email.split("@")
    with pytest.raises(BookingError, match="your own request"):
        services.approve(booking, by_email=f"{local}+boss@{domain}")
    with pytest.raises(BookingError, match="not yours"):
        request(make_session(), user, manager_email=f"{local.upper()}+mgr@{domain}")


def test_waiting_people_get_seats_added_by_a_capacity_increase_before_a_new_approval():
    session = make_session(capacity=1)
    confirmed(session)
    waiting = request(session, ProfileFactory().user)
    services.approve(waiting, by_email=waiting.manager_email)
    session.capacity = 2
    session.save()
    newcomer = request(session, ProfileFactory().user)
    newcomer = services.approve(newcomer, by_email=newcomer.manager_email)
    waiting.refresh_from_db()
    assert (waiting.status, newcomer.status) == (BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)


def organiser():
    return with_role(Role.WORKSHOP_COORDINATOR)


def test_only_the_organisers_cancel_a_session_and_it_is_recorded():
    session = make_session()
    trainer = with_role(Role.TRAINER)
    session.trainers.add(trainer)
    with pytest.raises(BookingError, match="Only the organisers"):
        services.cancel_session(session, by_user=trainer, reason="Unwell")
    session.refresh_from_db()
    assert session.status == SessionStatus.SCHEDULED and not session.events.exists()
    coordinator = organiser()
    services.cancel_session(session, by_user=coordinator, reason="Venue flooded")
    session.refresh_from_db()
    assert (session.status, session.cancelled_reason) == (SessionStatus.CANCELLED, "Venue flooded")
    event = session.events.get()
    assert (event.action, event.actor, event.from_state, event.to_state, event.detail) == (
        "cancel",
        coordinator,
        SessionStatus.SCHEDULED,
        SessionStatus.CANCELLED,
        "Venue flooded",
    )
    with pytest.raises(BookingError, match="already cancelled"):
        services.cancel_session(session, by_user=coordinator, reason="Again")
