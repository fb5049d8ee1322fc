"""Synthetic data at scale for `make bench`: `manage.py seed_scale --size S|M|L`.

Everything is drawn from one `random.Random(seed)`, so two loads of the same size hold the same
people, statuses, scores and counts; dates are placed relative to the day of loading, so they move
with it. Rows go in with bulk_create (no signals, no email, no tasks) in the states the services
would have left them, with the audit events the pages read: one event per booking for its last
change, raised/exported/invoiced/waived per charge, issued per certificate, granted or imported
per accreditation, requested (and the last change) per workshop request.

Where the sizes in issue 13 meet the state rules:
- 100,000 charges out of 110,000 bookings means nearly every booking was charged (did not attend
  or cancelled late); the other tenth carries the remaining statuses.
- Attended bookings give certificates and, on the GCP2 course, accreditations; module completions
  give the rest of the certificates; imported accreditations make up the rest of the register.
- Every attempt is submitted and marked with the real marking rules (courses.scoring), but only
  `attempts_with_answers` of them (whole enrolments, spread over the modules) keep their Answer
  rows: 300,000 attempts' answers would be millions of rows and break the 10-minute budget.
  The item analysis reads answers, so it sees that share.
"""

import base64
import contextlib
import itertools
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, models, transaction
from django.utils import timezone

from bookings.demo import VENUES
from bookings.models import (
    Booking,
    BookingEvent,
    BookingStatus,
    Charge,
    ChargeEvent,
    ChargeReason,
    ChargeStatus,
    Course,
    ExportBatch,
    Session,
    SessionEvent,
    SessionStatus,
)
from certificates.accreditation import expiry_for
from certificates.models import (
    Accreditation,
    AccreditationEvent,
    AccreditationStatus,
    Certificate,
    CertificateEvent,
)
from certificates.services import ISSUER
from courses import assessment, scoring
from courses.models import Answer, Attempt, Completion, Enrolment, LessonCompletion, ModulePage
from lms.factories import FIRST_NAMES, LAST_NAMES
from lms.formatting import at_partnership_time
from lms.models import AgencyType, LocalAuthority, Organisation, PractitionerProfile, Role, User
from workshops.demo import HOSTS
from workshops.models import (
    Audience,
    HostType,
    PreferredDate,
    TimeOfDay,
    Workshop,
    WorkshopEvent,
    WorkshopFormat,
    WorkshopReferenceCounter,
    WorkshopRequest,
    WorkshopStatus,
)

SEED = 20261203
DOMAIN = "scale.example.org"  # every scale account's address: how a second load is recognised
BATCH = 5000


