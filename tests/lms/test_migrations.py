"""The data migrations, each run on rows built in the historical state just before it.

Each test migrates a fresh database up to the migration it tests (django-test-migrations drops
every table first), builds rows with the models as they were then, applies the migration and
reads the rows back with the models as they are after it. That is slow, so there is one test per
migration with several assertions each, and the database is brought back to the latest schema
and the site's content once, after the last of them, rather than after each.
"""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.apps import apps as installed_apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from django.utils import timezone

from tests.conftest import SERIALIZED_DATABASE

pytestmark = pytest.mark.django_db(transaction=True)

UNKNOWN_WHEN_AND_WHO = "Cancelled before sessions kept a history: when and by whom is not known."


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture(scope="module", autouse=True)
def site_restored_afterwards(django_db_setup, django_db_blocker):
    """Leave the database as the session set it up for the tests that follow: the latest schema
    with the site's content, and on PostgreSQL each table's id sequence past that content's ids
    (dropping and re-creating the tables started the sequences again from 1)."""
    yield
    with django_db_blocker.unblock():
        call_command("migrate", verbosity=0)
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        _restore(SERIALIZED_DATABASE["default"])
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), installed_apps.get_models()):
                cursor.execute(statement)


def _restore(content: str) -> None:
    """Load the content with its own content type ids, and make ContentType's cache agree.

    A Wagtail page being loaded asks for its content type (Page.__init__), and creates it when
    it is missing: with a new id, which the content's own row then collides with. So the content
    types go in first, straight from the data (building the other rows would ask too early), and
    the cache is refilled from them at the end, as the transactional tests that reload this
    content rely on."""
    ContentType.objects.bulk_create(
        ContentType(pk=row["pk"], **row["fields"])
        for row in json.loads(content)
        if row["model"] == "contenttypes.contenttype"
    )
    ContentType.objects.clear_cache()
    connection.creation.deserialize_db_from_string(content)
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*installed_apps.get_models(), for_concrete_models=False)


@pytest.fixture
def migrator(transactional_db, django_db_use_migrations):
    """django-test-migrations' migrator without its reset after each test: the next test starts
    by dropping every table anyway, and `site_restored_afterwards` migrates to the latest once."""
    from django_test_migrations.migrator import Migrator

    if not django_db_use_migrations:
        pytest.skip("--nomigrations was given")
    return Migrator()


def _people_and_places(apps):
    """An area, an organisation in it, and a helper that makes a person."""
    LocalAuthority = apps.get_model("lms", "LocalAuthority")
    Organisation = apps.get_model("lms", "Organisation")
    User = apps.get_model("lms", "User")
    area = LocalAuthority.objects.create(name="Testshire", slug="testshire")
    organisation = Organisation.objects.create(
        name="Testshire School", agency_type="education", local_authority=area
    )

    def person(name: str):
        return User.objects.create(email=f"{name}@example.org", full_name=name.title())

    return area, organisation, person


def _bookings_on_a_session(apps):
    """Helpers on bookings' historical models (any state from 0009 on, where a course is not
    yet a page): one makes a session of a course, one books a new person on a session."""
    area, organisation, person = _people_and_places(apps)
    Course = apps.get_model("bookings", "Course")
    Session = apps.get_model("bookings", "Session")
    Booking = apps.get_model("bookings", "Booking")
    course = Course.objects.create(slug="working-together", title="Working Together", summary="Multi-agency.")
    counter = iter(range(1000))

    def session(status="scheduled", reason=""):
        return Session.objects.create(
            course=course,
            local_authority=area,
            starts_at=at(20),
            ends_at=at(20, 16),
            capacity=20,
            booking_closes_at=at(18),
            status=status,
            cancelled_reason=reason,
        )

    def booking(on, status):
        learner = person(f"learner{next(counter)}")
        return Booking.objects.create(
            session=on,
            user=learner,
            organisation=organisation,
            full_name=learner.full_name,
            job_role="Teacher",
            manager_name="Manager",
            manager_email="manager@example.org",
            policy_acknowledged_at=at(1),
            status=status,
        )

    return session, booking, person


def _event(model, when: datetime, **fields):
    """An event row dated `when`: in the older states `at` is auto_now_add, so it is set after."""
    event = model.objects.create(**fields)
    model.objects.filter(pk=event.pk).update(at=when)
    return event


def test_lms_0005_clears_the_time_zone_admin_users_chose(migrator):
    old = migrator.apply_initial_migration(
        [("lms", "0004_safeguarding_leads"), ("wagtailusers", "0015_userprofile_keyboard_shortcuts")]
    )
    User = old.apps.get_model("lms", "User")
    UserProfile = old.apps.get_model("wagtailusers", "UserProfile")
    chose_paris = UserProfile.objects.create(
        user=User.objects.create(email="paris@example.org", full_name="Paris"),
        current_time_zone="Europe/Paris",
        theme="dark",
    )
    chose_none = UserProfile.objects.create(
        user=User.objects.create(email="none@example.org", full_name="None"), current_time_zone=""
    )

    new = migrator.apply_tested_migration(("lms", "0005_admin_users_on_the_partnership_clock"))

    profiles = new.apps.get_model("wagtailusers", "UserProfile").objects
    assert profiles.get(pk=chose_paris.pk).current_time_zone == ""
    assert profiles.get(pk=chose_paris.pk).theme == "dark", "only the time zone changes"
    assert profiles.get(pk=chose_none.pk).current_time_zone == ""


# What each action recorded before 0010 says about the booking's state, (from, to): "" where the
# action alone cannot say.
BOOKING_ACTION_STATES = {
    "requested": ("", "requested"),
    "approved": ("requested", ""),
    "declined": ("requested", "declined"),
    "withdrawn": ("requested", "withdrawn"),
    "expired": ("requested", "expired"),
    "cancelled": ("", "cancelled"),
    "offered": ("waitlisted", "offered"),
    "confirmed from waiting list": ("waitlisted", "confirmed"),
    "accepted offer": ("offered", "confirmed"),
    "offer lapsed": ("offered", "cancelled"),
    "transferred": ("confirmed", "confirmed"),
    "session cancelled": ("", "session_cancelled"),
    "walk-in added": ("", "confirmed"),
    "marked attended": ("", "attended"),
    "marked partially attended": ("", "partial"),
    "marked did not attend": ("", "did_not_attend"),
    "reminder sent": ("", ""),  # not a change of state
}


def test_bookings_0010_fills_event_states_and_writes_charge_history(migrator):
    old = migrator.apply_initial_migration(("bookings", "0009_workshops"))
    session, booking, person = _bookings_on_a_session(old.apps)
    BookingEvent = old.apps.get_model("bookings", "BookingEvent")
    Charge = old.apps.get_model("bookings", "Charge")
    ExportBatch = old.apps.get_model("bookings", "ExportBatch")
    on = session()
    organiser, finance, other = person("organiser"), person("finance"), person("other")

    place = booking(on, "confirmed")
    by_action = {
        action: _event(BookingEvent, at(2), booking=place, action=action, actor=organiser)
        for action in BOOKING_ACTION_STATES
    }
    kept_email = _event(
        BookingEvent, at(3), booking=place, action="cancelled", actor=other, actor_email="kept@example.org"
    )
    nobody = _event(BookingEvent, at(3), booking=place, action="expired")

    def charge(status, **fields):
        raised = Charge.objects.create(
            booking=booking(on, "did_not_attend"),
            organisation=place.organisation,
            amount=Decimal("75.00"),
            reason="non_attendance",
            organisation_is_council=False,
            status=status,
            **fields,
        )
        Charge.objects.filter(pk=raised.pk).update(raised_at=at(21))
        return raised

    batch = ExportBatch.objects.create(created_by=finance)
    ExportBatch.objects.filter(pk=batch.pk).update(created_at=at(25))
    orphan_batch = ExportBatch.objects.create(created_by=None)
    ExportBatch.objects.filter(pk=orphan_batch.pk).update(created_at=at(26))
    pending = charge("pending")
    exported = charge("exported", export_batch=batch)
    invoiced = charge("invoiced", export_batch=batch, invoice_reference="INV-42")
    exported_by_someone_gone = charge("exported", export_batch=orphan_batch)
    waived = charge("waived", waived_by=organiser, waived_at=at(22), waived_reason="Illness on the day.")

    new = migrator.apply_tested_migration(("bookings", "0010_booking_charge_events"))

    events = new.apps.get_model("bookings", "BookingEvent").objects
    for action, (was, now) in BOOKING_ACTION_STATES.items():
        event = events.get(pk=by_action[action].pk)
        assert (event.from_state, event.to_state) == (was, now), action
        assert event.actor_email == "organiser@example.org", action
    assert events.get(pk=kept_email.pk).actor_email == "kept@example.org", "an email already kept stays"
    assert events.get(pk=nobody.pk).actor_email == ""

    ChargeEvent = new.apps.get_model("bookings", "ChargeEvent")

    def history(charge):
        return list(
            ChargeEvent.objects.filter(charge_id=charge.pk)
            .order_by("at", "pk")
            .values_list("at", "action", "from_state", "to_state", "actor_id", "actor_email", "detail")
        )

    raised = (at(21), "raised", "", "pending", None, "", "")
    exported_in_batch = (
        at(25),
        "exported",
        "pending",
        "exported",
        finance.pk,
        "finance@example.org",
        f"Exported in batch {batch.pk}.",
    )
    assert history(pending) == [raised]
    assert history(exported) == [raised, exported_in_batch]
    assert history(invoiced) == [
        raised,
        exported_in_batch,
        (at(25), "invoiced", "exported", "invoiced", None, "", "Invoice reference INV-42."),
    ]
    assert history(exported_by_someone_gone) == [
        raised,
        (at(26), "exported", "pending", "exported", None, "", f"Exported in batch {orphan_batch.pk}."),
    ]
    assert history(waived) == [
        raised,
        (at(22), "waived", "", "waived", organiser.pk, "organiser@example.org", "Illness on the day."),
    ]