@dataclass(frozen=True)
class Size:
    practitioners: int
    organisations: int
    sessions: int
    bookings: int
    charges: int
    attempts: int
    attempts_with_answers: int
    certificates: int
    accreditations: int
    workshop_requests: int

    @property
    def trainers(self) -> int:
        return max(2, self.sessions // 20)


SIZES = {
    "L": Size(20_000, 400, 2_000, 110_000, 100_000, 300_000, 100_000, 40_000, 5_000, 2_000),
    "M": Size(2_000, 40, 200, 11_000, 10_000, 30_000, 10_000, 4_000, 500, 200),
    "S": Size(200, 8, 20, 1_100, 1_000, 3_000, 1_000, 400, 50, 20),
    # For the tests only: small enough to load in a second or two on SQLite.
    "XS": Size(40, 4, 8, 110, 100, 90, 30, 20, 6, 6),
}


class ScaleDataExists(Exception):
    """The database already holds scale data: loading twice would double it."""


def has_scale_data() -> bool:
    return User.objects.filter(email__endswith=f"@{DOMAIN}").exists()


@contextlib.contextmanager
def _stamps_as_given(*model_classes):
    """bulk_create sets auto_now_add fields to now; historical rows need their own times."""
    fields = [
        f
        for model in model_classes
        for f in model._meta.concrete_fields
        if isinstance(f, models.DateTimeField) and f.auto_now_add
    ]
    for f in fields:
        f.auto_now_add = False
    try:
        yield
    finally:
        for f in fields:
            f.auto_now_add = True


def _bulk(model, rows):
    with _stamps_as_given(model):
        return model.objects.bulk_create(rows, batch_size=BATCH)


def _columns(model) -> dict[str, models.Field]:
    return {f.attname: f for f in model._meta.concrete_fields}


def _copy(model, names: list[str], rows) -> int:
    """Insert plain tuples (values in `names` order, by attname) without building model
    instances: PostgreSQL's COPY, several times faster than bulk_create for the millions of rows
    at L. Other databases (the tests' SQLite) get bulk_create of the same rows."""
    fields = _columns(model)
    if connection.vendor != "postgresql":
        instances = (model(**dict(zip(names, row, strict=True))) for row in rows)
        total = 0
        while chunk := list(itertools.islice(instances, BATCH)):
            _bulk(model, chunk)
            total += len(chunk)
        return total
    from psycopg.types.json import Jsonb

    json = [i for i, name in enumerate(names) if isinstance(fields[name], models.JSONField)]
    columns = ", ".join(connection.ops.quote_name(fields[name].column) for name in names)
    total = 0
    with connection.cursor() as cursor:
        sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
        with cursor.cursor.copy(sql) as copy:
            for row in rows:
                if json:
                    row = list(row)
                    for i in json:
                        row[i] = Jsonb(row[i])
                copy.write_row(row)
                total += 1
    return total


def _reserve_ids(model, count: int) -> list[int]:
    """Primary keys for rows inserted by COPY, which returns none, so children can point at them."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count]
            )
            return [row[0] for row in cursor.fetchall()]
    start = (model.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1
    return list(range(start, start + count))


EVENT_COLUMNS = ["at", "actor_id", "actor_email", "action", "from_state", "to_state", "detail"]


def _event(subject_id: int, at, action: str, from_state="", to_state="", detail="", actor=None, email=""):
    """One audit event as a row for _copy: EVENT_COLUMNS, then the subject's id."""
    return (
        at,
        actor.pk if actor else None,
        actor.email if actor else email,
        action,
        from_state,
        to_state,
        detail,
        subject_id,
    )


def _copy_events(model, fk: str, rows) -> int:
    return _copy(model, [*EVENT_COLUMNS, fk], rows)


def load(size: Size, seed: int = SEED, log=lambda message: None) -> dict[str, int]:
    """Load one size into a database that has the demo (seed_demo) and no scale data yet."""
    if has_scale_data():
        raise ScaleDataExists("This database already has scale data: load it into a fresh one.")
    with transaction.atomic():
        loader = _Loader(size, random.Random(seed), log)  # noqa: S311 - reproducible, not secret
        loader.run()
    return counts()


def counts() -> dict[str, int]:
    tables = [
        User,
        Organisation,
        PractitionerProfile,
        Session,
        SessionEvent,
        Booking,
        BookingEvent,
        Charge,
        ChargeEvent,
        ExportBatch,
        Enrolment,
        LessonCompletion,
        Attempt,
        Answer,
        Completion,
        Certificate,
        CertificateEvent,
        Accreditation,
        AccreditationEvent,
        WorkshopRequest,
        PreferredDate,
        WorkshopEvent,
    ]
    return {model._meta.label: model.objects.count() for model in tables}


def _code(rng: random.Random) -> str:
    return base64.urlsafe_b64encode(rng.randbytes(16)).decode().rstrip("=")


class _Loader:
    def __init__(self, size: Size, rng: random.Random, log):
        self.size, self.rng, self.log = size, rng, log
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.marked: dict[tuple, scoring.Mark] = {}
        self.categories: dict[str, list[str]] = {}

    def at(self, days: int, hour: int = 9, minute: int = 30) -> datetime:
        return at_partnership_time(self.today + timedelta(days=days), time(hour, minute))

    def run(self) -> None:
        self.trainer = User.objects.get(email="trainer@example.com")
        self.finance = User.objects.get(email="finance@example.com")
        self.coordinator = User.objects.get(email="coordinator@example.com")
        self.organisations()
        self.people()
        self.sessions()
        self.bookings()
        self.charges()
        self.attendance_records()
        self.learning()
        self.module_certificates()
        self.imported_accreditations()
        self.workshop_requests()

    # People ----------------------------------------------------------------------------------

    def organisations(self) -> None:
        areas = list(LocalAuthority.objects.order_by("slug"))
        kinds = [a for a in AgencyType if a != AgencyType.OTHER]
        rows = []
        for n in range(self.size.organisations):
            kind = kinds[n % len(kinds)]
            council = n % 20 == 0
            rows.append(
                Organisation(
                    name=f"{kind.label} partner {n + 1:04d}" + (" (council)" if council else ""),
                    agency_type=AgencyType.CHILDRENS_SOCIAL_CARE if council else kind,
                    local_authority=areas[n % len(areas)],
                    is_council=council,
                )
            )
        self.orgs = _bulk(Organisation, rows)
        self.log(f"{len(self.orgs)} organisations")

    def people(self) -> None:
        from lms.management.commands.seed_demo import demo_password

        password = make_password(demo_password())  # hashed once: every scale account shares it
        total = self.size.practitioners
        joined = self.now - timedelta(days=720)
        users = _bulk(
            User,
            [
                User(
                    email=f"practitioner{n:05d}@{DOMAIN}",
                    full_name=f"{FIRST_NAMES[n % 10]} {LAST_NAMES[(n // 10) % 10]}-{n:05d}",
                    password=password,
                    date_joined=joined + timedelta(minutes=n),
                )
                for n in range(total)
            ],
        )
        self.users = users
        self.trainers = users[: self.size.trainers]
        groups = {g.name: g.pk for g in Group.objects.filter(name__in=[Role.PRACTITIONER, Role.TRAINER])}
        through = User.groups.through
        memberships = [through(user_id=u.pk, group_id=groups[Role.PRACTITIONER]) for u in users]
        memberships += [through(user_id=u.pk, group_id=groups[Role.TRAINER]) for u in self.trainers]
        through.objects.bulk_create(memberships, batch_size=BATCH)
        EmailAddress.objects.bulk_create(
            [EmailAddress(user_id=u.pk, email=u.email, verified=True, primary=True) for u in users],
            batch_size=BATCH,
        )
        self.org_of = {}
        profiles = []
        for user in users:
            org = self.orgs[self.rng.randrange(len(self.orgs))]
            self.org_of[user.pk] = org
            profiles.append(
                PractitionerProfile(
                    user=user,
                    organisation=org,
                    job_role=self.rng.choice(JOB_ROLES),
                    local_authority_id=org.local_authority_id,
                    manager_name=f"Manager {org.pk}",
                    manager_email=f"manager{org.pk:04d}@{DOMAIN}",
                )
            )
        _bulk(PractitionerProfile, profiles)
        self.log(f"{len(users)} practitioners, {len(self.trainers)} of them trainers")

    # Sessions and bookings ------------------------------------------------------------------

    def sessions(self) -> None:
        courses = list(Course.objects.order_by("slug"))
        areas = list(LocalAuthority.objects.order_by("slug"))
        total = self.size.sessions
        rows = []
        for n in range(total):
            # Three quarters have run (over the last 18 months), a quarter are to come.
            days = -self.rng.randint(2, 540) if n % 4 else self.rng.randint(3, 180)
            area = areas[n % len(areas)]
            online = n % 10 == 0
            starts = self.at(days)
            cancelled = n % 50 == 7
            rows.append(
                Session(
                    course=courses[n % len(courses)],
                    starts_at=starts,
                    ends_at=self.at(days, 16, 30),
                    local_authority=area,
                    venue="" if online else VENUES.get(area.slug, ""),
                    online=online,
                    joining_instructions="Please arrive 15 minutes early. Lunch is provided.",
                    capacity=20,  # set from the bookings below
                    booking_opens_at=starts - timedelta(days=200),
                    booking_closes_at=starts - timedelta(days=1),
                    status=SessionStatus.CANCELLED if cancelled else SessionStatus.SCHEDULED,
                    cancelled_reason="The trainer is unavailable." if cancelled else "",
                )
            )
        self.session_rows = _bulk(Session, rows)
        through = Session.trainers.through
        links = []
        for n, session in enumerate(self.session_rows):
            trainer = self.trainer if n % 20 == 0 else self.trainers[n % len(self.trainers)]
            links.append(through(session_id=session.pk, user_id=trainer.pk))
        through.objects.bulk_create(links, batch_size=BATCH)
        self.trainer_of = {link.session_id: link.user_id for link in links}
        self.trainers_by_pk = {u.pk: u for u in [self.trainer, *self.trainers]}
        _bulk(
            SessionEvent,
            [
                SessionEvent(
                    session=s,
                    at=min(s.starts_at - timedelta(days=14), self.now),
                    actor=self.coordinator,
                    actor_email=self.coordinator.email,
                    action="cancel",
                    from_state=SessionStatus.SCHEDULED,
                    to_state=SessionStatus.CANCELLED,
                    detail=s.cancelled_reason,
                )
                for s in self.session_rows
                if s.status == SessionStatus.CANCELLED
            ],
        )
        self.log(f"{len(self.session_rows)} sessions")

    def _statuses(self) -> list[str]:
        """The bookings' statuses: the charged ones first, then the rest by share."""
        size = self.size
        late = size.charges * 2 // 5
        statuses = ["late"] * late + [BookingStatus.DID_NOT_ATTEND] * (size.charges - late)
        rest = size.bookings - size.charges
        shares = [
            (BookingStatus.ATTENDED, 50),
            (BookingStatus.PARTIAL, 3),
            (BookingStatus.CONFIRMED, 20),
            (BookingStatus.WAITLISTED, 5),
            (BookingStatus.OFFERED, 1),
            (BookingStatus.REQUESTED, 5),
            (BookingStatus.DECLINED, 3),
            (BookingStatus.EXPIRED, 2),
            (BookingStatus.WITHDRAWN, 2),
            (BookingStatus.CANCELLED, 4),
            (BookingStatus.SESSION_CANCELLED, 5),
        ]
        for status, share in shares:
            statuses += [status] * (rest * share // 100)
        statuses += [BookingStatus.ATTENDED] * (size.bookings - len(statuses))
        self.rng.shuffle(statuses)
        return statuses

    def bookings(self) -> None:
        past = [s for s in self.session_rows if s.starts_at < self.now and not s.is_cancelled]
        future = [s for s in self.session_rows if s.starts_at >= self.now and not s.is_cancelled]
        cancelled = [s for s in self.session_rows if s.is_cancelled] or future
        # Only some upcoming sessions are full enough to have a waiting list.
        self.full = set(s.pk for s in future[: max(1, len(future) // 5)])
        full_sessions = [s for s in future if s.pk in self.full]
        by_session = defaultdict(list)
        for status in self._statuses():
            if status in ("late", *ATTENDANCE_STATUSES, BookingStatus.EXPIRED):
                pool = past
            elif status == BookingStatus.WAITLISTED:
                pool = full_sessions
            elif status == BookingStatus.SESSION_CANCELLED:
                pool = cancelled
            elif status in (BookingStatus.CONFIRMED, BookingStatus.OFFERED, BookingStatus.REQUESTED):
                pool = future
            else:
                pool = past if self.rng.random() < 0.7 else future
            by_session[self.rng.choice(pool).pk].append(status)
        sessions = {s.pk: s for s in self.session_rows}
        rows = []
        for session_pk, statuses in by_session.items():
            session = sessions[session_pk]
            people = self.rng.sample(self.users, len(statuses))
            held = sum(1 for s in statuses if s in HOLDING_STATUSES)
            if session.pk in self.full:
                if not held:  # a waiting list forms behind confirmed places
                    statuses[0], held = BookingStatus.CONFIRMED, 1
                session.capacity = held
            else:
                session.capacity = max(held + self.rng.randint(1, 8), 6)
            for status, user in zip(statuses, people, strict=True):
                rows.append(self._booking(session, user, status))
        Session.objects.bulk_update(self.session_rows, ["capacity"], batch_size=BATCH)
        self.booking_rows = _bulk(Booking, rows)
        events = (self._booking_event(b) for b in self.booking_rows)
        _copy_events(BookingEvent, "booking_id", (e for e in events if e is not None))
        self.log(f"{len(self.booking_rows)} bookings")

    def _booking(self, session: Session, user: User, status: str) -> Booking:
        rng = self.rng
        org = self.org_of[user.pk]
        late = status == "late"
        status = BookingStatus.CANCELLED if late else status
        if status == BookingStatus.REQUESTED:
            requested = self.now - timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 20))
        else:
            requested = min(
                session.starts_at - timedelta(days=rng.randint(15, 90), hours=rng.randint(0, 8)),
                self.now - timedelta(days=rng.randint(8, 30)),
            )
        approved = status in APPROVED_STATUSES
        decided = requested + timedelta(days=1, hours=rng.randint(0, 6))
        booking = Booking(
            session=session,
            user=user,
            full_name=user.full_name,
            organisation=org,
            job_role="Practitioner",
            manager_name=f"Manager {org.pk}",
            manager_email=f"manager{org.pk:04d}@{DOMAIN}",
            policy_acknowledged_at=requested,
            status=status,
            requested_at=requested,
            approval_nonce=rng.randbytes(16).hex() if status == BookingStatus.REQUESTED else "",
            approval_expires_at=requested + timedelta(days=7),
            approved_at=decided if approved else None,
            manager_accepted_policy=approved,
            decided_by_email=f"manager{org.pk:04d}@{DOMAIN}"
            if approved or status == BookingStatus.DECLINED
            else "",
            decline_reason="No cover for that day." if status == BookingStatus.DECLINED else "",
            confirmed_at=decided if status in SEATED_STATUSES else None,
        )
        if status == BookingStatus.OFFERED:
            booking.offer_expires_at = min(self.now + timedelta(hours=48), session.starts_at)
        if status == BookingStatus.WITHDRAWN:
            booking.cancelled_at = requested + timedelta(hours=rng.randint(1, 20))
        elif status == BookingStatus.CANCELLED:
            cutoff = session.starts_at - timedelta(days=session.course.cutoff_days)
            if late:  # inside the charge window: from the cut-off to the day before
                window = max(int((session.starts_at - cutoff).total_seconds() // 3600) - 24, 1)
                booking.cancelled_at = cutoff + timedelta(hours=rng.randrange(window))
            else:  # before the cut-off: free
                booking.cancelled_at = max(decided + timedelta(hours=2), cutoff - timedelta(days=5))
                if booking.cancelled_at >= cutoff:
                    booking.cancelled_at = decided + timedelta(hours=1)
            booking.cancelled_at = min(booking.cancelled_at, self.now)
        elif status == BookingStatus.SESSION_CANCELLED:
            booking.cancelled_at = min(session.starts_at - timedelta(days=14), self.now)
        if status in ATTENDANCE_STATUSES:
            booking.attendance_marked_by_id = self.trainer_of[session.pk]
        booking.late = late
        return booking

    def _booking_event(self, booking: Booking) -> tuple | None:
        """The booking's last change, which the manager's page and My bookings read."""
        status = booking.status
        by_manager = dict(email=booking.decided_by_email)
        by_person = dict(actor=booking.user)
        if status == BookingStatus.REQUESTED:
            return None
        if status in ATTENDANCE_STATUSES:
            action = {
                BookingStatus.ATTENDED: "marked attended",
                BookingStatus.PARTIAL: "marked partially attended",
                BookingStatus.DID_NOT_ATTEND: "marked did not attend",
            }[status]
            trainer = self.trainers_by_pk[self.trainer_of[booking.session_id]]
            at = min(booking.session.ends_at, self.now)
            return _event(booking.pk, at, action, BookingStatus.CONFIRMED, status, actor=trainer)
        at, action, who, from_state = {
            BookingStatus.DECLINED: (booking.approval_expires_at, "declined", by_manager, "requested"),
            BookingStatus.EXPIRED: (booking.approval_expires_at, "expired", {}, "requested"),
            BookingStatus.WITHDRAWN: (booking.cancelled_at, "withdrawn", by_person, "requested"),
            BookingStatus.CANCELLED: (booking.cancelled_at, "cancelled", by_person, "confirmed"),
            BookingStatus.SESSION_CANCELLED: (booking.cancelled_at, "session cancelled", {}, "confirmed"),
        }.get(status, (booking.approved_at, "approved", by_manager, "requested"))
        if status == BookingStatus.DECLINED:
            at = booking.requested_at + timedelta(days=1)
        return _event(booking.pk, at, action, from_state, status, booking.decline_reason, **who)

    # Charges ------------------------------------------------------------------------------

    def charges(self) -> None:
        rng = self.rng
        charged = [b for b in self.booking_rows if b.late or b.status == BookingStatus.DID_NOT_ATTEND]
        rows = []
        for b in charged:
            course = b.session.course
            raised = b.cancelled_at if b.late else min(b.session.ends_at + timedelta(hours=1), self.now)
            rows.append(
                Charge(
                    booking=b,
                    amount=course.charge_amount,
                    reason=ChargeReason.LATE_CANCELLATION if b.late else ChargeReason.NON_ATTENDANCE,
                    organisation=b.organisation,
                    organisation_is_council=b.organisation.is_council,
                    raised_at=raised,
                )
            )
        rows.sort(key=lambda c: (c.raised_at, c.booking.pk))
        # Oldest invoiced, then exported, the newest pending; one in 25 waived along the way.
        invoiced, exported = len(rows) * 60 // 100, len(rows) * 85 // 100
        batches: dict[tuple[int, int], ExportBatch] = {}
        for n, charge in enumerate(rows):
            if n < exported:
                month = (charge.raised_at.year, charge.raised_at.month)
                if month not in batches:
                    batches[month] = ExportBatch(created_by=self.finance)
                    batches[month].created_at = min(charge.raised_at + timedelta(days=31), self.now)
                charge.export_batch = batches[month]
                charge.status = ChargeStatus.INVOICED if n < invoiced else ChargeStatus.EXPORTED
            if charge.status != ChargeStatus.INVOICED and rng.random() < 0.04:
                charge.waived_from = charge.status
                charge.status = ChargeStatus.WAIVED
                charge.waived_reason = "Agreed with the organisation: illness on the day."
                charge.waived_by = self.finance
                charge.waived_at = min(charge.raised_at + timedelta(days=3), self.now)
        _bulk(ExportBatch, list(batches.values()))
        for charge in rows:
            if charge.status == ChargeStatus.INVOICED:
                charge.invoice_reference = f"INV-{charge.export_batch.pk:04d}-{rng.randrange(10**6):06d}"
        self.charge_rows = _bulk(Charge, rows)
        _copy_events(ChargeEvent, "charge_id", self._charge_events())
        self.log(f"{len(self.charge_rows)} charges in {len(batches)} export batches")

    def _charge_events(self):
        finance = self.finance
        for c in self.charge_rows:
            yield _event(c.pk, c.raised_at, "raised", to_state="pending")
            if c.export_batch is not None:
                batch = c.export_batch
                yield _event(
                    c.pk, batch.created_at, "exported", "pending", "exported", f"Batch {batch.pk}", finance
                )
            if c.status == ChargeStatus.INVOICED:
                at = min(c.export_batch.created_at + timedelta(days=7), self.now)
                yield _event(c.pk, at, "invoiced", "exported", "invoiced", c.invoice_reference, finance)
            if c.status == ChargeStatus.WAIVED:
                yield _event(c.pk, c.waived_at, "waived", c.waived_from, "waived", c.waived_reason, finance)

    # Certificates and the register --------------------------------------------------------

    def _certificate(self, holder: User, title: str, completed_on: date, cpd_hours, source, source_id):
        certificate = Certificate(
            holder=holder,
            holder_name=holder.full_name,
            title=title,
            completed_on=completed_on,
            cpd_hours=cpd_hours,
            issuer=ISSUER,
            code=_code(self.rng),
            source_type=source,
            source_id=source_id,
        )
        certificate.issued_at = at_partnership_time(completed_on, time(17, 0))
        return certificate

    def _issue(self, certificates: list[Certificate]) -> None:
        rows = _bulk(Certificate, certificates)
        _copy_events(CertificateEvent, "certificate_id", (_event(c.pk, c.issued_at, "issued") for c in rows))

    def attendance_records(self) -> None:
        """Attending gives a certificate, and on the GCP2 course the accreditation."""
        attended = [b for b in self.booking_rows if b.status == BookingStatus.ATTENDED]
        certificates, accreditations = [], []
        for b in attended:
            course, day = b.session.course, timezone.localtime(b.session.starts_at).date()
            certificates.append(
                self._certificate(b.user, course.title, day, course.cpd_hours, "session_attendance", b.pk)
            )
            if course.accreditation_scheme_id and len(accreditations) < self.size.accreditations:
                accreditations.append(
                    self._accreditation(
                        course.accreditation_scheme, b.user, day, "session_attendance", b.pk, b.organisation
                    )
                )
        self._issue(certificates)
        self._grant(accreditations, "granted")
        self.granted = len(accreditations)
        self.attended_certificates = len(certificates)
        self.log(f"{len(certificates)} attendance certificates, {len(accreditations)} accreditations")

    def _accreditation(self, scheme, holder, granted_on, source, source_id, organisation):
        expires = expiry_for(scheme, granted_on)
        lapsed = expires is not None and expires <= self.today
        return Accreditation(
            scheme=scheme,
            holder=holder,
            holder_name=holder.full_name,
            holder_email=holder.email,
            organisation=organisation,
            granted_on=granted_on,
            expires_on=expires,
            source_type=source,
            source_id=source_id,
            trainer_name=self.trainer.full_name if source == "session_attendance" else "",
            status=AccreditationStatus.LAPSED if lapsed else AccreditationStatus.ACTIVE,
        )

    def _grant(self, accreditations: list[Accreditation], action: str) -> None:
        rows = _bulk(Accreditation, accreditations)
        events = []
        for a in rows:
            granted = at_partnership_time(a.granted_on, time(17, 0))
            events.append(AccreditationEvent(accreditation=a, at=granted, action=action))
            if a.status == AccreditationStatus.LAPSED:
                lapsed = at_partnership_time(a.expires_on, time(1, 0))
                events.append(
                    AccreditationEvent(
                        accreditation=a, at=lapsed, action="lapsed", from_state="active", to_state="lapsed"
                    )
                )
        _bulk(AccreditationEvent, events)

    def imported_accreditations(self) -> None:
        """The rest of the register: lists the partnerships kept before the hub, imported."""
        from certificates.models import AccreditationScheme

        missing = self.size.accreditations - self.granted
        scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
        rows = []
        for user in self.rng.sample(self.users, max(missing, 0)):
            granted = self.today - timedelta(days=self.rng.randint(30, 1400))
            rows.append(self._accreditation(scheme, user, granted, "import", None, self.org_of[user.pk]))
        self._grant(rows, "imported")
        self.log(f"{len(rows)} imported accreditations")

    # eLearning --------------------------------------------------------------------------

    def learning(self) -> None:
        rng, size = self.rng, self.size
        modules = list(ModulePage.objects.live().order_by("path"))
        questions = {m.pk: m.questions() for m in modules}
        fingerprints = {m.pk: assessment.fingerprint(questions[m.pk]) for m in modules}
        lessons = {m.pk: list(m.lessons().values_list("pk", flat=True)) for m in modules}
        per_enrolment = 5  # retakes included: 300,000 attempts over 60,000 enrolments at L
        pairs = [(u, m) for m in modules for u in self.users]
        wanted = min(len(pairs), math.ceil(size.attempts / per_enrolment))
        completions_wanted = max(size.certificates - self.attended_certificates, 0)
        attempts_left, answers_left = size.attempts, size.attempts_with_answers
        enrolments, lessons_done, attempts, completions = [], [], [], []
        for n, (user, module) in enumerate(rng.sample(pairs, wanted)):
            complete = n < completions_wanted
            count = attempts_left if n == wanted - 1 else min(per_enrolment, attempts_left)
            attempts_left -= count
            keep = answers_left >= count  # answers kept for whole enrolments only
            answers_left -= count if keep else 0
            started = self.now - timedelta(days=rng.randint(1, 500), hours=rng.randint(0, 23))
            enrolment = Enrolment(
                module=module,
                user=user,
                started_at=started,
                confidence_before=rng.randint(1, 5),
                confidence_after=rng.randint(3, 5) if complete else None,
            )
            enrolments.append(enrolment)
            ids = lessons[module.pk]
            # An enrolment not complete misses at least its last lesson.
            done = ids if complete else ids[: rng.randrange(len(ids))] if ids else []
            lessons_done.append(done)
            ability = rng.uniform(0.35, 0.95)
            mine = []
            for k in range(count):
                at = started + timedelta(hours=2 + k * 6)
                chance = 1.0 if complete and k == count - 1 else ability
                marks = None
                if keep:  # marked by the real rules, question by question
                    marks = self._answers(questions[module.pk], chance)
                    share = scoring.score(marks)
                else:  # no answers kept: only the score, drawn the same way, far faster
                    right = sum(rng.random() < chance for _ in questions[module.pk])
                    share = Fraction(right, len(questions[module.pk]) or 1)
                submitted = at + timedelta(minutes=rng.randint(10, 40))
                passed = scoring.passed(share, module.pass_mark)
                mine.append((at, submitted, scoring.percent(share), passed, marks))
            attempts.append(mine)
            scores = [a[2] for a in mine]
            enrolment.best_score = max(scores) if scores else None
            passing = [a[2] for a in mine if a[3]]
            if complete and passing:
                enrolment.completed_at = max(mine[-1][1], started + timedelta(minutes=20 * len(ids)))
                completions.append(
                    Completion(enrolment=enrolment, completed_at=enrolment.completed_at, score=max(passing))
                )
        _bulk(Enrolment, enrolments)
        _copy(
            LessonCompletion,
            ["enrolment_id", "lesson_id", "completed_at"],
            (
                (e.pk, lesson_id, e.started_at + timedelta(minutes=20 * (i + 1)))
                for e, done in zip(enrolments, lessons_done, strict=True)
                for i, lesson_id in enumerate(done)
            ),
        )
        ids = iter(_reserve_ids(Attempt, sum(len(mine) for mine in attempts)))
        answered = []
        rows = []
        for enrolment, mine in zip(enrolments, attempts, strict=True):
            module = enrolment.module
            for at, submitted, score, passed, marks in mine:
                pk = next(ids)
                rows.append(
                    (
                        pk,
                        enrolment.pk,
                        module.live_revision_id,
                        fingerprints[module.pk],
                        {},
                        {},
                        at,
                        submitted,
                        score,
                        passed,
                    )
                )
                if marks is not None:
                    answered.append((pk, marks))
        names = ["id", "enrolment_id", "revision_id", "fingerprint", "option_order", "draft", "started_at"]
        _copy(Attempt, [*names, "submitted_at", "score", "passed"], rows)
        self.log(f"{len(enrolments)} enrolments, {len(rows)} attempts")
        total = _copy(
            Answer,
            ["attempt_id", "question_id", "kind", "prompt", "vignette_title", "response", "marks", "correct"],
            (
                (
                    pk,
                    m.question.id,
                    m.question.kind,
                    m.question.prompt,
                    m.question.vignette_title,
                    m.response,
                    Decimal(m.marks.numerator) / Decimal(m.marks.denominator),
                    m.correct,
                )
                for pk, marks in answered
                for m in marks
            ),
        )
        self.completions = _bulk(Completion, completions)
        self.log(f"{total} answers for {len(answered)} attempts, {len(self.completions)} completions")

    def _answers(self, questions, ability: float) -> list[scoring.Mark]:
        """A response to each question, right with the learner's chance, marked by courses.scoring.
        Responses come from a small set, so each is marked once and its Mark reused."""
        rng = self.rng
        marks = []
        for q in questions:
            right = rng.random() < ability
            if q.kind == "classification":
                categories = self._categories(q)
                response = {
                    item.id: item.category if right or rng.random() < 0.5 else rng.choice(categories)
                    for item in q.items
                }
                key = tuple(response.values())
            elif q.kind == "multiple_choice":
                others = [o.id for o in q.options]
                response = (
                    sorted(q.correct_option_ids)
                    if right
                    else sorted(rng.sample(others, rng.randint(1, len(others))))
                )
                key = tuple(response)
            else:
                response = min(q.correct_option_ids) if right else rng.choice(q.options).id
                key = response
            mark = self.marked.get((q.id, key))
            if mark is None:
                mark = self.marked[(q.id, key)] = scoring.mark(q, response)
            marks.append(mark)
        return marks

    def _categories(self, question) -> list[str]:
        if question.id not in self.categories:
            self.categories[question.id] = sorted({item.category for item in question.items})
        return self.categories[question.id]

    def module_certificates(self) -> None:
        rows = []
        for completion in self.completions:
            enrolment = completion.enrolment
            module = enrolment.module
            day = timezone.localtime(completion.completed_at).date()
            rows.append(
                self._certificate(
                    enrolment.user, module.title, day, module.cpd_hours, "module_completion", completion.pk
                )
            )
        self._issue(rows)
        self.log(f"{len(rows)} module certificates")

    # Workshop requests ------------------------------------------------------------------

    def workshop_requests(self) -> None:
        rng = self.rng
        areas = list(LocalAuthority.objects.order_by("slug"))
        counters = {c.year: c for c in WorkshopReferenceCounter.objects.all()}
        shares = [
            (WorkshopStatus.DELIVERED, 45),
            (WorkshopStatus.REQUESTED, 15),
            (WorkshopStatus.PROPOSED, 10),
            (WorkshopStatus.CONFIRMED, 15),
            (WorkshopStatus.DECLINED, 8),
            (WorkshopStatus.CANCELLED, 7),
        ]
        rows = []
        for n in range(self.size.workshop_requests):
            pick, status = rng.randrange(100), WorkshopStatus.DELIVERED
            for candidate, share in shares:
                if pick < share:
                    status = candidate
                    break
                pick -= share
            host = HOSTS[n % len(HOSTS)]
            if status in (WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED, WorkshopStatus.REQUESTED):
                submitted = self.now - timedelta(days=rng.randint(1, 40))
            else:
                submitted = self.now - timedelta(days=rng.randint(45, 700))
            year = timezone.localtime(submitted).year
            counter = counters.setdefault(year, WorkshopReferenceCounter(year=year, last_number=0))
            counter.last_number += 1
            online = rng.random() < 0.2
            request = WorkshopRequest(
                reference=f"WS-{year}-{counter.last_number:04d}",
                workshop=rng.choice(Workshop.values),
                organisation_name=f"{host['organisation_name']} {n + 1:04d}",
                organisation_type=rng.choice(HostType.values),
                local_authority=areas[n % len(areas)] if n % 12 else None,
                format=WorkshopFormat.ONLINE if online else WorkshopFormat.FACE_TO_FACE,
                address="" if online else host.get("address", ""),
                postcode="" if online else host.get("postcode", ""),
                audience=rng.sample(Audience.values, rng.randint(1, 3)),
                audience_size=rng.randint(8, 120),
                contact_name=f"Host contact {n + 1:04d}",
                contact_email=f"host{n + 1:04d}@{DOMAIN}",
                contact_phone=f"01632 960{n % 1000:03d}",  # Ofcom's drama range: reaches nobody
                consent_to_contact=rng.random() < 0.5,
                status=status,
                submitted_at=submitted,
                secret=rng.randbytes(16).hex(),
            )
            if status in (WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED):
                request.starts_at = self.at(rng.randint(7, 90), 13, 30)
            elif status == WorkshopStatus.DELIVERED:
                request.starts_at = min(
                    submitted + timedelta(days=rng.randint(14, 40)), self.now - timedelta(days=1)
                )
                request.attendance = rng.randint(5, request.audience_size)
                request.delivered_audience = request.audience
            if request.starts_at:
                request.ends_at = request.starts_at + timedelta(hours=2)
                request.facilitator = self.trainers[n % len(self.trainers)]
            if status in (WorkshopStatus.DECLINED, WorkshopStatus.CANCELLED):
                request.closed_reason = "The host no longer needs the workshop."
            rows.append(request)
        rows = _bulk(WorkshopRequest, rows)
        for counter in counters.values():
            counter.save()
        dates, events = [], []
        coordinator = dict(actor=self.coordinator, actor_email=self.coordinator.email)
        for r in rows:
            for position in range(1, rng.randint(1, 3) + 1):
                day = timezone.localtime(r.submitted_at).date() + timedelta(days=14 * position)
                dates.append(
                    PreferredDate(
                        request=r, date=day, time_of_day=rng.choice(TimeOfDay.values), position=position
                    )
                )
            events.append(
                WorkshopEvent(
                    request=r, at=r.submitted_at, action="request", to_state="requested", by_host=True
                )
            )
            last = {
                WorkshopStatus.PROPOSED: "propose",
                WorkshopStatus.CONFIRMED: "confirm",
                WorkshopStatus.DELIVERED: "deliver",
                WorkshopStatus.DECLINED: "decline",
                WorkshopStatus.CANCELLED: "cancel",
            }.get(r.status)
            if last:
                at = min(r.submitted_at + timedelta(days=3), self.now)
                if r.status == WorkshopStatus.DELIVERED:
                    at = r.ends_at + timedelta(days=1)
                events.append(
                    WorkshopEvent(
                        request=r,
                        at=min(at, self.now),
                        action=last,
                        from_state="requested",
                        to_state=r.status,
                        detail=r.closed_reason,
                        **coordinator,
                    )
                )
        _bulk(PreferredDate, dates)
        _bulk(WorkshopEvent, events)
        self.log(f"{len(rows)} workshop requests")


ATTENDANCE_STATUSES = (BookingStatus.ATTENDED, BookingStatus.PARTIAL, BookingStatus.DID_NOT_ATTEND)
HOLDING_STATUSES = (BookingStatus.CONFIRMED, BookingStatus.OFFERED, *ATTENDANCE_STATUSES)
SEATED_STATUSES = (BookingStatus.CONFIRMED, BookingStatus.CANCELLED, *ATTENDANCE_STATUSES)
APPROVED_STATUSES = (
    BookingStatus.WAITLISTED,
    BookingStatus.OFFERED,
    BookingStatus.CONFIRMED,
    BookingStatus.CANCELLED,
    BookingStatus.SESSION_CANCELLED,
    *ATTENDANCE_STATUSES,
)
JOB_ROLES = (
    "Health visitor",
    "Social worker",
    "Family support worker",
    "Teacher",
    "Designated safeguarding lead",
    "Early years practitioner",
    "School nurse",
    "Youth worker",
    "Housing officer",
    "Police officer",
)