def test_bookings_0011_and_workshops_0001_move_workshops_without_moving_a_row(migrator):
    old = migrator.apply_initial_migration(("bookings", "0009_workshops"))
    _area, _organisation, person = _people_and_places(old.apps)
    content_types = old.apps.get_model("contenttypes", "ContentType").objects
    WorkshopRequest = old.apps.get_model("bookings", "WorkshopRequest")
    WorkshopEvent = old.apps.get_model("bookings", "WorkshopEvent")
    PreferredDate = old.apps.get_model("bookings", "PreferredDate")
    WorkshopPage = old.apps.get_model("bookings", "WorkshopPage")
    Locale = old.apps.get_model("wagtailcore", "Locale")
    coordinator = person("coordinator")
    request_type = content_types.get_or_create(app_label="bookings", model="workshoprequest")[0]
    page_type = content_types.get_or_create(app_label="bookings", model="workshoppage")[0]
    # Both already there (e.g. a content type created by an earlier run): the workshops one is kept.
    old_date_type = content_types.get_or_create(app_label="bookings", model="preferreddate")[0]
    new_date_type = content_types.get_or_create(app_label="workshops", model="preferreddate")[0]
    course_type = content_types.get_or_create(app_label="bookings", model="course")[0]

    request = WorkshopRequest.objects.create(
        reference="WS-0001",
        workshop="neglect_matters",
        organisation_name="Testshire Scouts",
        organisation_type="club",
        format="face_to_face",
        audience=["young_people"],
        audience_size=30,
        contact_name="Host",
        contact_email="host@example.org",
        contact_phone="01234 567890",
        secret="s" * 32,
    )
    PreferredDate.objects.create(request=request, date=date(2026, 4, 1), time_of_day="evening", position=1)
    _event(
        WorkshopEvent, at(2), request=request, action="date proposed", actor=coordinator, to_status="proposed"
    )
    page = WorkshopPage.objects.create(
        title="Neglect Matters",
        draft_title="Neglect Matters",
        slug="neglect-matters",
        path="00010099",
        depth=2,
        content_type=page_type,
        locale=Locale.objects.first(),
        workshop="neglect_matters",
        intro="A workshop for hosts.",
    )

    new = migrator.apply_tested_migration(("bookings", "0011_workshops_move_out"))

    moved = new.apps.get_model("workshops", "WorkshopRequest")
    assert moved._meta.db_table == "bookings_workshoprequest"
    read = moved.objects.get(pk=request.pk)
    assert (read.reference, read.organisation_name, read.audience) == (
        "WS-0001",
        "Testshire Scouts",
        ["young_people"],
    )
    assert [(d.date, d.time_of_day) for d in read.preferred_dates.all()] == [(date(2026, 4, 1), "evening")]
    assert [(e.action, e.to_status, e.actor_id, e.at) for e in read.events.all()] == [
        ("date proposed", "proposed", coordinator.pk, at(2))
    ]
    moved_page = new.apps.get_model("workshops", "WorkshopPage").objects.get(pk=page.pk)
    assert (moved_page.intro, moved_page.workshop) == ("A workshop for hosts.", "neglect_matters")
    with pytest.raises(LookupError):
        new.apps.get_model("bookings", "WorkshopRequest")

    types = new.apps.get_model("contenttypes", "ContentType").objects
    assert types.get(pk=request_type.pk).app_label == "workshops", "same id, so whatever points at it follows"
    assert types.get(pk=page_type.pk).app_label == "workshops"
    assert types.get(pk=old_date_type.pk).app_label == "bookings"
    assert types.get(pk=new_date_type.pk).app_label == "workshops"
    assert types.get(pk=course_type.pk).app_label == "bookings", "only the workshop models move"


# The actions the workshop services wrote before the transition table, and its names for them.
WORKSHOP_ACTIONS = {
    "requested": "request",
    "date proposed": "propose",
    "date accepted": "accept",
    "confirmed": "confirm",
    "asked for another date": "another_date",
    "declined": "decline",
    "cancelled": "cancel",
    "delivered": "deliver",
    "delivery corrected": "correct_delivery",
}


def test_workshops_0002_takes_the_audit_shape_and_goes_back(migrator):
    old = migrator.apply_initial_migration(
        [("workshops", "0001_initial"), ("bookings", "0011_workshops_move_out")]
    )
    _area, _organisation, person = _people_and_places(old.apps)
    WorkshopRequest = old.apps.get_model("workshops", "WorkshopRequest")
    WorkshopEvent = old.apps.get_model("workshops", "WorkshopEvent")
    coordinator = person("coordinator")
    request = WorkshopRequest.objects.create(
        reference="WS-0002",
        workshop="listen_up_speak_up",
        organisation_name="Testshire Youth Club",
        organisation_type="club",
        format="online",
        audience_size=12,
        contact_name="Host",
        contact_email="host@example.org",
        contact_phone="01234 567890",
        secret="s" * 32,
    )
    by_action = {
        action: _event(
            WorkshopEvent,
            at(2),
            request=request,
            action=action,
            actor=coordinator,
            from_status="requested",
            to_status="proposed",
        )
        for action in WORKSHOP_ACTIONS
    }
    by_host = _event(WorkshopEvent, at(3), request=request, action="date accepted", by_host=True)
    by_nobody = _event(WorkshopEvent, at(4), request=request, action="reminder sent")

    new = migrator.apply_tested_migration(("workshops", "0002_workshop_event_audit_shape"))

    events = new.apps.get_model("workshops", "WorkshopEvent").objects
    for old_name, new_name in WORKSHOP_ACTIONS.items():
        event = events.get(pk=by_action[old_name].pk)
        assert event.action == new_name, old_name
        assert (event.from_state, event.to_state) == ("requested", "proposed"), "renamed, so the states stay"
        assert (event.actor_id, event.actor_email) == (coordinator.pk, "coordinator@example.org")
        assert event.at == at(2)
    host_event = events.get(pk=by_host.pk)
    assert (host_event.action, host_event.actor_email) == ("accept", "host@example.org"), (
        "the host's own address"
    )
    nobody_event = events.get(pk=by_nobody.pk)
    assert (nobody_event.action, nobody_event.actor_email) == ("reminder sent", "")

    back = migrator.apply_tested_migration(("workshops", "0001_initial"))

    events = back.apps.get_model("workshops", "WorkshopEvent").objects
    assert {events.get(pk=event.pk).action for event in by_action.values()} == set(WORKSHOP_ACTIONS)
    assert events.get(pk=by_action["confirmed"].pk).from_status == "requested"


def test_bookings_0013_backfills_approvals_end_state_and_session_cancellations(migrator):
    """With no booking to date a cancellation, the note says the backfilled date is not the real one."""
    old = migrator.apply_initial_migration(("bookings", "0012_session_events"))
    session, booking, person = _bookings_on_a_session(old.apps)
    BookingEvent = old.apps.get_model("bookings", "BookingEvent")
    SessionEvent = old.apps.get_model("bookings", "SessionEvent")
    organiser, deputy = person("organiser"), person("deputy")
    on = session()

    def approved_then(status, *later_actions, approval_to_state=""):
        place = booking(on, status)
        approval = _event(
            BookingEvent,
            at(2),
            booking=place,
            action="approved",
            from_state="requested",
            to_state=approval_to_state,
        )
        for day, action in enumerate(later_actions, start=3):
            _event(BookingEvent, at(day), booking=place, action=action)
        return approval

    approvals = {
        "offered from the waiting list": (
            approved_then("cancelled", "offered", "offer lapsed"),
            "waitlisted",
        ),
        "confirmed from the waiting list": (
            approved_then("attended", "confirmed from waiting list"),
            "waitlisted",
        ),
        "transferred": (approved_then("cancelled", "transferred", "cancelled"), "confirmed"),
        "marked attended": (approved_then("attended", "marked attended"), "confirmed"),
        "marked did not attend": (approved_then("did_not_attend", "marked did not attend"), "confirmed"),
        "still waitlisted": (approved_then("waitlisted"), "waitlisted"),
        "still confirmed": (approved_then("confirmed"), "confirmed"),
        "cancelled, nothing else to go on": (approved_then("cancelled", "cancelled"), ""),
        "already known": (approved_then("confirmed", approval_to_state="waitlisted"), "waitlisted"),
    }

    with_bookings = session("cancelled", "The trainer is ill.")
    first, second = booking(with_bookings, "session_cancelled"), booking(with_bookings, "session_cancelled")
    _event(
        BookingEvent,
        at(6),
        booking=second,
        action="session cancelled",
        actor=deputy,
        actor_email="deputy@example.org",
    )
    _event(
        BookingEvent,
        at(5),
        booking=first,
        action="session cancelled",
        actor=organiser,
        actor_email="organiser@example.org",
    )
    without_reason = session("cancelled")
    _event(
        BookingEvent,
        at(7),
        booking=booking(without_reason, "session_cancelled"),
        action="session cancelled",
        actor_email="gone@example.org",
    )
    no_bookings = session("cancelled")
    no_bookings_with_reason = session("cancelled", "The venue is closed.")
    already_recorded = session("cancelled", "Snow.")
    _event(
        SessionEvent, at(8), session=already_recorded, action="cancel", actor=organiser, to_state="cancelled"
    )
    scheduled = session()
    before = timezone.now()

    new = migrator.apply_tested_migration(("bookings", "0013_backfill_history"))

    after = timezone.now()
    events = new.apps.get_model("bookings", "BookingEvent").objects
    for case, (approval, now) in approvals.items():
        assert events.get(pk=approval.pk).to_state == now, case

    Session = new.apps.get_model("bookings", "Session")

    def history(session):
        return list(
            Session.objects.get(pk=session.pk)
            .events.order_by("at", "pk")
            .values_list("at", "action", "from_state", "to_state", "actor_id", "actor_email", "detail")
        )

    assert history(with_bookings) == [
        (
            at(5),
            "cancel",
            "scheduled",
            "cancelled",
            organiser.pk,
            "organiser@example.org",
            "The trainer is ill.",
        )
    ], "when and who from the first booking told of it"
    assert history(without_reason) == [
        (at(7), "cancel", "scheduled", "cancelled", None, "gone@example.org", "")
    ]
    [(when, *unknown)] = history(no_bookings)
    assert before <= when <= after
    assert unknown == ["cancel", "scheduled", "cancelled", None, "", UNKNOWN_WHEN_AND_WHO]
    [(when, *unknown_with_reason)] = history(no_bookings_with_reason)
    assert before <= when <= after
    assert unknown_with_reason == [
        "cancel",
        "scheduled",
        "cancelled",
        None,
        "",
        f"The venue is closed. ({UNKNOWN_WHEN_AND_WHO})",
    ], "a date of now says it is not the real one, whether or not a reason was kept"
    assert history(already_recorded) == [(at(8), "cancel", "", "cancelled", organiser.pk, "", "")], (
        "a session with a history is left as it is"
    )
    assert history(scheduled) == []


def test_bookings_0017_says_what_state_a_charge_was_waived_from(migrator):
    old = migrator.apply_initial_migration(("bookings", "0016_neutralise_stored_person_text"))
    session, booking, person = _bookings_on_a_session(old.apps)
    Charge = old.apps.get_model("bookings", "Charge")
    ChargeEvent = old.apps.get_model("bookings", "ChargeEvent")
    batch = old.apps.get_model("bookings", "ExportBatch").objects.create(created_by=person("finance"))
    on = session()

    def waived(**fields):
        place = booking(on, "did_not_attend")
        return Charge.objects.create(
            booking=place,
            organisation=place.organisation,
            amount=Decimal("75.00"),
            reason="non_attendance",
            organisation_is_council=False,
            status="waived",
            waived_reason="Illness on the day.",
            **fields,
        )

    def events(charge, *shapes):
        return [
            ChargeEvent.objects.create(charge=charge, action=action, from_state=was, to_state=now)
            for action, was, now in shapes
        ]

    while_pending = events(waived(), ("raised", "", "pending"), ("waived", "", "waived"))
    once_exported = events(
        waived(export_batch=batch),
        ("raised", "", "pending"),
        ("exported", "pending", "exported"),
        ("waived", "", "waived"),
    )
    recorded_since = events(waived(export_batch=batch), ("waived", "exported", "waived"))

    new = migrator.apply_tested_migration(("bookings", "0017_waived_charges_from_state"))

    ChargeEvent = new.apps.get_model("bookings", "ChargeEvent")

    def states(history):
        return [
            ChargeEvent.objects.filter(pk=event.pk).values_list("from_state", "to_state").get()
            for event in history
        ]

    assert states(while_pending) == [("", "pending"), ("pending", "waived")], "no batch: waived while pending"
    assert states(once_exported) == [("", "pending"), ("pending", "exported"), ("exported", "waived")]
    assert states(recorded_since) == [("exported", "waived")], "a from state already recorded stays"


def test_certificates_0006_replays_accreditation_events_into_states(migrator):
    old = migrator.apply_initial_migration(("certificates", "0005_scheme_permissions"))
    _area, _organisation, person = _people_and_places(old.apps)
    Scheme = old.apps.get_model("certificates", "AccreditationScheme")
    Accreditation = old.apps.get_model("certificates", "Accreditation")
    AccreditationEvent = old.apps.get_model("certificates", "AccreditationEvent")
    keeper = person("keeper")
    scheme = Scheme.objects.create(name="Test scheme")
    source_ids = iter(range(1, 100))

    def accreditation(expires_on=None):
        return Accreditation.objects.create(
            scheme=scheme,
            holder_name="Holder",
            holder_email="holder@example.org",
            granted_on=date(2025, 1, 1),
            expires_on=expires_on,
            source_type="import",
            source_id=next(source_ids),
        )

    def events(accreditation, *steps):
        """(when, action, by, reason) steps, written newest first so the ids run against time."""
        return [
            _event(AccreditationEvent, when, accreditation=accreditation, action=action, by=by, reason=reason)
            for when, action, by, reason in reversed(steps)
        ][::-1]

    granted = accreditation()
    granted_history = events(
        granted,
        (at(1), "granted", keeper, ""),
        (at(2), "suspend", keeper, "Under review."),
        (at(3), "reinstate", keeper, ""),
        (at(4), "reminded", None, "30 days before expiry"),
        (at(5), "revoke", keeper, "Obtained in error."),
    )
    expired_import = accreditation(expires_on=date(2026, 2, 1))
    expired_import_history = events(
        expired_import, (at(1), "imported", keeper, ""), (at(2), "claimed", None, "")
    )
    open_ended = accreditation(expires_on=None)
    open_ended_history = events(
        open_ended, (at(1), "imported", None, ""), (at(2), "renewed", keeper, "Refresher.")
    )
    # 23:30 UTC on 30 June is 00:30 on 1 July in London, the day it expires: lapsed, as the import
    # rule (expiry on or before the day) has it on the partnership's clock.
    expires_on_the_day = accreditation(expires_on=date(2026, 7, 1))
    on_the_day_history = events(
        expires_on_the_day, (datetime(2026, 6, 30, 23, 30, tzinfo=UTC), "imported", None, "")
    )
    still_running = accreditation(expires_on=date(2026, 7, 2))
    still_running_history = events(
        still_running, (datetime(2026, 6, 30, 23, 30, tzinfo=UTC), "imported", None, "")
    )

    new = migrator.apply_tested_migration(("certificates", "0006_accreditation_event_shape"))

    AccreditationEvent = new.apps.get_model("certificates", "AccreditationEvent")

    def replayed(history):
        return [
            AccreditationEvent.objects.filter(pk=event.pk)
            .values_list("action", "from_state", "to_state", "actor_id", "actor_email", "detail")
            .get()
            for event in history
        ]

    kept = (keeper.pk, "keeper@example.org")
    assert replayed(granted_history) == [
        ("granted", "", "active", *kept, ""),
        ("suspend", "active", "suspended", *kept, "Under review."),
        ("reinstate", "suspended", "active", *kept, ""),
        ("reminded", "active", "active", None, "", "30 days before expiry"),
        ("revoke", "active", "revoked", *kept, "Obtained in error."),
    ]
    assert replayed(expired_import_history) == [
        ("imported", "", "lapsed", *kept, ""),
        ("claimed", "lapsed", "lapsed", None, "", ""),
    ]
    assert replayed(open_ended_history) == [
        ("imported", "", "active", None, "", ""),
        ("renewed", "active", "lapsed", *kept, "Refresher."),
    ]
    assert replayed(on_the_day_history) == [("imported", "", "lapsed", None, "", "")]
    assert replayed(still_running_history) == [("imported", "", "active", None, "", "")]


def test_certificates_0007_and_0008_move_changed_by_into_events_and_back(migrator):
    old = migrator.apply_initial_migration(("certificates", "0006_accreditation_event_shape"))
    _area, _organisation, person = _people_and_places(old.apps)
    Certificate = old.apps.get_model("certificates", "Certificate")
    holder, keeper = person("holder"), person("keeper")
    source_ids = iter(range(1, 100))

    def certificate(status, issued, **fields):
        fields.setdefault("holder_name", "Holder Name")
        made = Certificate.objects.create(
            holder=holder,
            title="Working Together",
            completed_on=date(2026, 3, 1),
            cpd_hours=Decimal("6.0"),
            issuer="Testshire Safeguarding Partnership",
            code=f"CERT-{next(source_ids)}",
            source_type="booking",
            source_id=next(source_ids),
            status=status,
            **fields,
        )
        Certificate.objects.filter(pk=made.pk).update(issued_at=issued)
        return made

    valid = certificate("valid", at(1))
    replacement = certificate("valid", at(3), holder_name="New Name")
    reissued = certificate("superseded", at(1), superseded_by=replacement, changed_by=keeper)
    replacement_gone = certificate("superseded", at(1), changed_by=None)
    revoked = certificate("revoked", at(1), revoked_reason="Issued in error.", changed_by=keeper)
    before = timezone.now()

    new = migrator.apply_tested_migration(("certificates", "0007_certificate_events"))

    after = timezone.now()
    CertificateEvent = new.apps.get_model("certificates", "CertificateEvent")

    def history(certificate):
        return list(
            CertificateEvent.objects.filter(certificate_id=certificate.pk)
            .order_by("at", "pk")
            .values_list("at", "action", "from_state", "to_state", "actor_id", "actor_email", "detail")
        )

    issued = (at(1), "issued", "", "valid", None, "", "")
    assert history(valid) == [issued]
    assert history(replacement) == [(at(3), "issued", "", "valid", None, "", "")]
    assert history(reissued) == [
        issued,
        (
            at(3),
            "reissue",
            "valid",
            "superseded",
            keeper.pk,
            "keeper@example.org",
            "Reissued in the name New Name.",
        ),
    ], "a reissue happened when its replacement was issued"
    [first, (when, *unknown)] = history(replacement_gone)
    assert first == issued
    assert before <= when <= after
    assert unknown == ["reissue", "valid", "superseded", None, "", ""]
    [first, (when, *revocation)] = history(revoked)
    assert first == issued
    assert before <= when <= after, "dated when the history began"
    assert revocation[:5] == ["revoke", "valid", "revoked", keeper.pk, "keeper@example.org"]
    assert revocation[5].startswith("Issued in error.")
    assert "the date is when the history began" in revocation[5]

    dropped = migrator.apply_tested_migration(("certificates", "0008_remove_certificate_changed_by"))

    fields = {
        field.name for field in dropped.apps.get_model("certificates", "Certificate")._meta.get_fields()
    }
    assert "changed_by" not in fields
    assert dropped.apps.get_model("certificates", "CertificateEvent").objects.count() == 8

    back = migrator.apply_tested_migration(("certificates", "0006_accreditation_event_shape"))

    certificates = back.apps.get_model("certificates", "Certificate").objects
    assert certificates.get(pk=reissued.pk).changed_by_id == keeper.pk
    assert certificates.get(pk=revoked.pk).changed_by_id == keeper.pk
    assert certificates.get(pk=valid.pk).changed_by_id is None
    assert certificates.get(pk=replacement_gone.pk).changed_by_id is None
